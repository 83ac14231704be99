// Checks switch statements with init statements and case expressions that are function calls.
package main

import "fmt"

var trace = ""

func val(n int) int {
	trace += fmt.Sprint(n)
	return n
}

func kind(s string) string {
	switch n := len(s); {
	case n == 0:
		return "empty"
	case n < 4:
		return "short"
	}
	return "long"
}

func main() {
	switch x := 3; x {
	case val(1), val(2):
		fmt.Println("no")
	case val(3), val(4):
		fmt.Println("matched three")
	case val(5):
		fmt.Println("no")
	}
	fmt.Println("evaluated cases:", trace)
	fmt.Println(kind(""), kind("ab"), kind("abcdef"))
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("concatenated tag")
	default:
		fmt.Println("no")
	}
	switch b := byte('q'); {
	case b >= 'a' && b <= 'm':
		fmt.Println("first half")
	case b >= 'n' && b <= 'z':
		fmt.Println("second half", b)
	}
}
