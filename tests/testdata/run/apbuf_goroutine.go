// A goroutine whose stack grows (and is scanned by the GC) while its slices live in
// append frame buffers: the pointers into the moved frame must follow it.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	name string
	val  *int
}

func deep(n int, pad [16]int) int {
	if n == 0 {
		runtime.GC()
		return pad[0]
	}
	pad[0]++
	return deep(n-1, pad)
}

func worker(id int, done chan<- string) {
	var words []string
	var nodes []node
	var nums []int
	for i := 0; i < 2; i++ {
		v := new(int)
		*v = id*10 + i
		words = append(words, fmt.Sprint("w", id, i))
		nodes = append(nodes, node{fmt.Sprint("n", i), v})
		nums = append(nums, i+id)
	}
	before := fmt.Sprint(len(words), cap(words), len(nodes), cap(nodes), len(nums), cap(nums))
	d := deep(2000, [16]int{})
	words = append(words, "tail")
	nums = append(nums, d)
	out := before + " |"
	for i := 0; i < len(words); i++ {
		out += " " + words[i]
	}
	for i := 0; i < len(nodes); i++ {
		out += fmt.Sprint(" ", nodes[i].name, "=", *nodes[i].val)
	}
	for i := 0; i < len(nums); i++ {
		out += fmt.Sprint(" ", nums[i])
	}
	done <- fmt.Sprint(out, " | ", len(words), cap(words), len(nums), cap(nums))
}

func main() {
	results := make([]chan string, 3)
	for i := range results {
		results[i] = make(chan string)
		go worker(i, results[i])
	}
	for i := range results {
		fmt.Println(<-results[i])
	}
}
