package main

import (
	"errors"
	"fmt"
	"os"
)

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	E     error
	Any   interface{}
	flag  bool
	F     float64
	bytes []byte
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Grid [2][3]int

type Node struct {
	Val  int
	Next *Node
}

func main() {
	in := &Inner{7, "seven"}
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []int{1, 2}, M: map[string]int{"b": 2, "a": 1},
		Ptr: nil, E: errors.New("bad"), Any: 3.5, flag: true, F: 1e21, bytes: []byte("hi")}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v %+v\n", in, in)
	fmt.Printf("[%10v] [%-10v] [%10s]\n", []int{1, 2}, "ab", []string{"x", "y"})
	fmt.Printf("%x %X % x %#x\n", "hello", []byte("hi"), "abc", "z")
	fmt.Printf("%q %+q %#q %q\n", "héllo\n", "héllo", "back`tick", []string{"a", "b"})
	fmt.Printf("%c %U %#U %q %d\n", 'é', 'é', '⌘', 'x', 'A')
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%e %E %.3e %g %G %.2f %8.3f|%-8.2f|%+.1f\n", 123456.789, 0.000123, 1.0, 1e-7, 1e21, 3.14159, 2.5, 2.5, 3.0)
	fmt.Printf("%v %v %v %v %v\n", 1e6, 1e20, 1e21, 123456789.0, 0.000001)
	fmt.Printf("%g %g %v %v\n", float32(0.1), 0.1, float32(16777216.0), float32(3.4e38))
	fmt.Printf("%6.2f%% done\n", 45.678)
	fmt.Printf("%v %s %d\n", Celsius(21.5), Celsius(-3), []Celsius{1, 2})
	fmt.Printf("%v %d\n", Grid{{1, 2, 3}, {4, 5, 6}}, Grid{})
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", n.Val, *n.Next)
	fmt.Printf("%v\n", map[Inner]bool{{1, "a"}: true, {0, "b"}: false})
	fmt.Printf("%v %v\n", map[int][]string{2: {"b"}, 1: {"a", "c"}}, map[string]*int{"nil": nil})
	var ip *int
	var e error
	fmt.Printf("%v %v %d %s\n", ip, e, []interface{}{1, "a", nil}, []error{nil})
	fmt.Printf("%5d|%-5d|%05d|%x|%o|%b\n", -12, 12, 12, -255, 64, 10)
	fmt.Printf("%08.3f|%+08d|% 8d|%-08d|\n", -3.14159, 42, 42, 42)
	fmt.Printf("%3c|%-3c|%03d\n", 'a', 'b', -1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%T %T %T %T %T %T\n", o, in, o.M, o.E, Celsius(1), struct{ X int }{1})
	fmt.Printf("%T %T %T %T\n", nil, []interface{}{}, func(int) string { return "" }, make(chan<- int))
	fmt.Printf("%#v\n", Inner{1, "q"})
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]int{"a": 1}, [2]bool{})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 3.0, Celsius(2))
	fmt.Printf("%v|%s|%q\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0, nil, "c"))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint())
	fmt.Fprintln(os.Stdout, complex(1, -2), complex64(complex(0.5, 0)))
	fmt.Printf("%.2f %v\n", complex(1.234, 5.678), -0.0)
	fmt.Printf("%s %v\n", errors.New("e1"), fmt.Errorf("wrap: %w", errors.New("e2")))
	type pt struct{ X, Y *int }
	x := 5
	fmt.Printf("%+v\n", pt{&x, nil} == pt{&x, nil})
	fmt.Printf("%6.3v|%.0f|%.1f|%.1f\n", 3.14159, 2.5, 0.25, 0.35)
	fmt.Printf("%s\n", &o.In)
	fmt.Printf("%d\n", &o.In)
}
