package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 120
	a := make([][]float64, n)
	b := make([][]float64, n)
	for i := range n {
		a[i] = make([]float64, n)
		b[i] = make([]float64, n)
		for j := range n {
			a[i][j] = float64((i*j)%7) - 3
			b[i][j] = float64((i+2*j)%5) - 2
		}
	}
	c := make([][]float64, n)
	var wg sync.WaitGroup
	rows := make(chan int)
	for range 6 {
		wg.Go(func() {
			for i := range rows {
				row := make([]float64, n)
				for k := range n {
					aik := a[i][k]
					for j := range n {
						row[j] += aik * b[k][j]
					}
				}
				c[i] = row
			}
		})
	}
	for i := range n {
		rows <- i
	}
	close(rows)
	wg.Wait()
	trace, total := 0.0, 0.0
	for i := range n {
		trace += c[i][i]
		for j := range n {
			total += c[i][j]
		}
	}
	fmt.Println(trace, total, c[3][7], c[n-1][n-1])
}
