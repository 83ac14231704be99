package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	fmt.Println(os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err := os.Stdout.Write([]byte("written directly\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("as a string\n")
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "through io.WriteString\n")
	fmt.Fprintln(os.Stderr, "this goes to stderr")

	data, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin: %d bytes, err %v\n", len(data), err)
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		fmt.Printf("%d: %s\n", i, strings.ToUpper(line))
	}
	n2, err := os.Stdin.Read(make([]byte, 4))
	fmt.Println(n2, err)
	f := os.NewFile(1, "my stdout")
	fmt.Fprintf(f, "via NewFile %s\n", f.Name())
}
