package main

import "fmt"

type E int

const (
	A E = iota
	B
)

func (e E) String() string {
	switch e {
	case A:
		return "A"
	case B:
		return "B"
	}
	return fmt.Sprintf("E(%d)", int(e))
}

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func main() {
	fmt.Println(A, B, E(5), []E{A, B})
	fmt.Printf("%v %d %s %x %q\n", B, B, B, B, B)
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), m.Mul(Matrix{{1}, {1}}))
	var iface fmt.Stringer = E(1)
	fmt.Println(iface)
	type pt struct{ x, y int }
	seen := map[pt]bool{}
	q := []pt{{0, 0}}
	seen[pt{0, 0}] = true
	steps := 0
	for len(q) > 0 && steps < 100 {
		cur := q[0]
		q = q[1:]
		steps++
		for _, d := range []pt{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
			n := pt{cur.x + d.x, cur.y + d.y}
			if n.x < 0 || n.y < 0 || n.x > 4 || n.y > 4 || seen[n] {
				continue
			}
			seen[n] = true
			q = append(q, n)
		}
	}
	fmt.Println(steps, len(seen))
}
