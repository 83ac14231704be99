// Maps that grow and shrink across collections: values are pointers and strings
// built at run time, so a lost root or an early free shows up as a wrong value.
package main

import (
	"fmt"
	"strconv"
)

type entry struct {
	name string
	n    []int
}

func main() {
	m := map[int]*entry{}
	byName := map[string]int{}
	check := 0
	for round := 0; round < 30; round++ {
		for i := 0; i < 4000; i++ {
			k := round*4000 + i
			e := &entry{name: "k" + strconv.Itoa(k), n: make([]int, 1+k%50)}
			e.n[len(e.n)-1] = k
			m[k] = e
			byName[e.name] = k
		}
		// shrink: drop everything but the last 1000 keys
		for k := range m {
			if k < round*4000+3000 {
				delete(byName, m[k].name)
				delete(m, k)
			}
		}
		for k, e := range m {
			if e.n[len(e.n)-1] != k || byName[e.name] != k {
				fmt.Println("bad entry", k)
				return
			}
			check += k % 7
		}
		// short-lived garbage map
		g := map[string][]byte{}
		for i := 0; i < 2000; i++ {
			g[strconv.Itoa(i)] = make([]byte, 100)
		}
		check += len(g)
	}
	fmt.Println(len(m), len(byName), check)
}
