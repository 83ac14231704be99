package main

import "fmt"

func main() {
	var x interface{} = 5
	switch v := x.(type) {
	case int:
		fmt.Println(v + "a")
	case string:
		fmt.Println(v * 2)
	}
	var i int = x
	j := x + 1
	fmt.Println(i, j)
}
