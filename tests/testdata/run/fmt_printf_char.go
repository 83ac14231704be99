// fmt: %c, %q, %U, %#U on runes and integers, including invalid code points, with width and flags.
package main

import "fmt"

func main() {
	for _, r := range []rune{'a', 'Z', '\n', '\'', '"', '\\', 0, 0x7f, 0xe9, 0x263a, 0x1F600, 0xFFFD, 0xD800, 0x10FFFF, 0x110000, -1} {
		fmt.Printf("[%c][%q][%+q][%#q][%U][%#U][%5c][%-5q][%08U][%.6U][%#.6U]\n", r, r, r, r, r, r, r, r, r, r, r)
	}
	fmt.Printf("%c%c%c %q %U\n", 72, 105, 33, uint8(65), uint64(0xFFFFFFFFFF))
	fmt.Printf("%c %q\n", int64(-5), int64(1<<40))
}
