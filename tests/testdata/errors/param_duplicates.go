package main

// types2 declares a signature's receiver, parameters and results in one scope, also for
// function types and interface methods without a body.
type I interface {
	F1(i int) (i int)
	F2(i, i int)
}

type F func(a, a string)

type R struct{}

func (r *R) M(r int) {}

func G(x int) (x int) { return 0 }

func main() {
	f := func(p, p int) {}
	_ = f
}
