// Methods on named non-struct types: ints, strings and slices.
package main

import "fmt"

type celsius int
type word string
type stack []int

func (c celsius) fahrenheit() int { return int(c)*9/5 + 32 }
func (w word) shout() word       { return w + "!" }
func (w word) length() int       { return len(w) }

func (s *stack) push(v int) { *s = append(*s, v) }
func (s *stack) pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s stack) size() int { return len(s) }

func main() {
	fmt.Println(celsius(100).fahrenheit(), celsius(-40).fahrenheit())
	w := word("hey")
	fmt.Println(w.shout(), w.shout().length())
	var s stack
	for i := 1; i <= 4; i++ {
		s.push(i * i)
	}
	fmt.Println(s.size(), s.pop(), s.pop(), s.size(), s)
}
