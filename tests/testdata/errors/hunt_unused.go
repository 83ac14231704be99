package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	a := 1
	var b int
	c, d := 1, 2
	_ = d
	for i := 0; i < 3; i++ {
		e := i
	}
	if x := 3; true {
	}
	fmt.Println()
}
