package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

// counter counts Write calls: every Fprint* call makes exactly one.
type counter struct {
	calls int
	data  []byte
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls++
	c.data = append(c.data, p...)
	return len(p), nil
}

type broken struct{}

func (broken) Write(p []byte) (int, error) { return 2, errors.New("broken pipe") }

type point struct{ X, Y int }

func main() {
	var buf bytes.Buffer
	n, err := fmt.Fprint(&buf, "a", 1, 2, "b", 3.5, true)
	fmt.Println(n, err, buf.String())
	buf.Reset()
	n, err = fmt.Fprintln(&buf, "a", 1, 2, "b", []int{1, 2}, point{3, 4})
	fmt.Printf("%d %v %q\n", n, err, buf.String())
	var sb strings.Builder
	n, err = fmt.Fprintf(&sb, "%05d|%-6s|%x|%+v", 42, "go", "hi", point{1, 2})
	fmt.Println(n, err, sb.String())

	c := &counter{}
	fmt.Fprintf(c, "%s %s %s %d\n", "many", "pieces", "of", 4)
	fmt.Fprintln(c, "one", "call", "each")
	fmt.Fprint(c, "x", "y", "z")
	fmt.Println(c.calls, len(c.data))
	fmt.Printf("%q\n", c.data)

	n, err = fmt.Fprintf(broken{}, "%d", 12345)
	fmt.Println(n, err)
	n, err = fmt.Fprintln(broken{}, "x")
	fmt.Println(n, err)

	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 7)
	fmt.Fprint(os.Stdout, "no newline", "\n")
	fmt.Fprintln(os.Stderr, "to stderr")

	b := fmt.Append(nil, "x", 1, 2, "y")
	b = fmt.Appendln(b, "line", 3)
	b = fmt.Appendf(b, "%03d", 7)
	fmt.Printf("%q\n", b)
	n, err = fmt.Println()
	fmt.Println(n, err)
	n, err = fmt.Print("print ", 5, 6, "\n")
	fmt.Println(n, err)
}
