// Checks os.Args: the number of arguments and their values (the program name is not printed).
package main

import (
	"fmt"
	"os"
)

func longest(args []string) string {
	best := ""
	for _, a := range args {
		if len(a) > len(best) {
			best = a
		}
	}
	return best
}

func main() {
	args := os.Args[1:]
	fmt.Println("count:", len(args))
	fmt.Println(len(os.Args) == len(args)+1)
	for i, a := range args {
		fmt.Println(i, a, len(a))
	}
	fmt.Println("longest:", longest(args))
	total := ""
	for i := len(args) - 1; i >= 0; i-- {
		total += args[i]
	}
	fmt.Println("reversed concat:", total)
	if len(args) > 2 {
		os.Exit(len(args))
	}
}
