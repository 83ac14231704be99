package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

type small uint8

func main() {
	counts := make([]int, 5)
	for i := 0; i < 5000; i++ {
		counts[rand.N(5)]++
	}
	all := true
	for _, c := range counts {
		all = all && c > 500
	}
	fmt.Println("every value seen often:", all)

	inRange := true
	for i := 0; i < 1000; i++ {
		d := rand.N(100 * time.Millisecond)
		u := rand.N(uint64(1) << 40)
		s := rand.N(small(3))
		i8 := rand.N(int8(100))
		one := rand.N(1)
		inRange = inRange && d >= 0 && d < 100*time.Millisecond && u < 1<<40 && s < 3 && i8 >= 0 && i8 < 100 && one == 0
	}
	fmt.Println("in range:", inRange)
	fmt.Printf("%T %T %T\n", rand.N(time.Second), rand.N(small(2)), rand.N(uintptr(9)))

	for _, f := range []func(){
		func() { rand.N(0) },
		func() { rand.N(-time.Second) },
		func() { rand.N(int16(-1)) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
