package main

import (
	"fmt"
	"strings"
)

func variadic(prefix string, nums ...int) int { return len(nums) }

func noResult() {}

func main() {
	variadic()
	variadic("a", 1, "b")
	xs := []int{1, 2}
	variadic("a", xs)
	variadic("a", 1, xs...)
	x := noResult()
	fmt.Println(noResult())
	strings.Contains("a")
	strings.NoSuchFunc()
	fmt.Printl("x")
	y := fmt.Sprintf
	var z int = y("%d", 1)
	fmt.Println(x, z)
}
