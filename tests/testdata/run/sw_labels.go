package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == want {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 8))
	fmt.Println(find(grid, 6))
	count := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 9:
			break loop
		}
		count += i
	}
	fmt.Println(count)
	i := 0
again:
	if i < 5 {
		i++
		goto again
	}
	fmt.Println("i", i)
	n := 0
	for k := 0; k < 3; k++ {
	sw:
		switch k {
		case 0:
			for j := 0; j < 10; j++ {
				if j == 2 {
					break sw
				}
				n += 100
			}
			n += 1000
		case 1:
			n += 10
			fallthrough
		case 2:
			n += 1
		default:
			n = -1
		}
	}
	fmt.Println(n)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	sum := 0
recv:
	for {
		select {
		case v := <-ch:
			if v == 2 {
				continue recv
			}
			sum += v
		default:
			break recv
		}
	}
	fmt.Println("sum", sum)
	var x interface{} = 3.5
	switch v := x.(type) {
	case int, int64:
		fmt.Printf("int-ish %T\n", v)
	case float32, float64:
		fmt.Printf("float-ish %T %v\n", v, v)
	case nil:
		fmt.Println("nil")
	}
	for _, y := range []interface{}{nil, 1, "s", []int{1}, struct{}{}, fmt.Errorf("e")} {
		switch v := y.(type) {
		case nil:
			fmt.Println("nil case", v == nil)
		case int, string:
			fmt.Println("int or string", v)
		case error:
			fmt.Println("error", v.Error())
		case []int:
			fmt.Println("slice", len(v))
		default:
			fmt.Printf("default %T\n", v)
		}
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell")
	case x > 100:
		fmt.Println("no")
	}
	switch y := 2; y {
	case 1, 2, 3:
		fmt.Println("small", y)
	}
	j := 0
	for j < 10 {
		j += 3
		if j == 6 {
			goto done
		}
	}
done:
	fmt.Println("j", j)
}
