// Checks named results: zero initialisation, bare return and modification before return.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, b bool) {
	return
}

func stats(s []int) (count int, total int, avg int) {
	for _, v := range s {
		count++
		total += v
	}
	if count == 0 {
		return
	}
	avg = total / count
	return count, total, avg
}

func describe(n int) (desc string) {
	desc = "small"
	if n > 100 {
		desc = "large"
		return
	}
	if n < 0 {
		return "negative"
	}
	return
}

func main() {
	fmt.Println(split(17))
	n, s, b := zero()
	fmt.Println(n, "["+s+"]", b)
	fmt.Println(stats(ints(3, 5, 10, 2)))
	fmt.Println(stats(nil))
	fmt.Println(describe(5), describe(500), describe(-5))
}

func ints(v ...int) []int {
	return v
}
