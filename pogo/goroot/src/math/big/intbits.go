package big

// Bitwise operations act on the infinite two's complement form of the
// operands: each is widened to n Words (enough to hold its sign), combined
// Word by Word, and the result converted back to sign and magnitude.

// twos returns the n-Word two's complement form of x.
func (x *Int) twos(n int) nat {
	t := make(nat, n)
	copy(t, x.abs)
	if x.neg {
		c := Word(1)
		for i := range t {
			v := ^t[i] + c
			if c == 1 && v != 0 {
				c = 0
			}
			t[i] = v
		}
	}
	return t
}

// setTwos sets z from the two's complement Words t (its top bit is the sign).
func (z *Int) setTwos(t nat) *Int {
	neg := len(t) > 0 && t[len(t)-1]>>(_W-1) == 1
	if neg {
		c := Word(1)
		for i := range t {
			v := ^t[i] + c
			if c == 1 && v != 0 {
				c = 0
			}
			t[i] = v
		}
	}
	z.abs = t.norm()
	z.neg = neg && len(z.abs) > 0
	return z
}

func widest(x, y *Int) int {
	n := len(x.abs)
	if len(y.abs) > n {
		n = len(y.abs)
	}
	return n + 1
}

// And sets z = x & y.
func (z *Int) And(x, y *Int) *Int {
	n := widest(x, y)
	a, b := x.twos(n), y.twos(n)
	for i := range a {
		a[i] &= b[i]
	}
	return z.setTwos(a)
}

// AndNot sets z = x &^ y.
func (z *Int) AndNot(x, y *Int) *Int {
	n := widest(x, y)
	a, b := x.twos(n), y.twos(n)
	for i := range a {
		a[i] &^= b[i]
	}
	return z.setTwos(a)
}

// Or sets z = x | y.
func (z *Int) Or(x, y *Int) *Int {
	n := widest(x, y)
	a, b := x.twos(n), y.twos(n)
	for i := range a {
		a[i] |= b[i]
	}
	return z.setTwos(a)
}

// Xor sets z = x ^ y.
func (z *Int) Xor(x, y *Int) *Int {
	n := widest(x, y)
	a, b := x.twos(n), y.twos(n)
	for i := range a {
		a[i] ^= b[i]
	}
	return z.setTwos(a)
}

// Not sets z = ^x, which is -x-1.
func (z *Int) Not(x *Int) *Int {
	a := x.twos(len(x.abs) + 1)
	for i := range a {
		a[i] = ^a[i]
	}
	return z.setTwos(a)
}

// Bit returns bit i of x's two's complement form; i < 0 panics.
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	if !x.neg {
		return x.abs.bit(uint(i))
	}
	t := nat(nil).sub(x.abs, nat{1})
	return t.bit(uint(i)) ^ 1
}

// SetBit sets z to x with bit i of its two's complement form set to b (0 or 1).
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	n := widest(x, x)
	if w := i/_W + 2; w > n {
		n = w
	}
	a := x.twos(n)
	mask := Word(1) << (uint(i) % _W)
	if b == 1 {
		a[i/_W] |= mask
	} else {
		a[i/_W] &^= mask
	}
	return z.setTwos(a)
}
