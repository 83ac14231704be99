package main

import "fmt"

var _ = register("first")
var registry []string

func register(s string) int {
	registry = append(registry, s)
	return len(registry)
}

var _ = register("second")

type Inner struct{ X, Y int }
type Outer struct {
	Inner
	Z  int
	In *Inner
}

type Logger interface{ Log(string) }
type Service struct {
	Logger
	name string
}
type stdout struct{ prefix string }

func (s stdout) Log(m string) { fmt.Println(s.prefix + m) }

const Greeting string = "hello"

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	fmt.Println(registry)
	o := Outer{Inner{1, 2}, 3, nil}
	fmt.Printf("%v %+v\n", o, o)
	svc := Service{stdout{"> "}, "svc"}
	logf := svc.Log
	logf("method value through embedded interface")
	var lg Logger = svc
	lg.Log("as interface")
	x, y := func(a, b int) (int, int) { return b, a }(1, 2)
	fmt.Println(x, y, Greeting+"!", len(Greeting))
	var f Flags = FlagA | FlagC
	f &^= FlagA
	f |= FlagB
	f <<= 1
	fmt.Println(f, f&FlagC != 0, FlagA|FlagB|FlagC)
	bs := []byte("héllo")
	for i, b := range bs {
		if b > 127 {
			fmt.Print(i, ":", b, " ")
		}
	}
	fmt.Printf("\n%s %x %X %v %q\n", bs, bs, bs[:2], bs[:2], bs)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch true {
	case x > y:
		fmt.Println("x>y")
	default:
		fmt.Println("default")
	}
	funcs := map[string]func(...int) int{
		"sum": func(v ...int) int {
			t := 0
			for _, n := range v {
				t += n
			}
			return t
		},
	}
	nums := []int{1, 2, 3}
	fmt.Println(funcs["sum"](nums...), funcs["sum"]())
	var counter int
	incr := func() func() int {
		return func() int { counter++; return counter }
	}()
	incr()
	fmt.Println(incr(), counter)
}
