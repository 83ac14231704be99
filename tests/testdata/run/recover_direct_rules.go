package main

import (
	"errors"
	"fmt"
)

type guard struct{ name string }

func (g guard) rec()       { fmt.Println(g.name, "value method:", recover()) }
func (g *guard) recPtr()   { fmt.Println(g.name, "pointer method:", recover()) }
func (g guard) indirect()  { fmt.Println(g.name, "indirect:", helper()) }
func helper() any          { return recover() }
func withArgs(tag string, n int) { fmt.Println("args", tag, n, recover()) }
func generic[T any](label T) { fmt.Println("generic", label, recover()) }

type recoverer interface{ rec() }

type outer struct{ guard }

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  ", name, "not recovered inside, caught by run:", r)
		}
	}()
	f()
}

func main() {
	g := guard{"g"}
	run("method value", func() {
		defer g.rec()
		panic("p1")
	})
	run("pointer method", func() {
		defer (&g).recPtr()
		panic("p2")
	})
	run("interface method", func() {
		var r recoverer = g
		defer r.rec()
		panic("p3")
	})
	run("promoted method", func() {
		o := outer{guard{"o"}}
		defer o.rec()
		panic("p4")
	})
	run("promoted through interface", func() {
		var r recoverer = &outer{guard{"io"}}
		defer r.rec()
		panic("p5")
	})
	run("method expression", func() {
		defer guard.rec(g)
		panic("p6")
	})
	run("stored method value", func() {
		f := g.rec
		defer f()
		panic("p7")
	})
	run("function with arguments", func() {
		defer withArgs("x", 7)
		panic("p8")
	})
	run("generic function", func() {
		defer generic(3.5)
		panic("p9")
	})
	run("helper one level down", func() {
		defer g.indirect()
		panic("p10")
	})
	run("closure calling helper", func() {
		defer func() { fmt.Println("closure helper:", helper()) }()
		panic("p11")
	})
	run("deferred in deferred", func() {
		defer func() {
			defer func() { fmt.Println("inner deferred:", recover()) }()
		}()
		panic("p12")
	})
	run("closure in closure", func() {
		defer func() {
			func() { fmt.Println("nested call:", recover()) }()
		}()
		panic("p13")
	})
	run("recover twice", func() {
		defer func() { fmt.Println("second:", recover()) }()
		defer func() { fmt.Println("first:", recover()) }()
		panic("p14")
	})
	run("not panicking", func() {
		defer func() { fmt.Println("no panic:", recover()) }()
	})
	run("error value", func() {
		defer func() {
			err, ok := recover().(error)
			fmt.Println("error:", ok, errors.Unwrap(err))
		}()
		panic(fmt.Errorf("wrapped: %w", errors.New("root")))
	})
	fmt.Println("end")
}
