// A panic runs the deferred calls of every frame it unwinds, innermost first.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind", n)
	if n == 3 {
		panic(fmt.Sprint("deep panic at ", n))
	}
	level(n + 1)
	fmt.Println("not printed", n)
}

func run() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered [", r, "]")
		}
	}()
	level(0)
	return "normal"
}

func main() {
	fmt.Println(run())
	fmt.Println("after")
}
