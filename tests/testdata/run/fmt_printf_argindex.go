// fmt: explicit argument indexes [n] with widths, precisions and '*', bad indexes, and EXTRA suppression when reordered.
package main

import "fmt"

func main() {
	formats := []string{
		"%[1]d %[1]x %[1]o",
		"%[2]d %[1]d",
		"%[3]d",
		"%[0]d",
		"%[-1]d",
		"%[x]d",
		"%[1]",
		"%[2]*[1]d",
		"%[1]*d",
		"%*[2]d",
		"%.[2]d",
		"%[1]*.[2]*[3]d",
		"%[3]*.[2]*[1]d",
		"%[5]d",
		"%d %d %d %[1]d",
		"%[2]d %d",
		"%3[1]d",
		"%[1]3d",
		"%.2[1]d",
		"%[1].2d",
		"%[1",
		"%[",
		"%[]d",
		"%[99999999999999999999]d",
		"%d %[2]v",
		"%[2]v %v %v",
	}
	for _, f := range formats {
		fmt.Printf("%-28q => ", f)
		fmt.Printf(f, 7, 8, 9)
		fmt.Println()
	}
	fmt.Printf("%[2]s %[1]s %[2]s\n", "world", "hello")
	fmt.Printf("%[1]q %[1]v %[1]T\n", "x")
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
}
