package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[3], arr[-1])
	s := arr[:]
	fmt.Println(s[-1])
	const i = 10
	fmt.Println(arr[i])
	var m map[string]int
	fmt.Println(m[1])
	str := "abc"
	fmt.Println(str[5], str[1.5])
}
