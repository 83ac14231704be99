package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	lines, words, chars := 0, 0, 0
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		chars += len(line)
		if len(line) > len(longest) {
			longest = line
		}
		fmt.Fprintf(w, "%3d| %s\n", lines, strings.ToUpper(line))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(w, "error:", err)
	}
	fmt.Fprintf(w, "lines=%d words=%d chars=%d longest=%q\n", lines, words, chars, longest)
	fmt.Fprintln(w, "buffered before flush:", w.Buffered() > 0)
}
