// Checks variable shadowing in nested blocks, if/for/switch scopes and of package-level names.
package main

import "fmt"

var x = "package"

func show() string {
	return x
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x := true
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	if x := 10; x > 5 {
		x := x * 2
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("for", x)
	}
	switch x := "sw"; x {
	case "sw":
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	fmt.Println(show())
	len := 3
	fmt.Println(len)
}
