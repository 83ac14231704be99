// Package rand implements pseudo-random number generators with gc's exact
// sequences for seeded sources (PCG, ChaCha8) and the same derivation of
// bounded integers, floats, permutations and shuffles. The top-level
// functions use an automatically seeded runtime generator. Generic N is not
// here yet (it needs generics).
package rand

import "math/bits"

// A Source produces uniformly distributed 64-bit values.
type Source interface {
	Uint64() uint64
}

// A Rand draws random values of various kinds from a Source.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand { return &Rand{src: src} }

// Int64 returns a non-negative 63-bit integer.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns a 32-bit value (the top half of a Uint64).
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a 64-bit value.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative 31-bit integer.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint returns a uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// uint64n returns a value in [0, n) by Lemire's multiply-and-reject method.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int64N returns a value in [0, n).
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns a value in [0, n).
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// Int32N returns a value in [0, n).
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns a value in [0, n).
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns a value in [0, n).
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns a value in [0, n).
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns a value in [0.0, 1.0) with 53 random bits.
func (r *Rand) Float64() float64 {
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 returns a value in [0.0, 1.0) with 24 random bits.
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns a random permutation of [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle randomises the order of n elements through swap (Fisher-Yates).
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.uint64n(uint64(i+1))))
	}
}

// runtime_rand is provided by the runtime (runtime/randseed.go).
func runtime_rand() uint64

type autoSource struct{}

func (autoSource) Uint64() uint64 { return runtime_rand() }

var global = &Rand{src: autoSource{}}

// Int64 returns a non-negative random 63-bit integer.
func Int64() int64 { return global.Int64() }

// Uint32 returns a random 32-bit value.
func Uint32() uint32 { return global.Uint32() }

// Uint64 returns a random 64-bit value.
func Uint64() uint64 { return global.Uint64() }

// Int32 returns a non-negative random 31-bit integer.
func Int32() int32 { return global.Int32() }

// Int returns a non-negative random int.
func Int() int { return global.Int() }

// Uint returns a random uint.
func Uint() uint { return global.Uint() }

// Int64N returns a random value in [0, n).
func Int64N(n int64) int64 { return global.Int64N(n) }

// Uint64N returns a random value in [0, n).
func Uint64N(n uint64) uint64 { return global.Uint64N(n) }

// Int32N returns a random value in [0, n).
func Int32N(n int32) int32 { return global.Int32N(n) }

// Uint32N returns a random value in [0, n).
func Uint32N(n uint32) uint32 { return global.Uint32N(n) }

// IntN returns a random value in [0, n).
func IntN(n int) int { return global.IntN(n) }

// UintN returns a random value in [0, n).
func UintN(n uint) uint { return global.UintN(n) }

// Float64 returns a random value in [0.0, 1.0).
func Float64() float64 { return global.Float64() }

// Float32 returns a random value in [0.0, 1.0).
func Float32() float32 { return global.Float32() }

// Perm returns a random permutation of [0, n).
func Perm(n int) []int { return global.Perm(n) }

// Shuffle randomises the order of n elements through swap.
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
