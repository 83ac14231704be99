package main

import "fmt"

func source(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := source("a", 5), source("b", 7)
	counts := map[byte]int{}
	total := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts[v[0]]++
			total += len(v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts[v[0]]++
			total += len(v)
		}
	}
	fmt.Println(counts['a'], counts['b'], total)
}
