package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	copy(s, s[3:])
	fmt.Println(s)
	b := make([]byte, 0)
	for i := 0; i < 100; i++ {
		b = append(b, byte('a'+i%26))
	}
	fmt.Println(string(b[90:]))
	var arr [100]int
	for i := range arr {
		arr[i] = i
	}
	clear(arr[10:20])
	fmt.Println(arr[8:22])
	m := map[string][]int{}
	for i := 0; i < 50; i++ {
		k := fmt.Sprint(i % 7)
		m[k] = append(m[k], i)
	}
	fmt.Println(len(m["3"]), m["3"])
}
