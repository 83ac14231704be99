package main

import "fmt"

type Z struct {
	C complex64
	D complex128
}

type Poly []complex128

func (p Poly) Eval(x complex128) complex128 {
	var r complex128
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func roots() []complex128 {
	return []complex128{1, 1i, -1, -1i}
}

func main() {
	z := Z{1 + 2i, 3 - 4i}
	z2 := z
	z2.C++
	z2.D -= 1i
	fmt.Println(z, z2, z == z2, z != Z{1 + 2i, 3 - 4i})
	fmt.Printf("%v %+v %.1f\n", z, z2, z.D)
	var c64 complex64 = 1.5
	c64 *= 2i
	r := real(c64)
	fmt.Printf("%T %v %T %v\n", r, r, imag(c64), c64)
	p := Poly{1, 0, 1}
	fmt.Println(p.Eval(1i), p.Eval(2), p.Eval(1+1i))
	for y := 1.0; y >= -1.0; y -= 0.5 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.25 {
			if mandel(complex(x, y)) == 50 {
				line += "#"
			} else {
				line += "."
			}
		}
		fmt.Println(line)
	}
	prod := complex128(1)
	for _, w := range roots() {
		prod *= w
	}
	fmt.Println(prod, len(roots()))
	arr := [2]complex128{1, 2}
	fmt.Println(arr == [2]complex128{1, 2}, arr)
	m := map[complex64]string{1: "one", 1i: "i"}
	fmt.Println(m[1], m[complex64(complex(0, 1))], len(m))
	var iface interface{} = complex64(2)
	if v, ok := iface.(complex64); ok {
		fmt.Println("c64", v*v)
	}
	const k = (1 + 2i) * (3 - 1i)
	var kc complex64 = k
	fmt.Println(k, kc, real(k), complex128(kc) == k)
	f := func(a, b complex128) (complex128, complex128) { return a + b, a - b }
	s, d := f(1i, 1)
	fmt.Println(s, d)
	cs := make([]complex64, 3)
	cs[1] = 5i
	fmt.Println(cs, fmt.Sprint(cs[1]))
	println(cs[1], -cs[1], complex128(cs[1])/2)
	var zero complex128
	fmt.Println(1/zero, zero/zero == zero/zero, -zero)
}
