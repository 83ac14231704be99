// The fixed corpus of bench/run.py's compile-throughput measures: a main package that pogo
// compiles today (ints, strings, slices, loops, switch). Generated once by bench/gorun.py's
// module generator, then extended by hand; do not regenerate, so that results stay comparable.
package main

import (
	"fmt"
	"os"
)

const salt = 0

func f0(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 2 {
		case 0:
			t += int(s[i]) * 1
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f1(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 3 {
		case 0:
			t += int(s[i]) * 2
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f2(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 4 {
		case 0:
			t += int(s[i]) * 3
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f3(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 5 {
		case 0:
			t += int(s[i]) * 4
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f4(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 6 {
		case 0:
			t += int(s[i]) * 5
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f5(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 2 {
		case 0:
			t += int(s[i]) * 6
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f6(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 3 {
		case 0:
			t += int(s[i]) * 7
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f7(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 4 {
		case 0:
			t += int(s[i]) * 8
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f8(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 5 {
		case 0:
			t += int(s[i]) * 9
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f9(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 6 {
		case 0:
			t += int(s[i]) * 10
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f10(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 2 {
		case 0:
			t += int(s[i]) * 11
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f11(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 3 {
		case 0:
			t += int(s[i]) * 12
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f12(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 4 {
		case 0:
			t += int(s[i]) * 13
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f13(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 5 {
		case 0:
			t += int(s[i]) * 14
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f14(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 6 {
		case 0:
			t += int(s[i]) * 15
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f15(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 2 {
		case 0:
			t += int(s[i]) * 16
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f16(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 3 {
		case 0:
			t += int(s[i]) * 17
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f17(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 4 {
		case 0:
			t += int(s[i]) * 18
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f18(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 5 {
		case 0:
			t += int(s[i]) * 19
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f19(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 6 {
		case 0:
			t += int(s[i]) * 20
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f20(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 2 {
		case 0:
			t += int(s[i]) * 21
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f21(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 3 {
		case 0:
			t += int(s[i]) * 22
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f22(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 4 {
		case 0:
			t += int(s[i]) * 23
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f23(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 5 {
		case 0:
			t += int(s[i]) * 24
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f24(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 6 {
		case 0:
			t += int(s[i]) * 25
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f25(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 2 {
		case 0:
			t += int(s[i]) * 26
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f26(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 3 {
		case 0:
			t += int(s[i]) * 27
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f27(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 4 {
		case 0:
			t += int(s[i]) * 28
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f28(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 5 {
		case 0:
			t += int(s[i]) * 29
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

func f29(x int, s string) int {
	t := 0
	for i := 0; i < len(s); i++ {
		switch (x + i) % 6 {
		case 0:
			t += int(s[i]) * 30
		case 1:
			t -= i
		default:
			t ^= x
		}
	}
	return t
}

// Value combines every helper of the package and of its imports.
func Value(n int) int {
	v := salt
	name := "p00"
	for i := 0; i < n; i++ {
		v += f0(i, name)
		v += f1(i, name)
		v += f2(i, name)
		v += f3(i, name)
		v += f4(i, name)
		v += f5(i, name)
		v += f6(i, name)
		v += f7(i, name)
		v += f8(i, name)
		v += f9(i, name)
		v += f10(i, name)
		v += f11(i, name)
		v += f12(i, name)
		v += f13(i, name)
		v += f14(i, name)
		v += f15(i, name)
		v += f16(i, name)
		v += f17(i, name)
		v += f18(i, name)
		v += f19(i, name)
		v += f20(i, name)
		v += f21(i, name)
		v += f22(i, name)
		v += f23(i, name)
		v += f24(i, name)
		v += f25(i, name)
		v += f26(i, name)
		v += f27(i, name)
		v += f28(i, name)
		v += f29(i, name)
	}
	return v
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

func flips(perm, work []int) int {
	copy(work, perm)
	count := 0
	for work[0] != 0 {
		k := work[0]
		for i, j := 0, k; i < j; i, j = i+1, j-1 {
			work[i], work[j] = work[j], work[i]
		}
		count++
	}
	return count
}

func fannkuch(n int) {
	perm := make([]int, n)
	work := make([]int, n)
	// counters for generating permutations by successive rotations of prefixes
	count := make([]int, n)
	for i := range perm {
		perm[i] = i
		count[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	for {
		f := flips(perm, work)
		if f > maxFlips {
			maxFlips = f
		}
		if index%2 == 0 {
			checksum += f
		} else {
			checksum -= f
		}
		index++
		// next permutation: rotate the first r+1 elements left, for the smallest r whose
		// counter is not exhausted
		r := 1
		for ; r < n; r++ {
			first := perm[0]
			copy(perm[:r], perm[1:r+1])
			perm[r] = first
			if count[r] > 0 {
				count[r]--
				break
			}
			count[r] = r
		}
		if r == n {
			break
		}
	}
	fmt.Println(checksum)
	fmt.Println("Pfannkuchen(", n, ") =", maxFlips)
}

func main() {
	n := 7
	if len(os.Args) > 1 {
		n = atoi(os.Args[1])
	}
	fannkuch(n)
	fmt.Println(Value(n))
}
