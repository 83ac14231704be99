// Conversions between strings and []rune; conversion operands are evaluated once.
package main

import "fmt"

var calls int

func mk() []rune { calls++; return []rune("héllo") }
func mkb() []byte { calls++; return []byte("abc") }

func main() {
	s := string(mk())
	b := string(mkb())
	r := []rune("añb€")
	r[0] = 'Z'
	fmt.Println(s, b, calls, len(r), string(r), r)
}
