package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (a Matrix) Transpose() Matrix {
	t := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func det(m Matrix) float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var d float64
	for c := 0; c < n; c++ {
		sub := NewMatrix(n-1, n-1)
		for i := 1; i < n; i++ {
			cc := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				sub[i-1][cc] = m[i][j]
				cc++
			}
		}
		sign := 1.0
		if c%2 == 1 {
			sign = -1
		}
		d += sign * m[0][c] * det(sub)
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	fmt.Print(a.Transpose())
	id := Identity(3)
	p, _ := id.Mul(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}})
	fmt.Printf("%v", p)
	fmt.Println(det(p), det(Identity(4)), det(Matrix{{1, 2}, {3, 4}}))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	g2 := grid
	g2[1][1] = 99
	fmt.Println(grid[1], g2[1], grid == g2)
	jag := [][]string{{"a"}, {}, {"b", "c"}, nil}
	for i, row := range jag {
		fmt.Printf("%d:%d:%q ", i, len(row), row)
	}
	fmt.Println()
	fmt.Printf("%v %v\n", Matrix{}, Matrix(nil) == nil)
}
