package main

import "fmt"

type Cell struct {
	Alive bool
	N     int
}

type Grid [][]Cell

func NewGrid(h, w int) Grid {
	g := make(Grid, h)
	for i := range g {
		g[i] = make([]Cell, w)
	}
	return g
}

func (g Grid) Step() Grid {
	out := NewGrid(len(g), len(g[0]))
	for y, row := range g {
		for x := range row {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+len(g))%len(g), (x+dx+len(row))%len(row)
					if g[yy][xx].Alive {
						n++
					}
				}
			}
			out[y][x].N = n
			out[y][x].Alive = n == 3 || n == 2 && g[y][x].Alive
		}
	}
	return out
}

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, c := range row {
			if c.Alive {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

var globalBig [1 << 16]int64

func stackBig() int64 {
	var a [20000]int64
	for i := range a {
		a[i] = int64(i)
	}
	var s int64
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	g := NewGrid(6, 6)
	g[1][2].Alive = true
	g[2][3].Alive = true
	g[3][1].Alive = true
	g[3][2].Alive = true
	g[3][3].Alive = true
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	var m [3][4][5]int
	for i := range m {
		for j := range m[i] {
			for k := range m[i][j] {
				m[i][j][k] = i*100 + j*10 + k
			}
		}
	}
	fmt.Println(m[2][3][4], len(m), len(m[0]), len(m[0][0]), m[1][2])
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	globalBig[len(globalBig)-1] = 7
	fmt.Println(globalBig[65535], stackBig())
	ss := [][]struct{ A, B string }{{{"a", "b"}}, {{"c", "d"}, {"e", "f"}}}
	ss[1] = append(ss[1], struct{ A, B string }{"g", "h"})
	fmt.Println(ss, len(ss[1]))
	arr := [2][2]string{{"a", "b"}, {"c", "d"}}
	cp := arr
	cp[0][0] = "z"
	fmt.Println(arr, cp, arr == cp, arr != [2][2]string{{"a", "b"}, {"c", "d"}})
}
