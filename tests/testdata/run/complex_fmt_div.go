package main

import "fmt"

type P struct {
	Name string
	Z    complex128
	W    complex64
}

type Num interface{ Abs() float64 }

type C complex128

func (c C) Abs() float64 { return real(c)*real(c) + imag(c)*imag(c) }

func div(a, b complex128) complex128 { return a / b }

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	cases := []complex128{
		complex(1, 1), complex(0, 0), complex(inf, 0), complex(0, inf), complex(nan, 1),
		complex(1e300, 1e300), complex(-2, 0.5), complex(zero, -zero),
	}
	for _, a := range cases {
		for _, b := range cases {
			q := div(a, b)
			fmt.Print(q, " ")
		}
		fmt.Println()
	}
	fmt.Printf("[%8.2f] [%-10.1e] [%+g] [%G] [%v]\n", 1.5+2i, complex64(-1-1i), 3i, complex(inf, nan), complex(-zero, -zero))
	p := P{"x", 1 - 2i, 3}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	var n Num = C(3 + 4i)
	fmt.Println(n.Abs(), n)
	var i interface{} = 2 + 3i
	switch v := i.(type) {
	case complex64:
		fmt.Println("c64", v)
	case complex128:
		fmt.Println("c128", v, real(v))
	}
	println(complex(nan, nan), complex(inf, -inf), complex64(complex(1.1, 2.2)))
	a := [2]complex64{1, 2i}
	b := a
	fmt.Println(a == b, a, i == interface{}(2+3i), i == interface{}(complex64(2+3i)))
	x := 1 + 2i
	x += 3
	x *= 2i
	x -= 1i
	x /= 2
	fmt.Println(x, -x, x == complex(-4, 3.5))
	var c64 complex64 = complex(float32(0.1), float32(0.2))
	c64 = c64 * c64
	fmt.Println(c64, real(c64)*2, complex128(c64))
	const k = 2i * 2i
	fmt.Println(k, real(k), imag(3+4i))
	m := map[interface{}]string{1 + 1i: "a", complex64(1 + 1i): "b"}
	fmt.Println(len(m), m[1+1i], m[complex64(1+1i)])
	fmt.Printf("%T %T %d\n", c64, x, 1+1i)
}
