// Package-level variables of many shapes hold the only references to heap
// objects across collections: the linker's map of the data and bss words must
// mark every pointer word among the non-pointer ones.
package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	id   int
	next *rec
	tag  string
}

var (
	count   int
	head    *rec
	flag    bool
	pair    struct{ a int; p *rec; f float64; q *rec }
	table   [16]*rec
	mixed   [4]struct{ n int; s string; b byte }
	byName  map[string]*rec
	anyVal  any
	iface   fmt.Stringer
	fn      func() int
	ch      chan *rec
	small   int8
	words   []string
	lastPtr *int
)

type named struct{ r *rec }

func (n named) String() string { return n.r.tag }

func newRec(i int) *rec { return &rec{id: i, tag: fmt.Sprint("r", i)} }

func churn() {
	for i := 0; i < 30000; i++ {
		b := make([]*rec, 4)
		b[1] = &rec{id: -1}
		s := make([]byte, 40)
		s[0] = byte(i)
	}
}

func main() {
	for i := 0; i < 100; i++ {
		r := newRec(i)
		r.next = head
		head = r
	}
	pair.p, pair.q, pair.a = newRec(1000), newRec(1001), 7
	for i := range table {
		table[i] = newRec(2000 + i)
	}
	for i := range mixed {
		mixed[i].s = fmt.Sprint("mixed", i)
		mixed[i].n = i
	}
	byName = map[string]*rec{}
	for i := 0; i < 50; i++ {
		byName[fmt.Sprint("k", i)] = newRec(3000 + i)
	}
	anyVal = newRec(4000)
	iface = named{newRec(5000)}
	x := newRec(6000)
	fn = func() int { return x.id }
	ch = make(chan *rec, 3)
	ch <- newRec(7000)
	for i := 0; i < 20; i++ {
		words = append(words, fmt.Sprint("w", i))
	}
	v := 42
	lastPtr = &v
	count, flag, small = 3, true, 5

	churn()
	runtime.GC()
	churn()

	n := 0
	for r := head; r != nil; r = r.next {
		n += r.id
	}
	t := 0
	for _, r := range table {
		t += r.id
	}
	m := 0
	for i := 0; i < 50; i++ {
		m += byName[fmt.Sprint("k", i)].id
	}
	fmt.Println(n, pair.p.tag, pair.q.tag, pair.a, t, m)
	fmt.Println(mixed[3].s, anyVal.(*rec).tag, iface, fn(), (<-ch).tag, len(words), words[19], *lastPtr)
	fmt.Println(count, flag, small)
}
