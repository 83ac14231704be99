// fmt: Printf error forms: %!verb(type=value), MISSING, EXTRA, BADINDEX, NOVERB, BADWIDTH, BADPREC, nil operands.
package main

import "fmt"

func main() {
	fmt.Printf("%d %s %t %x\n", "str", 5, 1, true)
	fmt.Printf("%z %!\n", 3, "s")
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("%d\n", 1, "two", 3, nil, true)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%5")
	fmt.Println()
	fmt.Printf("%[3]d %[0]d %[x]d %[1]d\n", 1, 2)
	fmt.Printf("%[2]d %d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*d|%*.*d\n", 4, 1, 4, 2, 3, 3, 6, 2, 5)
	fmt.Printf("%*d|%.*d\n", "x", 1, "y", 2)
	fmt.Printf("%*d|%.*d|\n", -6, 7, -2, 8)
	fmt.Printf("%v %d %s %T %x\n", nil, nil, nil, nil, nil)
	fmt.Printf("%t %v\n", []int{1, 2}, []any{1, nil, "x"})
	fmt.Printf("%d%%%d %%d\n", 50, 60)
	fmt.Printf("%-010d|%0-10d|\n", 5, 5)
	fmt.Printf("%[1]*[2]d|\n", 5, 9)
	fmt.Printf("%.[1]*d|%[2]*.[1]*d|\n", 3, 7)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 13)
	fmt.Printf("%s %d\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%!d(BADINDEX) %[5]s\n", 1)
	fmt.Printf("%9999999d|\n", 1)
}
