// Arrays of arrays: matrix multiplication, row copies, and element addresses.
package main

import "fmt"

type matrix [3][3]int

func mul(a, b matrix) matrix {
	var c matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	id := matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(m, id) == m, mul(m, m))
	row := m[1]
	row[0] = -1
	fmt.Println(row, m[1])
	p := &m[2][2]
	*p = 99
	fmt.Println(m)
	var grid [2][2][2]int
	grid[1][0][1] = 5
	fmt.Println(grid)
}
