package main

type S struct{ X int }

func (s S) String() string { return "stringer!" }

func main() {
	panic(S{1})
}
