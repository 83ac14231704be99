// Checks every op-assignment operator and ++/-- on variables and slice elements.
package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 10
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 11
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x &= 0x1C
	fmt.Println(x)
	x |= 0x40
	fmt.Println(x)
	x ^= 0x55
	fmt.Println(x)
	x &^= 0x3
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	s := ints(1, 2, 3)
	s[0]++
	s[1] *= 10
	s[2] -= 5
	s[len(s)-1]--
	fmt.Println(s[0], s[1], s[2])
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)
	var b byte = 'a'
	b++
	b += 2
	fmt.Println(b)
}

func ints(v ...int) []int {
	return v
}
