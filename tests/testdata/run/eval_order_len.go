package main

import "fmt"

func main() {
	m := map[int]int{1: 1}
	add := func() int { m[len(m)+5] = 1; return 0 }
	fmt.Println(len(m), add(), len(m))
	s := []int{1}
	grow := func() int { s = append(s, 2); return 0 }
	fmt.Println(len(s), grow(), len(s), cap(s) > 0)
	str := "a"
	ext := func() int { str += "b"; return 0 }
	fmt.Println(len(str), ext(), len(str))
	ch := make(chan int, 3)
	ch <- 1
	fmt.Println(len(ch), <-ch, cap(ch))
	ch <- 1
	put := func() int { ch <- 2; return 0 }
	fmt.Println(len(ch), put(), len(ch))
}
