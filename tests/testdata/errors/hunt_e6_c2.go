package main

import "fmt"

func main() {
	m := map[string][]int{}
	m["a"] = append(m["a"], "x")
	for k, v := range m {
		v = append(v, k)
	}
	var arr [3]string
	arr[1.0] = 5
	fmt.Println(m, arr, len(m) == "3")
}
