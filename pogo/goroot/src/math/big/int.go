package big

// An Int is a signed integer of any size; its zero value is 0. Methods set
// the receiver to the result and return it, and operands may alias it.
type Int struct {
	neg bool // sign; never true for 0
	abs nat  // magnitude
}

var intOne = &Int{abs: nat{1}}

// NewInt returns a new Int set to x.
func NewInt(x int64) *Int { return new(Int).SetInt64(x) }

// Sign returns -1, 0 or +1 as x is negative, zero or positive.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 sets z to x.
func (z *Int) SetInt64(x int64) *Int {
	neg := x < 0
	u := uint64(x)
	if neg {
		u = -u
	}
	z.abs = z.abs.setUint64(u)
	z.neg = neg
	return z
}

// SetUint64 sets z to x.
func (z *Int) SetUint64(x uint64) *Int {
	z.abs = z.abs.setUint64(x)
	z.neg = false
	return z
}

// Set sets z to x.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = z.abs.set(x.abs)
		z.neg = x.neg
	}
	return z
}

// Bits returns the little-endian Words of |x|, sharing storage with x.
func (x *Int) Bits() []Word { return x.abs }

// SetBits sets z to the value of the little-endian Words abs, sharing them.
func (z *Int) SetBits(abs []Word) *Int {
	z.abs = nat(abs).norm()
	z.neg = false
	return z
}

// Abs sets z to |x|.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

// Add sets z to x + y.
func (z *Int) Add(x, y *Int) *Int {
	neg := x.neg
	if x.neg == y.neg {
		z.abs = z.abs.add(x.abs, y.abs)
	} else if x.abs.cmp(y.abs) >= 0 {
		z.abs = z.abs.sub(x.abs, y.abs)
	} else {
		neg = !neg
		z.abs = z.abs.sub(y.abs, x.abs)
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Sub sets z to x - y.
func (z *Int) Sub(x, y *Int) *Int {
	neg := x.neg
	if x.neg != y.neg {
		z.abs = z.abs.add(x.abs, y.abs)
	} else if x.abs.cmp(y.abs) >= 0 {
		z.abs = z.abs.sub(x.abs, y.abs)
	} else {
		neg = !neg
		z.abs = z.abs.sub(y.abs, x.abs)
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Mul sets z to x * y.
func (z *Int) Mul(x, y *Int) *Int {
	neg := x.neg != y.neg
	z.abs = z.abs.mul(x.abs, y.abs)
	z.neg = len(z.abs) > 0 && neg
	return z
}

// MulRange sets z to the product of the integers in [a, b] (1 if the range
// is empty).
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	z.abs = z.abs.mulRange(uint64(a), uint64(b))
	z.neg = neg
	return z
}

// Binomial sets z to the binomial coefficient C(n, k).
func (z *Int) Binomial(n, k int64) *Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var num, den Int
	num.MulRange(n-k+1, n)
	den.MulRange(1, k)
	return z.Quo(&num, &den)
}

// Quo sets z to x / y truncated towards zero; y == 0 panics.
func (z *Int) Quo(x, y *Int) *Int {
	neg := x.neg != y.neg
	q, _ := nat(nil).div(nil, x.abs, y.abs)
	z.abs = q
	z.neg = len(q) > 0 && neg
	return z
}

// Rem sets z to x - y*x.Quo(y): the remainder takes x's sign.
func (z *Int) Rem(x, y *Int) *Int {
	neg := x.neg
	_, r := nat(nil).div(nil, x.abs, y.abs)
	z.abs = r
	z.neg = len(r) > 0 && neg
	return z
}

// QuoRem sets z to x.Quo(y) and r to x.Rem(y) and returns both.
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	qneg, rneg := x.neg != y.neg, x.neg
	q, rr := nat(nil).div(nil, x.abs, y.abs)
	z.abs, r.abs = q, rr
	z.neg = len(q) > 0 && qneg
	r.neg = len(rr) > 0 && rneg
	return z, r
}

// Div sets z to the Euclidean quotient of x and y (the one whose remainder
// is never negative).
func (z *Int) Div(x, y *Int) *Int {
	yneg := y.neg
	var r Int
	z.QuoRem(x, y, &r)
	if r.neg {
		if yneg {
			z.Add(z, intOne)
		} else {
			z.Sub(z, intOne)
		}
	}
	return z
}

// Mod sets z to the Euclidean modulus of x and y: 0 <= z < |y|.
func (z *Int) Mod(x, y *Int) *Int {
	ya := nat(nil).set(y.abs)
	var q Int
	q.QuoRem(x, y, z)
	if z.neg {
		z.abs = z.abs.sub(ya, z.abs)
		z.neg = false
	}
	return z
}

// DivMod sets z to x.Div(y) and m to x.Mod(y) and returns both.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	yneg := y.neg
	ya := nat(nil).set(y.abs)
	z.QuoRem(x, y, m)
	if m.neg {
		if yneg {
			z.Add(z, intOne)
		} else {
			z.Sub(z, intOne)
		}
		m.abs = m.abs.sub(ya, m.abs)
		m.neg = false
	}
	return z, m
}

// Cmp compares x and y: -1, 0 or +1 as x <, ==, > y.
func (x *Int) Cmp(y *Int) int {
	switch {
	case x == y:
		return 0
	case x.neg == y.neg:
		c := x.abs.cmp(y.abs)
		if x.neg {
			c = -c
		}
		return c
	case x.neg:
		return -1
	}
	return 1
}

// CmpAbs compares |x| and |y|.
func (x *Int) CmpAbs(y *Int) int { return x.abs.cmp(y.abs) }

func low64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

// Int64 returns x as an int64 (undefined, the low bits, if it does not fit).
func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the low 64 bits of |x|.
func (x *Int) Uint64() uint64 { return low64(x.abs) }

// IsInt64 reports whether x fits in an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x fits in a uint64.
func (x *Int) IsUint64() bool { return !x.neg && len(x.abs) <= 1 }

// Float64 returns the float64 nearest x and how it compares with x.
func (x *Int) Float64() (float64, Accuracy) {
	n := x.abs.bitLen()
	if n == 0 {
		return 0, Exact
	}
	var f float64
	if n <= 53 {
		f = float64(low64(x.abs))
	} else {
		// keep 54 significant bits plus a sticky bit, so the one conversion
		// below rounds to nearest even exactly as the full value would
		sh := uint(n - 54)
		top := nat(nil).shr(x.abs, sh)
		m := low64(top)
		if x.abs.trailingZeroBits() < sh {
			m |= 1
		}
		f = float64(m)
		for i := uint(0); i < sh; i++ {
			f *= 2
		}
	}
	if x.neg {
		f = -f
	}
	var back Int
	acc := Exact
	if f > 1.7976931348623157e308 || f < -1.7976931348623157e308 {
		if x.neg {
			return f, Below
		}
		return f, Above
	}
	back.setFloat(f)
	switch back.Cmp(x) {
	case -1:
		acc = Below
	case 1:
		acc = Above
	}
	return f, acc
}

// setFloat sets z to the integral float64 f.
func (z *Int) setFloat(f float64) {
	neg := f < 0
	if neg {
		f = -f
	}
	exp := 0
	for f >= 1<<63 {
		f /= 2
		exp++
	}
	z.abs = z.abs.setUint64(uint64(f))
	z.abs = z.abs.shl(z.abs, uint(exp))
	z.neg = neg && len(z.abs) > 0
}

// Accuracy tells how a rounded result compares with the exact value.
type Accuracy int8

// The three accuracies.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (a Accuracy) String() string {
	switch a {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + itoa(int(a)) + ")"
}

func itoa(v int) string {
	var z Int
	return z.SetInt64(int64(v)).String()
}

// BitLen returns the length of |x| in bits (0 for 0).
func (x *Int) BitLen() int { return x.abs.bitLen() }

// TrailingZeroBits returns the number of consecutive zero bits at the bottom
// of |x|.
func (x *Int) TrailingZeroBits() uint { return x.abs.trailingZeroBits() }

// Lsh sets z to x << n.
func (z *Int) Lsh(x *Int, n uint) *Int {
	z.abs = z.abs.shl(x.abs, n)
	z.neg = x.neg && len(z.abs) > 0
	return z
}

// Rsh sets z to x >> n, rounding towards minus infinity as an arithmetic
// shift of the two's complement does.
func (z *Int) Rsh(x *Int, n uint) *Int {
	if x.neg {
		t := nat(nil).sub(x.abs, nat{1})
		t = t.shr(t, n)
		z.abs = z.abs.add(t, nat{1})
		z.neg = true
		return z
	}
	z.abs = z.abs.shr(x.abs, n)
	z.neg = false
	return z
}

// Exp sets z to x**y mod |m|. With m nil or 0 it is x**y, and 1 when y <= 0.
// With m != 0 and y < 0 it is the inverse of x to the power |y|; if there is
// no inverse z is unchanged and Exp returns nil.
func (z *Int) Exp(x, y, m *Int) *Int {
	return z.exp(x, y, m)
}

func (z *Int) exp(x, y, m *Int) *Int {
	var mabs nat
	if m != nil {
		mabs = nat(nil).set(m.abs)
	}
	xv := new(Int).Set(x)
	if y.neg {
		if len(mabs) == 0 {
			return z.SetInt64(1)
		}
		inv := new(Int).ModInverse(xv, &Int{abs: mabs})
		if inv == nil {
			return nil
		}
		xv = inv
	}
	yodd := len(y.abs) > 0 && y.abs[0]&1 == 1
	z.abs = z.abs.expNN(xv.abs, y.abs, mabs)
	z.neg = len(z.abs) > 0 && xv.neg && yodd
	if z.neg && len(mabs) > 0 {
		z.abs = z.abs.sub(mabs, z.abs)
		z.neg = false
	}
	return z
}

// GCD sets z to the greatest common divisor of a and b (never negative).
// When x or y is not nil, they are set so that z = a*x + b*y.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		la, lb, aneg, bneg := len(a.abs), len(b.abs), a.neg, b.neg
		if la == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if la == 0 {
				x.SetInt64(0)
			} else {
				x.SetInt64(1)
				x.neg = aneg
			}
		}
		if y != nil {
			if lb == 0 {
				y.SetInt64(0)
			} else {
				y.SetInt64(1)
				y.neg = bneg
			}
		}
		return z
	}
	av := new(Int).Set(a)
	bv := new(Int).Set(b)
	// extended Euclid on |a|, |b|, following the coefficient of |a|
	r0 := new(Int).Abs(av)
	r1 := new(Int).Abs(bv)
	s0 := NewInt(1)
	s1 := NewInt(0)
	q := new(Int)
	t := new(Int)
	for len(r1.abs) > 0 {
		q.QuoRem(r0, r1, t)
		r0, r1, t = r1, t, r0
		t.Mul(q, s1)
		t.Sub(s0, t)
		s0, s1, t = s1, t, s0
	}
	if av.neg {
		s0.Neg(s0)
	}
	if y != nil {
		// y = (g - a*x) / b
		t.Mul(av, s0)
		t.Sub(r0, t)
		y.Quo(t, bv)
	}
	if x != nil {
		x.Set(s0)
	}
	z.Set(r0)
	return z
}

// ModInverse sets z to the inverse of g modulo n and returns it, or returns
// nil (z unchanged) when g and n are not coprime.
func (z *Int) ModInverse(g, n *Int) *Int {
	nv := new(Int).Abs(n)
	gv := new(Int).Set(g)
	if gv.neg {
		gv.Mod(gv, nv)
	}
	var d, x Int
	d.GCD(&x, nil, gv, nv)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, nv)
	} else {
		z.Set(&x)
	}
	return z
}

// Sqrt sets z to floor(sqrt(x)); it panics for negative x.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	z.abs = z.abs.sqrt(x.abs)
	z.neg = false
	return z
}

var smallPrimes = []Word{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71}

// ProbablyPrime reports whether x is probably prime: trial division by small
// primes, then Miller-Rabin with the first twelve prime bases (exact below
// 3.3e24) and n more pseudo-random bases. It panics for n < 0.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	if len(x.abs) == 1 && x.abs[0] < 72 {
		for _, p := range smallPrimes {
			if x.abs[0] == p {
				return true
			}
		}
		return false
	}
	for _, p := range smallPrimes {
		if x.abs.modW(p) == 0 {
			return false
		}
	}
	nm1 := nat(nil).sub(x.abs, nat{1})
	k := nm1.trailingZeroBits()
	q := nat(nil).shr(nm1, k)
	witness := func(a nat) bool {
		y := nat(nil).expNN(a, q, x.abs)
		if len(y) == 1 && y[0] == 1 || y.cmp(nm1) == 0 {
			return false
		}
		for j := uint(1); j < k; j++ {
			y = y.mul(y, y)
			_, y = nat(nil).div(nil, y, x.abs)
			if y.cmp(nm1) == 0 {
				return false
			}
			if len(y) == 1 && y[0] == 1 {
				return true
			}
		}
		return true
	}
	for _, p := range smallPrimes[:12] {
		if witness(nat{p}) {
			return false
		}
	}
	seed := uint64(x.abs[0]) | 1
	nm3 := nat(nil).sub(x.abs, nat{3})
	for i := 0; i < n; i++ {
		a := make(nat, len(x.abs))
		for j := range a {
			seed ^= seed << 13
			seed ^= seed >> 7
			seed ^= seed << 17
			a[j] = Word(seed)
		}
		_, a = nat(nil).div(nil, a.norm(), nm3)
		a = a.add(a, nat{2})
		if witness(a) {
			return false
		}
	}
	return true
}

// Jacobi returns the Jacobi symbol (x/y): +1, -1 or 0. y must be odd.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic("big: invalid 2nd argument to Int.Jacobi: need odd integer but got " + y.String())
	}
	a := new(Int).Set(x)
	b := new(Int).Abs(y)
	j := 1
	if y.neg && x.neg {
		j = -1
	}
	for {
		if len(b.abs) == 1 && b.abs[0] == 1 {
			return j
		}
		a.Mod(a, b)
		if len(a.abs) == 0 {
			return 0
		}
		// (2/b) is -1 exactly when b is 3 or 5 mod 8
		s := a.abs.trailingZeroBits()
		if s&1 == 1 {
			if m := b.abs[0] & 7; m == 3 || m == 5 {
				j = -j
			}
		}
		a.Rsh(a, s)
		// quadratic reciprocity: swapping flips the sign when both are 3 mod 4
		if a.abs[0]&3 == 3 && b.abs[0]&3 == 3 {
			j = -j
		}
		a, b = b, a
	}
}
