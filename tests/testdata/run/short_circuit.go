// Checks that && and || evaluate their right operand only when needed.
package main

import "fmt"

var calls = 0

func t(name string) bool {
	calls++
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	calls++
	fmt.Println("eval", name)
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") && f("d"))
	fmt.Println(t("e") || f("f"))
	fmt.Println(f("g") || t("h"))
	fmt.Println(f("i") || f("j") || t("k") || t("l"))
	fmt.Println(t("m") && (f("n") || t("o")) && t("p"))
	fmt.Println(!f("q") && !t("r"))
	fmt.Println("calls:", calls)
	s := ints(1, 2, 3)
	i := 5
	if i < len(s) && s[i] > 0 {
		fmt.Println("not reached")
	} else {
		fmt.Println("guarded index")
	}
	x := 0
	ok := x != 0 && 10/x > 1
	fmt.Println(ok)
}

func ints(v ...int) []int {
	return v
}
