package main

import (
	"fmt"
	"strings"
)

type Celsius int
type Name string

func main() {
	var i int
	var i8 int8
	var u uint
	var u16 uint16
	var s string
	var b bool
	var bs []byte
	n, err := fmt.Sscan("42 -7 17 65535 word true bytes", &i, &i8, &u, &u16, &s, &b, &bs)
	fmt.Println(n, err, i, i8, u, u16, s, b, string(bs))

	n, err = fmt.Sscan("  0x1F 0b101 0o17 017 1_000 +5", &i, &u, &i8, &u16, &s, &s)
	fmt.Println(n, err, i, u, i8, u16, s)
	var a1, a2, a3 int
	n, err = fmt.Sscan("0x1F 0b101 0o17", &a1, &a2, &a3)
	fmt.Println(n, err, a1, a2, a3)
	n, err = fmt.Sscan("017 1_000 -0x10", &a1, &a2, &a3)
	fmt.Println(n, err, a1, a2, a3)

	// Newlines count as space for Sscan.
	n, err = fmt.Sscan("1\n\n2\r\n3", &a1, &a2, &a3)
	fmt.Println(n, err, a1, a2, a3)

	// Sscanln stops at the newline.
	n, err = fmt.Sscanln("4 5 6\n7", &a1, &a2, &a3)
	fmt.Println(n, err, a1, a2, a3)
	n, err = fmt.Sscanln("8 9", &a1, &a2)
	fmt.Println(n, err, a1, a2)

	var bools [6]bool
	n, err = fmt.Sscan("T F true false 1 0", &bools[0], &bools[1], &bools[2], &bools[3], &bools[4], &bools[5])
	fmt.Println(n, err, bools)

	var c Celsius
	var nm Name
	n, err = fmt.Sscan("-40 gopher", &c, &nm)
	fmt.Println(n, err, c, nm)

	var words []string
	r := strings.NewReader("the quick  brown\tfox\njumps")
	for {
		var w string
		if _, err := fmt.Fscan(r, &w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(len(words), words)

	var r1, r2 rune
	n, err = fmt.Sscanf("é!", "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
	var u8 uint8
	var i64 int64
	var u64 uint64
	n, err = fmt.Sscan("255 -9223372036854775808 18446744073709551615", &u8, &i64, &u64)
	fmt.Println(n, err, u8, i64, u64)
	var up uintptr
	var i32 int32
	var u32 uint32
	var i16 int16
	n, err = fmt.Sscan("12 -2147483648 4294967295 -32768", &up, &i32, &u32, &i16)
	fmt.Println(n, err, up, i32, u32, i16)
}
