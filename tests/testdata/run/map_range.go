// Ranging over maps: sums are order independent; keys are sorted before printing.
package main

import "fmt"

func sortedKeys(m map[string]int) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	m := map[string]int{}
	words := []string{"go", "is", "fun", "go", "go", "is"}
	for _, w := range words {
		m[w]++
	}
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	// deleting during iteration is allowed
	for k := range m {
		if k != "fun" {
			delete(m, k)
		}
	}
	fmt.Println(m)
	single := map[int]string{5: "five"}
	for k, v := range single {
		fmt.Println(k, v)
	}
	var nilmap map[int]int
	for range nilmap {
		fmt.Println("never")
	}
}
