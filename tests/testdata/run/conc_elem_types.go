package main

import "fmt"

type big struct {
	name  string
	vals  [6]int
	ratio float64
	tags  []string
}

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

func main() {
	bc := make(chan big, 1)
	bc <- big{"b", [6]int{1, 2, 3, 4, 5, 6}, 0.5, []string{"x", "y"}}
	b := <-bc
	fmt.Println(b.name, b.vals, b.ratio, b.tags)
	sc := make(chan shape)
	go func() {
		sc <- rect{2, 3}
		sc <- nil
		close(sc)
	}()
	for s := range sc {
		if s == nil {
			fmt.Println("nil shape")
			continue
		}
		fmt.Println(s.area())
	}
	ec := make(chan struct{}, 2)
	ec <- struct{}{}
	ec <- struct{}{}
	fmt.Println(len(ec), <-ec)
	bytes := make(chan byte, 3)
	for _, c := range []byte("hey") {
		bytes <- c
	}
	close(bytes)
	var out []byte
	for c := range bytes {
		out = append(out, c-32)
	}
	fmt.Println(string(out))
	fc := make(chan func(int) int, 1)
	k := 10
	fc <- func(x int) int { return x + k }
	fmt.Println((<-fc)(5))
	var ac chan any = make(chan any, 3)
	ac <- 1
	ac <- "two"
	ac <- 3.0
	close(ac)
	for v := range ac {
		fmt.Printf("%T %v\n", v, v)
	}
	i8 := make(chan int8, 1)
	i8 <- -7
	fmt.Println(<-i8)
}
