// Checks integer division and remainder truncating toward zero with negative operands.
package main

import "fmt"

func main() {
	vals := ints(7, -7)
	divs := ints(2, -2, 3, -3)
	for _, a := range vals {
		for _, b := range divs {
			fmt.Println(a, b, a/b, a%b)
		}
	}
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1)
	var i64 int64 = -9223372036854775808
	var n1 int64 = -1
	fmt.Println(i64/n1, i64%n1)
	var u uint32 = 4000000000
	fmt.Println(u/7, u%7)
	x := -17
	x /= 4
	fmt.Println(x)
	y := -17
	y %= 4
	fmt.Println(y)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	d := 8
	fmt.Println(1000/d, -1000/d, 1000%d, 1001%d, -1001%d)
	var b byte = 200
	fmt.Println(b/3, b%3)
}

func ints(v ...int) []int {
	return v
}
