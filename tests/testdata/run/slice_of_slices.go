// Checks slices of slices: building a jagged triangle, a multiplication table and row sharing.
package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	for _, row := range pascal(10) {
		for _, v := range row {
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
	table := make([][]int, 4)
	for i := range table {
		table[i] = make([]int, 4)
		for j := range table[i] {
			table[i][j] = (i + 1) * (j + 1)
		}
	}
	fmt.Println(table[3][3], table[1][2], len(table), len(table[0]))
	shared := ints(1, 2, 3)
	grid := make([][]int, 2)
	grid[0], grid[1] = shared, shared
	grid[0][1] = 99
	fmt.Println(grid[1][1], shared[1])
	names := make([][]string, 2)
	names[0] = append(names[0], "a", "b")
	names[1] = append(names[1], "c")
	names[1] = append(names[1], "d", "e")
	fmt.Println(len(names[1]), names[1][2])
	var empty [][]byte
	empty = append(empty, []byte("xy"))
	fmt.Println(len(empty), string(empty[0]))
}

func ints(v ...int) []int {
	return v
}
