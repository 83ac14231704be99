package main

func main() {
	var c complex128 = complex(1, 2)
	d := c * c
	println(c, d, real(d), imag(d), -c)
	e := d / c
	println(e, e == c, e != c)
	var f complex64 = complex64(e)
	println(f, f*f, f/2)
	z := 0.0
	println(c/complex(z, 0))
	m := map[complex128]int{1 + 1i: 5}
	m[c] = 7
	println(m[1+1i], m[complex(1, 2)], len(m))
}
