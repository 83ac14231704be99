// float64 arithmetic, shortest printing, and mixing with untyped constants.
package main

import "fmt"

func main() {
	a := 1.5
	b := 0.25
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	x := 0.1
	y := 0.2
	fmt.Println(x+y, x+y == 0.3, 1-0.9)
	c := 10.0
	c /= 4
	c += 0.5
	c *= 2
	fmt.Println(c)
	sum := 0.0
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
	}
	fmt.Println(sum)
	const third = 1.0 / 3
	fmt.Println(third, third*3, 2*third)
	var f float64 = 7
	fmt.Println(f/2, f*1e10, f/1e10)
}
