package strconv

import "math/bits"

// pow10Word returns word k (0 high, 1 low) of the 128-bit mantissa of 10^q.
func pow10Word(q, k int) uint64 {
	off := 16*(q-pow10MinExp) + 8*k
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(pow10Tab[off+i])
	}
	return v
}

// eiselLemire converts man × 10^q to the format's bits by Lemire's method:
// multiply the normalised mantissa by a 128-bit approximation of 10^q and
// take the top mantBits+2 bits, giving up (ok false) when the truncated
// product cannot decide the rounding, or the result is subnormal or
// infinite. When ok, the result is the correctly rounded value.
func (f floatFormat) eiselLemire(man uint64, q int, neg bool) (uint64, bool) {
	sign := uint64(0)
	if neg {
		sign = 1 << (f.mantBits + f.expBits)
	}
	if man == 0 {
		return sign, true
	}
	if q < pow10MinExp || q > pow10MaxExp {
		return 0, false
	}
	low := 64 - (f.mantBits + 3) // product bits below the mantissa and its rounding bit
	lowMask := uint64(1)<<low - 1
	bias := -f.minExp + 1
	clz := bits.LeadingZeros64(man)
	man <<= uint(clz)
	exp2 := uint64(217706*q>>16+64+bias) - uint64(clz)
	hi, lo := bits.Mul64(man, pow10Word(q, 0))
	if hi&lowMask == lowMask && lo+man < man {
		// the low 64 bits of 10^q could carry into the bits that matter
		yHi, yLo := bits.Mul64(man, pow10Word(q, 1))
		mHi, mLo := hi, lo+yHi
		if mLo < lo {
			mHi++
		}
		if mHi&lowMask == lowMask && mLo+1 == 0 && yLo+man < man {
			return 0, false
		}
		hi, lo = mHi, mLo
	}
	top := hi >> 63
	mant := hi >> (top + uint64(low))
	exp2 -= 1 ^ top
	if lo == 0 && hi&lowMask == 0 && mant&3 == 1 {
		return 0, false // exactly halfway as far as we can tell
	}
	mant += mant & 1
	mant >>= 1
	if mant>>(f.mantBits+1) > 0 {
		mant >>= 1
		exp2++
	}
	maxBiased := uint64(1)<<f.expBits - 1
	if exp2-1 >= maxBiased-1 {
		return 0, false // subnormal or overflow: leave to the exact method
	}
	return sign | exp2<<f.mantBits | mant&(1<<f.mantBits-1), true
}
