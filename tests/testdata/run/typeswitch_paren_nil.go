package main

import "fmt"

func kind(x any) string {
	switch x.(type) {
	case ((nil)):
		return "nil"
	case int:
		return "int"
	}
	return "other"
}

func main() {
	fmt.Println(kind(nil), kind(1), kind("a"))
}
