package strconv

import (
	"math"
	"math/bits"
)

// pow10Word returns word k (0 high, 1 low) of the 128-bit mantissa of 10^q.
func pow10Word(q, k int) uint64 {
	off := 16*(q-pow10MinExp) + 8*k
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(pow10Tab[off+i])
	}
	return v
}

// eiselLemire64 converts man × 10^q to float64 by Lemire's method: multiply
// the normalised mantissa by a 128-bit approximation of 10^q and take the
// top 54 bits, giving up (ok false) when the truncated product cannot
// decide the rounding. When ok, the result is the correctly rounded value.
func eiselLemire64(man uint64, q int, neg bool) (float64, bool) {
	if man == 0 {
		if neg {
			return math.Float64frombits(1 << 63), true
		}
		return 0, true
	}
	if q < pow10MinExp || q > pow10MaxExp {
		return 0, false
	}
	clz := bits.LeadingZeros64(man)
	man <<= uint(clz)
	exp2 := uint64(217706*q>>16+64+1023) - uint64(clz)
	hi, lo := bits.Mul64(man, pow10Word(q, 0))
	if hi&0x1FF == 0x1FF && lo+man < man {
		// the low 64 bits of 10^q could carry into the bits that matter
		yHi, yLo := bits.Mul64(man, pow10Word(q, 1))
		mHi, mLo := hi, lo+yHi
		if mLo < lo {
			mHi++
		}
		if mHi&0x1FF == 0x1FF && mLo+1 == 0 && yLo+man < man {
			return 0, false
		}
		hi, lo = mHi, mLo
	}
	top := hi >> 63
	mant := hi >> (top + 9)
	exp2 -= 1 ^ top
	if lo == 0 && hi&0x1FF == 0 && mant&3 == 1 {
		return 0, false // exactly halfway as far as we can tell
	}
	mant += mant & 1
	mant >>= 1
	if mant>>53 > 0 {
		mant >>= 1
		exp2++
	}
	if exp2-1 >= 0x7FF-1 {
		return 0, false // subnormal or overflow: leave to the exact method
	}
	b := exp2<<52 | mant&(1<<52-1)
	if neg {
		b |= 1 << 63
	}
	return math.Float64frombits(b), true
}
