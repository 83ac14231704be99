// spectralnorm: the spectral norm of the infinite matrix A with
// a(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), approximated by power iteration on AᵀA
// restricted to its first N rows and columns.
//
// usage: spectralnorm N
package main

import (
	"fmt"
	"os"
)

func entry(i, j int) float64 {
	s := i + j
	return 1.0 / float64(s*(s+1)/2+i+1)
}

// mulA sets out = A·v; mulAt sets out = Aᵀ·v.
func mulA(v, out []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += entry(i, j) * x
		}
		out[i] = sum
	}
}

func mulAt(v, out []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += entry(j, i) * x
		}
		out[i] = sum
	}
}

func mulAtA(v, out, tmp []float64) {
	mulA(v, tmp)
	mulAt(tmp, out)
}

func sqrt(x float64) float64 {
	g := x
	if g < 1 {
		g = 1
	}
	for i := 0; i < 100; i++ {
		ng := 0.5 * (g + x/g)
		if ng == g {
			break
		}
		g = ng
	}
	return g
}

// atoi parses a non-negative decimal argument by hand, so that the program needs only fmt
// and os from the standard library.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for k := 0; k < 10; k++ {
		mulAtA(u, v, tmp)
		mulAtA(v, u, tmp)
	}
	var uv, vv float64
	for i := range u {
		uv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%0.9f\n", sqrt(uv/vv))
}
