// Checks the copy built-in: result count, shorter source or destination, overlap and copy from a string.
package main

import "fmt"

func show(s []int) {
	for _, v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println("| len", len(s))
}

func main() {
	src := ints(1, 2, 3, 4, 5)
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n)
	show(dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println("copied", n)
	show(big)
	s := ints(0, 1, 2, 3, 4, 5, 6, 7)
	copy(s[2:], s)
	show(s)
	s = ints(0, 1, 2, 3, 4, 5, 6, 7)
	copy(s, s[3:])
	show(s)
	b := make([]byte, 4)
	n = copy(b, "golang")
	fmt.Println(n, string(b))
	fmt.Println(copy(dst, make([]int, 0)))
	var none []int
	fmt.Println(copy(none, src))
	var words []string
	words = append(words, "a", "b", "c")
	w2 := make([]string, 2)
	copy(w2, words[1:])
	fmt.Println(w2[0], w2[1])
}

func ints(v ...int) []int {
	return v
}
