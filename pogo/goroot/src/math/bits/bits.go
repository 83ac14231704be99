// Package bits counts and manipulates the bits of unsigned integers.
// pogo's version: the whole API of gc's package, written as plain Go (gc
// replaces many of these functions by single instructions).
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

// LeadingZeros returns the number of leading zero bits in x; UintSize for 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 returns the number of leading zero bits in x; 8 for 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 returns the number of leading zero bits in x; 16 for 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 returns the number of leading zero bits in x; 32 for 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 returns the number of leading zero bits in x; 64 for 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros returns the number of trailing zero bits in x; UintSize for 0.
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 returns the number of trailing zero bits in x; 8 for 0.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros16 returns the number of trailing zero bits in x; 16 for 0.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 returns the number of trailing zero bits in x; 32 for 0.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros64 returns the number of trailing zero bits in x; 64 for 0.
func TrailingZeros64(x uint64) int // an intrinsic: BSF (pogo/compile/amd64/intrinsics.py)

// OnesCount returns the number of one bits ("population count") in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns the number of one bits in x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 returns the number of one bits in x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 returns the number of one bits in x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 returns the number of one bits in x.
func OnesCount64(x uint64) int {
	// Sum bits in pairs, then nibbles, then bytes, then add the bytes up.
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0F0F0F0F0F0F0F0F
	return int((x * 0x0101010101010101) >> 56)
}

// RotateLeft returns x rotated left by k mod UintSize bits; a negative k
// rotates right.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// RotateLeft8 returns x rotated left by k mod 8 bits.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns x rotated left by k mod 16 bits.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns x rotated left by k mod 32 bits.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns x rotated left by k mod 64 bits.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse returns x with its bits in reverse order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns x with its bits in reverse order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns x with its bits in reverse order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns x with its bits in reverse order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns x with its bits in reverse order.
func Reverse64(x uint64) uint64 {
	// Swap neighbouring bits, then pairs, then nibbles; then the bytes.
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0F0F0F0F0F0F0F0F | x&0x0F0F0F0F0F0F0F0F<<4
	return ReverseBytes64(x)
}

// ReverseBytes returns x with its bytes in reverse order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns x with its bytes in reverse order.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with its bytes in reverse order.
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00FF00FF00FF00FF | x&0x00FF00FF00FF00FF<<8
	x = x>>16&0x0000FFFF0000FFFF | x&0x0000FFFF0000FFFF<<16
	return x>>32 | x<<32
}

// Len returns the number of bits needed to represent x; 0 for 0.
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 returns the number of bits needed to represent x; 0 for 0.
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 returns the number of bits needed to represent x; 0 for 0.
func Len16(x uint16) int { return Len64(uint64(x)) }

// Len32 returns the number of bits needed to represent x; 0 for 0.
func Len32(x uint32) int { return Len64(uint64(x)) }

// Len64 returns the number of bits needed to represent x; 0 for 0.
func Len64(x uint64) (n int) // an intrinsic: BSR

// Add returns x+y+carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x+y+carry and the carry out; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 returns x+y+carry and the carry out; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry leaves the top bit when both tops were set, or when either was
	// and the sum's is not.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return sum, carryOut
}

// Sub returns x-y-borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x-y-borrow and the borrow out; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return diff, borrowOut
}

// Sub64 returns x-y-borrow and the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return diff, borrowOut
}

// Mul returns the double-width product of x and y: hi, lo.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y as hi, lo.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y as hi, lo.
func Mul64(x, y uint64) (hi, lo uint64) // an intrinsic: MUL

// Div returns the quotient and remainder of (hi, lo) divided by y. It
// panics when y is 0 or when the quotient does not fit (y <= hi).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 is Div for 32-bit halves.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic("runtime error: integer overflow")
	}
	z := uint64(hi)<<32 | uint64(lo)
	q := z / uint64(y)
	return uint32(q), uint32(z - q*uint64(y))
}

func divideByZero() {
	zero := 0
	_ = 1 / zero
}

// Div64 is Div for 64-bit halves.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		divideByZero()
	}
	if y <= hi {
		panic("runtime error: integer overflow")
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division, one bit at a time: the running remainder stays below
	// y, so it fits in 64 bits plus the bit shifted out.
	r := hi
	for i := 63; i >= 0; i-- {
		top := r >> 63
		r = r<<1 | (lo>>uint(i))&1
		quo <<= 1
		if top != 0 || r >= y {
			r -= y
			quo |= 1
		}
	}
	return quo, r
}

// Rem returns the remainder of (hi, lo) divided by y; unlike Div it does
// not panic when the quotient overflows. It panics when y is 0.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 is Rem for 32-bit halves.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 is Rem for 64-bit halves.
func Rem64(hi, lo, y uint64) uint64 {
	if y == 0 {
		divideByZero()
	}
	_, r := Div64(hi%y, lo, y)
	return r
}
