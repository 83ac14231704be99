package runtime

import "unsafe"

// A process-wide random number generator for the unseeded functions of
// math/rand and math/rand/v2: wyrand, seeded from getrandom(2) on first
// use. (Not yet safe against concurrent use; only its randomness would suffer.)

const sysGetrandom = 318

var wyState uint64
var wySeeded bool

func randUint64() uint64 {
	if !wySeeded {
		syscall6(sysGetrandom, uintptr(unsafe.Pointer(&wyState)), 8, 0, 0, 0, 0)
		wySeeded = true
	}
	wyState += 0xa0761d6478bd642f
	hi, lo := mul64(wyState, wyState^0xe7037ed1a0b428db)
	return hi ^ lo
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t&mask32 + x0*y1
	hi = x1*y1 + t>>32 + w1>>32
	lo = x * y
	return
}

//go:linkname randForMathRand math/rand.runtime_rand
func randForMathRand() uint64 { return randUint64() }

//go:linkname randForMathRandV2 math/rand/v2.runtime_rand
func randForMathRandV2() uint64 { return randUint64() }
