package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type T1 struct {
	A int `json:"a"`
}
type T2 struct {
	A int `xml:"a"`
}

type Inner struct{ X, Y int }
type Outer struct {
	Pad byte
	Inner
}

func main() {
	words := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)
	t2 := T2(T1{5})
	fmt.Println(t2)
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abc"), strings.EqualFold("Go", "GO"))
	var o Outer
	fmt.Println(len(os.Args) > 0, o.X)
	fs := [2]func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fs[0]() + fs[1]())
	defer fmt.Println("not printed")
	os.Exit(3)
}
