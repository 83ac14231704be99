package main

import "fmt"

func sign(x int) string {
	switch {
	case x > 0:
		return "+"
	case x < 0:
		return "-"
	}
}

func main() { fmt.Println(sign(1)) }
