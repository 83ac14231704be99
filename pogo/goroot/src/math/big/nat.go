// Package big implements arbitrary-precision integers (Int). Magnitudes are
// little-endian slices of 64-bit words; arithmetic is schoolbook, built on
// math/bits' double-word primitives.
package big

import "math/bits"

// A Word is one digit of a magnitude, in base 2**64.
type Word uint

const (
	_W = bits.UintSize // bits per Word
	_M = ^Word(0)      // largest Word
)

// nat is an unsigned magnitude: little-endian Words, no high zero Words
// once normalised (zero is the empty slice).
type nat []Word

func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[:i]
}

// make returns z resized to n Words, reusing its array when large enough.
func (z nat) make(n int) nat {
	if n <= cap(z) {
		return z[:n]
	}
	return make(nat, n, n+4)
}

func (z nat) setWord(x Word) nat {
	if x == 0 {
		return z[:0]
	}
	z = z.make(1)
	z[0] = x
	return z
}

func (z nat) setUint64(x uint64) nat { return z.setWord(Word(x)) }

func (z nat) set(x nat) nat {
	z = z.make(len(x))
	copy(z, x)
	return z
}

// sameArray reports whether x and y share their backing array, in which case
// a result cannot be written into one while the other is still being read.
func sameArray(x, y nat) bool {
	return cap(x) > 0 && cap(y) > 0 && &x[0:cap(x)][cap(x)-1] == &y[0:cap(y)][cap(y)-1]
}

func (x nat) cmp(y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// add sets z = x + y. Word i of the result is written only after Word i of
// both operands has been read, so z may be x or y.
func (z nat) add(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	m, n := len(x), len(y)
	if m == 0 {
		return z[:0]
	}
	if n == 0 {
		return z.set(x)
	}
	z = z.make(m + 1)
	// carries are computed inline: the calls of math/bits would not be
	// inlined into this loop
	var c Word
	for i := 0; i < n; i++ {
		xi, yi := x[i], y[i]
		s := xi + yi + c
		c = (xi&yi | (xi|yi)&^s) >> (_W - 1)
		z[i] = s
	}
	for i := n; i < m; i++ {
		xi := x[i]
		s := xi + c
		c = (xi &^ s) >> (_W - 1)
		z[i] = s
	}
	z[m] = c
	return z.norm()
}

// sub sets z = x - y for x >= y; z may be x or y.
func (z nat) sub(x, y nat) nat {
	m, n := len(x), len(y)
	if m < n {
		panic("underflow")
	}
	if n == 0 {
		return z.set(x)
	}
	z = z.make(m)
	var b Word
	for i := 0; i < n; i++ {
		xi, yi := x[i], y[i]
		d := xi - yi - b
		b = (^xi&yi | ^(xi^yi)&d) >> (_W - 1)
		z[i] = d
	}
	for i := n; i < m; i++ {
		xi := x[i]
		d := xi - b
		b = (^xi & d) >> (_W - 1)
		z[i] = d
	}
	if b != 0 {
		panic("underflow")
	}
	return z.norm()
}

// mulAddWW sets z = x*y + r; z may be x.
func (z nat) mulAddWW(x nat, y, r Word) nat {
	m := len(x)
	if m == 0 || y == 0 {
		return z.setWord(r)
	}
	z = z.make(m + 1)
	c := r
	y0, y1 := y&mask32, y>>32
	for i := 0; i < m; i++ {
		xi := x[i]
		x0, x1 := xi&mask32, xi>>32
		t := x0 * y0
		mid := x1*y0 + t>>32
		mid2 := mid&mask32 + x0*y1
		hi := x1*y1 + mid>>32 + mid2>>32
		lo := xi * y
		s := lo + c
		hi += (lo&c | (lo|c)&^s) >> (_W - 1)
		z[i] = s
		c = hi
	}
	z[m] = c
	return z.norm()
}

// mul sets z = x * y by the schoolbook method.
func (z nat) mul(x, y nat) nat {
	m, n := len(x), len(y)
	if m < n {
		x, y = y, x
		m, n = n, m
	}
	if n == 0 {
		return z[:0]
	}
	if n == 1 {
		return z.mulAddWW(x, y[0], 0)
	}
	if n >= karatsubaThreshold {
		return z.set(karatsuba(x, y))
	}
	if sameArray(z, x) || sameArray(z, y) {
		z = nil
	}
	z = z.make(m + n)
	for i := range z {
		z[i] = 0
	}
	for j := 0; j < n; j++ {
		d := y[j]
		if d == 0 {
			continue
		}
		d0, d1 := d&mask32, d>>32
		var c Word
		row := z[j : j+m]
		for i, xi := range x {
			// (hi, lo) = xi*d + row[i] + c, which cannot overflow two Words
			x0, x1 := xi&mask32, xi>>32
			t := x0 * d0
			mid := x1*d0 + t>>32
			mid2 := mid&mask32 + x0*d1
			hi := x1*d1 + mid>>32 + mid2>>32
			lo := xi * d
			ri := row[i]
			s := lo + ri
			hi += (lo&ri | (lo|ri)&^s) >> (_W - 1)
			s2 := s + c
			hi += (s&c | (s|c)&^s2) >> (_W - 1)
			row[i] = s2
			c = hi
		}
		z[j+m] = c
	}
	return z.norm()
}

const mask32 = 1<<32 - 1

// karatsubaThreshold is the length (in Words) of the shorter factor from
// which Karatsuba's three half-size products beat the schoolbook method.
const karatsubaThreshold = 40

// karatsuba returns x*y for len(x) >= len(y) >= karatsubaThreshold. A much
// longer x is cut into pieces of y's length first.
func karatsuba(x, y nat) nat {
	m, n := len(x), len(y)
	r := make(nat, m+n+1)
	if m >= 2*n {
		for i := 0; i < m; i += n {
			end := i + n
			if end > m {
				end = m
			}
			addAt(r, nat(nil).mul(x[i:end].norm(), y), i)
		}
		return r.norm()
	}
	h := n / 2
	x0, x1 := x[:h].norm(), x[h:]
	y0, y1 := y[:h].norm(), y[h:]
	z0 := nat(nil).mul(x0, y0)
	z2 := nat(nil).mul(x1, y1)
	z1 := nat(nil).mul(nat(nil).add(x0, x1), nat(nil).add(y0, y1))
	z1 = z1.sub(z1, z0)
	z1 = z1.sub(z1, z2)
	copy(r, z0)
	addAt(r, z1, h)
	addAt(r, z2, 2*h)
	return r.norm()
}

// addAt adds x into z starting at Word i; z must be long enough for the sum.
func addAt(z, x nat, i int) {
	var c Word
	for j, xj := range x {
		zi := z[i+j]
		s := zi + xj + c
		c = (zi&xj | (zi|xj)&^s) >> (_W - 1)
		z[i+j] = s
	}
	for k := i + len(x); c != 0; k++ {
		z[k]++
		if z[k] != 0 {
			c = 0
		}
	}
}

// divWW divides the double Word u1:u0 by v (u1 < v), in two 32-bit steps
// after normalising v so its top bit is set.
func divWW(u1, u0, v Word) (q, r Word) {
	if u1 == 0 {
		return u0 / v, u0 % v
	}
	s := uint(bits.LeadingZeros(uint(v)))
	return divNorm(u1, u0, v<<s, s)
}

// divNorm is divWW for a divisor v already shifted left by s so its top bit
// is set (u1 < the unshifted divisor).
func divNorm(u1, u0, v Word, s uint) (q, r Word) {
	if u1 == 0 && s == 0 {
		return u0 / v, u0 % v
	}
	vh, vl := v>>32, v&0xffffffff
	hi := u1 << s
	if s > 0 {
		hi |= u0 >> (_W - s)
	}
	lo := u0 << s
	l1, l0 := lo>>32, lo&0xffffffff

	q1 := hi / vh
	rh := hi - q1*vh
	for q1 > 0xffffffff || q1*vl > rh<<32|l1 {
		q1--
		rh += vh
		if rh > 0xffffffff {
			break
		}
	}
	mid := hi<<32 + l1 - q1*v
	q0 := mid / vh
	rh = mid - q0*vh
	for q0 > 0xffffffff || q0*vl > rh<<32|l0 {
		q0--
		rh += vh
		if rh > 0xffffffff {
			break
		}
	}
	return q1<<32 | q0, (mid<<32 + l0 - q0*v) >> s
}

// divW sets q = x / y and returns the remainder; q may be x.
func (z nat) divW(x nat, y Word) (q nat, r Word) {
	m := len(x)
	switch {
	case y == 0:
		panic("division by zero")
	case y == 1:
		return z.set(x), 0
	case m == 0:
		return z[:0], 0
	}
	z = z.make(m)
	s := uint(bits.LeadingZeros(uint(y)))
	yn := y << s
	for i := m - 1; i >= 0; i-- {
		z[i], r = divNorm(r, x[i], yn, s)
	}
	return z.norm(), r
}

// modW returns x mod y.
func (x nat) modW(y Word) (r Word) {
	s := uint(bits.LeadingZeros(uint(y)))
	yn := y << s
	for i := len(x) - 1; i >= 0; i-- {
		_, r = divNorm(r, x[i], yn, s)
	}
	return r
}

// div returns the quotient and remainder of u / v as fresh magnitudes
// (Knuth's algorithm D on a normalised divisor).
func (z nat) div(z2, u, v nat) (q, r nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if u.cmp(v) < 0 {
		return z[:0], nat(nil).set(u)
	}
	if len(v) == 1 {
		qq, rw := nat(nil).divW(u, v[0])
		return qq, nat(nil).setWord(rw)
	}
	n := len(v)
	m := len(u) - n
	s := uint(bits.LeadingZeros(uint(v[n-1])))
	vn := nat(nil).shl(v, s)
	un := make(nat, len(u)+1)
	copy(un, nat(nil).shl(u, s))
	q = make(nat, m+1)
	vTop, vNext := vn[n-1], vn[n-2]
	for j := m; j >= 0; j-- {
		var qhat, rhat Word
		refine := true
		if un[j+n] >= vTop {
			qhat = _M
			sum, c := bits.Add64(uint64(un[j+n-1]), uint64(vTop), 0)
			rhat = Word(sum)
			refine = c == 0
		} else {
			qhat, rhat = divWW(un[j+n], un[j+n-1], vTop)
		}
		for refine {
			ph, pl := bits.Mul64(uint64(qhat), uint64(vNext))
			if Word(ph) < rhat || Word(ph) == rhat && Word(pl) <= un[j+n-2] {
				break
			}
			qhat--
			sum, c := bits.Add64(uint64(rhat), uint64(vTop), 0)
			rhat = Word(sum)
			refine = c == 0
		}
		if subMul(un[j:j+n+1], vn, qhat) != 0 {
			qhat--
			var c uint64
			for i := 0; i < n; i++ {
				sum, cc := bits.Add64(uint64(un[j+i]), uint64(vn[i]), c)
				un[j+i] = Word(sum)
				c = cc
			}
			un[j+n] += Word(c)
		}
		q[j] = qhat
	}
	r = nat(nil).shr(un[:n].norm(), s)
	return q.norm(), r
}

// subMul subtracts q*v from u (len(u) == len(v)+1) and returns the borrow.
func subMul(u, v nat, q Word) Word {
	var carry, borrow Word
	q0, q1 := q&mask32, q>>32
	for i, vi := range v {
		x0, x1 := vi&mask32, vi>>32
		t := x0 * q0
		mid := x1*q0 + t>>32
		mid2 := mid&mask32 + x0*q1
		hi := x1*q1 + mid>>32 + mid2>>32
		lo := vi * q
		s := lo + carry
		carry = hi + (lo&carry|(lo|carry)&^s)>>(_W-1)
		ui := u[i]
		d := ui - s - borrow
		borrow = (^ui&s | ^(ui^s)&d) >> (_W - 1)
		u[i] = d
	}
	n := len(v)
	d, b := bits.Sub64(uint64(u[n]), uint64(carry), uint64(borrow))
	u[n] = Word(d)
	return Word(b)
}

// shl sets z = x << s; Words are written from the top down, so z may be x.
func (z nat) shl(x nat, s uint) nat {
	m := len(x)
	if m == 0 {
		return z[:0]
	}
	if s == 0 {
		return z.set(x)
	}
	ws := int(s / _W)
	bs := s % _W
	n := m + ws
	z = z.make(n + 1)
	if bs == 0 {
		for i := m - 1; i >= 0; i-- {
			z[i+ws] = x[i]
		}
		z[n] = 0
	} else {
		z[n] = x[m-1] >> (_W - bs)
		for i := m - 1; i > 0; i-- {
			z[i+ws] = x[i]<<bs | x[i-1]>>(_W-bs)
		}
		z[ws] = x[0] << bs
	}
	for i := 0; i < ws; i++ {
		z[i] = 0
	}
	return z.norm()
}

// shr sets z = x >> s; Words are written from the bottom up, so z may be x.
func (z nat) shr(x nat, s uint) nat {
	m := len(x)
	ws := int(s / _W)
	n := m - ws
	if n <= 0 {
		return z[:0]
	}
	bs := s % _W
	z = z.make(n)
	if bs == 0 {
		for i := 0; i < n; i++ {
			z[i] = x[i+ws]
		}
	} else {
		for i := 0; i < n-1; i++ {
			z[i] = x[i+ws]>>bs | x[i+ws+1]<<(_W-bs)
		}
		z[n-1] = x[m-1] >> bs
	}
	return z.norm()
}

func (x nat) bitLen() int {
	if len(x) == 0 {
		return 0
	}
	return (len(x)-1)*_W + bits.Len(uint(x[len(x)-1]))
}

func (x nat) bit(i uint) uint {
	w := int(i / _W)
	if w >= len(x) {
		return 0
	}
	return uint(x[w]>>(i%_W)) & 1
}

func (x nat) trailingZeroBits() uint {
	for i, w := range x {
		if w != 0 {
			return uint(i)*_W + uint(bits.TrailingZeros(uint(w)))
		}
	}
	return 0
}

// mulRange returns the product of the integers in [a, b], splitting the
// range in halves so the factors stay balanced.
func (z nat) mulRange(a, b uint64) nat {
	switch {
	case a == 0:
		return z.setWord(0)
	case a > b:
		return z.setWord(1)
	case a == b:
		return z.setUint64(a)
	case a+1 == b:
		return z.mul(nat(nil).setUint64(a), nat(nil).setUint64(b))
	}
	if b-a < 8 {
		p := nat(nil).setUint64(a)
		for i := a + 1; i <= b; i++ {
			p = p.mulAddWW(p, Word(i), 0)
		}
		return z.set(p)
	}
	m := a + (b-a)/2
	return z.mul(nat(nil).mulRange(a, m), nat(nil).mulRange(m+1, b))
}

// sqrt returns floor(sqrt(x)). The root of x's top half of bits, scaled
// back, is within a few units of the answer at half the precision, so
// Newton's iteration from just above it needs only a couple of steps.
func (z nat) sqrt(x nat) nat {
	n := x.bitLen()
	if n == 0 {
		return z[:0]
	}
	var r nat
	if n <= 64 {
		r = nat(nil).shl(nat{1}, uint(n+1)/2)
	} else {
		k := uint(n / 4)
		r = nat(nil).sqrt(nat(nil).shr(x, 2*k))
		r = r.add(r, nat{1})
		r = r.shl(r, k)
	}
	// r >= floor(sqrt(x)); Newton's steps decrease until they reach it
	for {
		q, _ := nat(nil).div(nil, x, r)
		next := nat(nil).add(r, q)
		next = next.shr(next, 1)
		if next.cmp(r) >= 0 {
			return z.set(r)
		}
		r = next
	}
}

// expNN returns x**y mod m (no reduction when m is empty).
func (z nat) expNN(x, y, m nat) nat {
	if len(m) == 1 && m[0] == 1 {
		return z[:0]
	}
	if len(y) == 0 {
		return z.setWord(1)
	}
	base := nat(nil).set(x)
	if len(m) > 0 {
		_, base = nat(nil).div(nil, base, m)
	}
	acc := nat(nil).setWord(1)
	for i := y.bitLen() - 1; i >= 0; i-- {
		acc = nat(nil).mul(acc, acc)
		if len(m) > 0 {
			_, acc = nat(nil).div(nil, acc, m)
		}
		if y.bit(uint(i)) != 0 {
			acc = nat(nil).mul(acc, base)
			if len(m) > 0 {
				_, acc = nat(nil).div(nil, acc, m)
			}
		}
	}
	return z.set(acc)
}
