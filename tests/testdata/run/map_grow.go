// Large maps grow correctly; deletions and reinsertions keep counts right.
package main

import "fmt"

func main() {
	m := make(map[int]int, 4)
	for i := 0; i < 5000; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m), m[4999], m[77])
	for i := 0; i < 5000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), m[4], m[5])
	for i := 0; i < 100; i++ {
		m[i] = -i
	}
	sum := 0
	for k, v := range m {
		if k < 100 {
			sum += v
		}
	}
	fmt.Println(len(m), sum)
	s := map[string]int{}
	for i := 0; i < 300; i++ {
		s[fmt.Sprint("key", i)] = i
	}
	fmt.Println(len(s), s["key299"], s["key0"])
}
