// strfmt: string- and fmt-heavy work. Formats N records with fmt.Sprintf and fmt.Sprint,
// concatenates and slices strings, converts between string and []byte, and prints a
// checksum of everything produced plus a few sample lines.
//
// usage: strfmt N
package main

import (
	"fmt"
	"os"
	"strconv"
)

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	n := 20000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total := 0
	sum := uint32(0)
	line := ""
	for i := 0; i < n; i++ {
		name := "item" + strconv.Itoa(i%97)
		line = fmt.Sprintf("%5d|%-8s|%x|%q|%t", i, name, i*31, reverse(name), i%2 == 0)
		line += fmt.Sprint(" ", i*i, " ", len(name))
		total += len(line)
		for j := 0; j < len(line); j++ {
			sum = sum*31 + uint32(line[j])
		}
		if i%(n/4+1) == 0 {
			fmt.Println(line)
		}
	}
	fmt.Println(total, sum)
}
