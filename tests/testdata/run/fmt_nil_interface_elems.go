package main

import "fmt"

type S struct {
	E error
	A any
}

func main() {
	fmt.Printf("%d|%s|%x|%6v|%-6d|%.2v|%q\n", []any{nil, 1}, []error{nil}, []any{nil}, []any{nil}, []any{nil}, []any{nil}, []any{nil, "a"})
	fmt.Printf("%#v|%#v|%8.3s|\n", []any{nil}, S{}, []error{nil})
	fmt.Printf("%v|%+v|%d|%s\n", S{}, S{}, S{}, S{})
	fmt.Printf("%#v\n", map[string]any{"a": nil})
}
