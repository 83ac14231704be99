// Objects whose pointer words sit at many offsets among non-pointer data (ints,
// floats, byte arrays, nested structs, arrays of structs, objects larger than a
// size class and than 64 words) must keep what they point to alive through
// collections, while garbage of the same sizes is allocated and overwritten.
package main

import (
	"fmt"
	"runtime"
)

type leaf struct {
	n    int
	name string
}

type inner struct {
	x    float64
	p    *leaf
	b    [3]byte
	q    *leaf
	tail int32
}

type mixed struct {
	a    int64
	s    string
	f    float32
	in   [2]inner
	bs   []byte
	m    map[int]*leaf
	i    any
	pad  [7]uint16
	last *leaf
}

type big struct {
	head  *leaf
	nums  [100]int
	mid   *leaf
	more  [50]float64
	items [10]inner
	end   *leaf
}

func mk(n int) *leaf { return &leaf{n: n, name: fmt.Sprint("leaf", n)} }

var sink []byte

func churn(k int) {
	for i := 0; i < k; i++ {
		b := make([]byte, 16+i%700)
		for j := range b {
			b[j] = 0xAB
		}
		sink = b
		x := make([]int, 3+i%40)
		for j := range x {
			x[j] = -1
		}
	}
}

func (m *mixed) sum() int {
	t := 0
	for _, in := range m.in {
		t += in.p.n + in.q.n
	}
	t += m.m[1].n + m.i.(*leaf).n + m.last.n + len(m.s) + len(m.bs)
	return t
}

func (b *big) sum() int {
	t := b.head.n + b.mid.n + b.end.n + b.nums[99]
	for _, it := range b.items {
		t += it.p.n + it.q.n
	}
	return t
}

func main() {
	var ms []*mixed
	var bigs []*big
	var arr []mixed // a slice of structs: each element holds pointers
	want := 0
	for i := 0; i < 400; i++ {
		m := &mixed{a: int64(i), s: fmt.Sprint("s", i), f: 1.5, bs: make([]byte, i%50+1)}
		m.in[0] = inner{x: 2, p: mk(i), q: mk(i + 1)}
		m.in[1] = inner{x: 3, p: mk(i + 2), q: mk(i + 3)}
		m.m = map[int]*leaf{1: mk(i * 2)}
		m.i = mk(i * 3)
		m.last = mk(i * 5)
		want += m.sum()
		ms = append(ms, m)
		arr = append(arr, *m)
		if i%10 == 0 {
			b := &big{head: mk(i), mid: mk(i + 7), end: mk(i + 9)}
			b.nums[99] = i
			for k := range b.items {
				b.items[k] = inner{p: mk(k), q: mk(i)}
			}
			want += b.sum()
			bigs = append(bigs, b)
		}
		churn(200)
	}
	runtime.GC()
	churn(5000)
	got := 0
	for _, m := range ms {
		got += m.sum()
	}
	for _, b := range bigs {
		got += b.sum()
	}
	got2 := 0
	for i := range arr {
		got2 += arr[i].sum()
	}
	fmt.Println(got == want, got2 == got-func() int {
		t := 0
		for _, b := range bigs {
			t += b.sum()
		}
		return t
	}(), len(ms), len(bigs))
}
