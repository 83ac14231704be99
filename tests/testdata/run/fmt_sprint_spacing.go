// Checks fmt.Sprint, Sprintln, Print and Println spacing rules between string and non-string operands.
package main

import "fmt"

func main() {
	s1 := fmt.Sprint(1, 2, 3)
	s2 := fmt.Sprint("a", "b", "c")
	s3 := fmt.Sprint("a", 1, 2, "b", 3, true, false)
	s4 := fmt.Sprintln("a", 1, "b", true)
	s5 := fmt.Sprint()
	s6 := fmt.Sprintln()
	fmt.Println("[" + s1 + "]")
	fmt.Println("[" + s2 + "]")
	fmt.Println("[" + s3 + "]")
	fmt.Println("[" + s4 + "]")
	fmt.Println("["+s5+"]", len(s5), len(s6))
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Print(true, false, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("", "", "")
	fmt.Println(-5, int8(-3), uint16(7), "end")
	var b byte = 10
	var r rune = 'x'
	fmt.Println(fmt.Sprint(b, r), fmt.Sprint(b, "|", r))
	line := fmt.Sprintln(1, 2)
	fmt.Print(line)
	fmt.Print(len(line), "\n")
}
