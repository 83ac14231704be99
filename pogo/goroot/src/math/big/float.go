package big

import (
	"fmt"
	"math"
	"strings"
)

// A Float is a binary floating-point number of chosen precision (mantissa
// bits), rounded after every operation by its rounding mode. The zero value
// is +0 with precision 0, which an operation replaces by its operands'.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form byte // fZero, fFinite or fInf
	neg  bool
	mant nat // finite: value = mant * 2**exp, mant != 0
	exp  int
}

const (
	fZero byte = iota
	fFinite
	fInf
)

// MaxPrec is the largest precision a Float can have.
const MaxPrec = math.MaxUint32

// MaxExp and MinExp bound the binary exponent of a Float (x = mant * 2**exp
// with 0.5 <= mant < 1).
const (
	MaxExp = math.MaxInt32
	MinExp = math.MinInt32
)

// RoundingMode says how a result is rounded to the precision.
type RoundingMode byte

// The rounding modes.
const (
	ToNearestEven RoundingMode = iota
	ToNearestAway
	ToZero
	AwayFromZero
	ToNegativeInf
	ToPositiveInf
)

func (m RoundingMode) String() string {
	switch m {
	case ToNearestEven:
		return "ToNearestEven"
	case ToNearestAway:
		return "ToNearestAway"
	case ToZero:
		return "ToZero"
	case AwayFromZero:
		return "AwayFromZero"
	case ToNegativeInf:
		return "ToNegativeInf"
	case ToPositiveInf:
		return "ToPositiveInf"
	}
	return "RoundingMode(" + itoa(int(m)) + ")"
}

// ErrNaN is the panic value of an operation whose IEEE 754 result is NaN.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string { return err.msg }

// NewFloat returns a new Float set to x with precision 53; a NaN panics.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		panic(ErrNaN{"NewFloat(NaN)"})
	}
	return new(Float).SetFloat64(x)
}

// SetPrec sets z's precision, rounding its value; 0 makes finite values ±0.
func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact
	if prec == 0 {
		z.prec = 0
		if z.form == fFinite {
			z.acc = z.zeroAcc()
			z.form = fZero
			z.mant = nil
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	z.prec = uint32(prec)
	z.round(false)
	return z
}

// zeroAcc is the accuracy of replacing z's finite value by zero.
func (z *Float) zeroAcc() Accuracy {
	if z.neg {
		return Above
	}
	return Below
}

// SetMode sets z's rounding mode (the value is not changed) and clears its
// accuracy.
func (z *Float) SetMode(mode RoundingMode) *Float {
	z.mode = mode
	z.acc = Exact
	return z
}

// Prec returns x's precision in bits.
func (x *Float) Prec() uint { return uint(x.prec) }

// MinPrec returns the fewest bits that represent x exactly.
func (x *Float) MinPrec() uint {
	if x.form != fFinite {
		return 0
	}
	return uint(x.mant.bitLen()) - x.mant.trailingZeroBits()
}

// Mode returns x's rounding mode.
func (x *Float) Mode() RoundingMode { return x.mode }

// Acc returns the accuracy of the last operation that produced x.
func (x *Float) Acc() Accuracy { return x.acc }

// Sign returns -1, 0 or +1.
func (x *Float) Sign() int {
	if x.form == fZero {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// Signbit reports whether x is negative or negative zero.
func (x *Float) Signbit() bool { return x.neg }

// IsInf reports whether x is an infinity.
func (x *Float) IsInf() bool { return x.form == fInf }

// IsInt reports whether x is an integer (infinities are not).
func (x *Float) IsInt() bool {
	if x.form != fFinite {
		return x.form == fZero
	}
	return x.exp >= 0 || int(x.mant.trailingZeroBits()) >= -x.exp
}

// round rounds z's mantissa to z.prec bits in z's mode and sets z.acc. With
// sticky, the exact value lies just beyond mant (in magnitude) by less than
// one unit of its lowest bit.
func (z *Float) round(sticky bool) {
	z.acc = Exact
	if z.form != fFinite {
		return
	}
	if z.prec == 0 {
		z.acc = z.zeroAcc()
		z.form, z.mant = fZero, nil
		return
	}
	bl := z.mant.bitLen()
	prec := int(z.prec)
	if bl <= prec && !sticky {
		return
	}
	d := bl - prec
	var half, rest bool
	q := z.mant
	if d > 0 {
		half = z.mant.bit(uint(d-1)) == 1
		rest = sticky || int(z.mant.trailingZeroBits()) < d-1
		q = nat(nil).shr(z.mant, uint(d))
	} else {
		// only the sticky part is lost: below half a unit
		d = 0
		rest = true
	}
	if !half && !rest {
		z.mant, z.exp = q, z.exp+d
		return
	}
	inc := false
	switch z.mode {
	case ToNearestEven:
		inc = half && (rest || len(q) > 0 && q[0]&1 == 1)
	case ToNearestAway:
		inc = half
	case AwayFromZero:
		inc = true
	case ToNegativeInf:
		inc = z.neg
	case ToPositiveInf:
		inc = !z.neg
	}
	if inc {
		q = nat(nil).add(q, nat{1})
		if q.bitLen() > prec {
			q = q.shr(q, 1)
			d++
		}
	}
	z.mant, z.exp = q, z.exp+d
	if inc != z.neg {
		z.acc = Above
	} else {
		z.acc = Below
	}
}

func (z *Float) setMant(neg bool, m nat, exp int) {
	z.neg = neg
	if len(m) == 0 {
		z.form, z.mant, z.exp = fZero, nil, 0
		return
	}
	z.form, z.mant, z.exp = fFinite, m, exp
}

// SetUint64 sets z to x (precision 64 when z's is 0).
func (z *Float) SetUint64(x uint64) *Float {
	if z.prec == 0 {
		z.prec = 64
	}
	z.setMant(false, nat(nil).setUint64(x), 0)
	z.round(false)
	return z
}

// SetInt64 sets z to x (precision 64 when z's is 0).
func (z *Float) SetInt64(x int64) *Float {
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	z.SetUint64(u)
	z.neg = x < 0
	return z
}

// SetFloat64 sets z to exactly x (precision 53 when z's is 0); NaN panics.
func (z *Float) SetFloat64(x float64) *Float {
	if z.prec == 0 {
		z.prec = 53
	}
	if math.IsNaN(x) {
		panic(ErrNaN{"Float.SetFloat64(NaN)"})
	}
	neg := math.Signbit(x)
	if math.IsInf(x, 0) {
		z.form, z.neg, z.mant, z.acc = fInf, neg, nil, Exact
		return z
	}
	if x == 0 {
		z.setMant(neg, nil, 0)
		z.acc = Exact
		return z
	}
	frac, e := math.Frexp(math.Abs(x))
	m := uint64(math.Ldexp(frac, 64))
	z.setMant(neg, nat(nil).setUint64(m), e-64)
	z.round(false)
	return z
}

// SetInt sets z to x (precision max(x.BitLen(), 64) when z's is 0).
func (z *Float) SetInt(x *Int) *Float {
	if z.prec == 0 {
		z.prec = 64
		if bl := uint32(x.BitLen()); bl > 64 {
			z.prec = bl
		}
	}
	z.setMant(x.neg, nat(nil).set(x.abs), 0)
	z.round(false)
	return z
}

// SetRat sets z to x rounded (precision max(a.BitLen(), b.BitLen(), 64)
// when z's is 0).
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(x.Num())
	}
	a := new(Float).SetInt(x.Num())
	b := new(Float).SetInt(x.Denom())
	if z.prec == 0 {
		z.prec = a.prec
		if b.prec > z.prec {
			z.prec = b.prec
		}
	}
	return z.Quo(a, b)
}

// SetInf sets z to -Inf when signbit, else +Inf.
func (z *Float) SetInf(signbit bool) *Float {
	z.form, z.neg, z.mant, z.acc = fInf, signbit, nil, Exact
	return z
}

// Set sets z to x rounded to z's precision (x's when z's is 0).
func (z *Float) Set(x *Float) *Float {
	if z == x {
		return z
	}
	if z.prec == 0 {
		z.prec = x.prec
	}
	z.form, z.neg, z.exp = x.form, x.neg, x.exp
	z.mant = nat(nil).set(x.mant)
	z.round(false)
	if z.prec < x.prec || z.acc != Exact {
		return z
	}
	z.acc = x.acc
	return z
}

// Copy sets z to x exactly, with x's precision, mode and accuracy.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		*z = *x
		z.mant = nat(nil).set(x.mant)
	}
	return z
}

// Abs sets z to |x|.
func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x.
func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

// MantExp splits x into mant * 2**exp with 0.5 <= |mant| < 1, setting mant
// when it is not nil, and returns exp.
func (x *Float) MantExp(mant *Float) (exp int) {
	if x.form == fFinite {
		exp = x.exp + x.mant.bitLen()
	}
	if mant != nil {
		mant.Set(x)
		if mant.form == fFinite {
			mant.exp -= exp
		}
	}
	return exp
}

// SetMantExp sets z to mant * 2**exp.
func (z *Float) SetMantExp(mant *Float, exp int) *Float {
	z.Set(mant)
	if z.form == fFinite {
		z.exp += exp
	}
	return z
}

func (z *Float) precFrom(x, y *Float) {
	if z.prec == 0 {
		z.prec = x.prec
		if y.prec > z.prec {
			z.prec = y.prec
		}
	}
}

// addAbs returns |x| + |y| (sub: |x| - |y|) of finite x, y exactly, as a
// sign and mantissa at the smaller exponent.
func addMag(x, y *Float, sub bool) (neg bool, m nat, exp int) {
	exp = x.exp
	if y.exp < exp {
		exp = y.exp
	}
	a := nat(nil).shl(x.mant, uint(x.exp-exp))
	b := nat(nil).shl(y.mant, uint(y.exp-exp))
	if !sub {
		return false, a.add(a, b), exp
	}
	if a.cmp(b) >= 0 {
		return false, a.sub(a, b), exp
	}
	return true, b.sub(b, a), exp
}

// Add sets z to x + y rounded; infinities of opposite signs panic.
func (z *Float) Add(x, y *Float) *Float { return z.addSub(x, y, false) }

// Sub sets z to x - y rounded; infinities of equal signs panic.
func (z *Float) Sub(x, y *Float) *Float { return z.addSub(x, y, true) }

func (z *Float) addSub(x, y *Float, sub bool) *Float {
	z.precFrom(x, y)
	yneg := y.neg != sub
	if x.form == fInf || y.form == fInf {
		if x.form == fInf && y.form == fInf && x.neg != yneg {
			if sub {
				panic(ErrNaN{"subtraction of infinities with equal signs"})
			}
			panic(ErrNaN{"addition of infinities with opposite signs"})
		}
		neg := yneg
		if x.form == fInf {
			neg = x.neg
		}
		return z.SetInf(neg)
	}
	if x.form == fZero && y.form == fZero {
		z.acc = Exact
		z.setMant(x.neg && yneg, nil, 0)
		return z
	}
	if x.form == fZero {
		n, m, e := y.neg != sub, nat(nil).set(y.mant), y.exp
		z.setMant(n, m, e)
		z.round(false)
		return z
	}
	if y.form == fZero {
		n, m, e := x.neg, nat(nil).set(x.mant), x.exp
		z.setMant(n, m, e)
		z.round(false)
		return z
	}
	flip, m, e := addMag(x, y, x.neg != yneg)
	neg := x.neg != flip
	if len(m) == 0 {
		neg = z.mode == ToNegativeInf
	}
	z.setMant(neg, m, e)
	z.round(false)
	return z
}

// Mul sets z to x * y rounded; zero times infinity panics.
func (z *Float) Mul(x, y *Float) *Float {
	z.precFrom(x, y)
	neg := x.neg != y.neg
	if x.form == fInf || y.form == fInf {
		if x.form == fZero || y.form == fZero {
			panic(ErrNaN{"multiplication of zero with infinity"})
		}
		return z.SetInf(neg)
	}
	if x.form == fZero || y.form == fZero {
		z.acc = Exact
		z.setMant(neg, nil, 0)
		return z
	}
	z.setMant(neg, nat(nil).mul(x.mant, y.mant), x.exp+y.exp)
	z.round(false)
	return z
}

// Quo sets z to x / y rounded; 0/0 and Inf/Inf panic.
func (z *Float) Quo(x, y *Float) *Float {
	z.precFrom(x, y)
	neg := x.neg != y.neg
	if x.form == fZero && y.form == fZero || x.form == fInf && y.form == fInf {
		panic(ErrNaN{"division of zero by zero or infinity by infinity"})
	}
	if x.form == fInf || y.form == fZero {
		return z.SetInf(neg)
	}
	if x.form == fZero || y.form == fInf {
		z.acc = Exact
		z.setMant(neg, nil, 0)
		return z
	}
	// shift x so the quotient has at least prec+2 bits
	s := int(z.prec) + 2 + y.mant.bitLen() - x.mant.bitLen()
	if s < 0 {
		s = 0
	}
	q, r := nat(nil).div(nil, nat(nil).shl(x.mant, uint(s)), y.mant)
	z.setMant(neg, q, x.exp-y.exp-s)
	z.round(len(r) > 0)
	return z
}

// Sqrt sets z to the square root of x rounded (precision x's when z's is
// 0); a negative x panics.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		panic(ErrNaN{"square root of negative operand"})
	}
	if x.form != fFinite {
		z.acc = Exact
		z.form, z.neg, z.mant = x.form, x.neg, nil
		return z
	}
	// m * 2**e with e even and m of at least 2*(prec+2) bits
	s := 2*(int(z.prec)+2) - x.mant.bitLen()
	if s < 0 {
		s = 0
	}
	if (x.exp-s)%2 != 0 {
		s++
	}
	m := nat(nil).shl(x.mant, uint(s))
	r := nat(nil).sqrt(m)
	exact := nat(nil).mul(r, r).cmp(m) == 0
	z.setMant(false, r, (x.exp-s)/2)
	z.round(!exact)
	z.acc = Exact // as in Go, Sqrt does not report its accuracy
	return z
}

// Cmp compares x and y: -1, 0 or +1 (-0 equals +0).
func (x *Float) Cmp(y *Float) int {
	xo, yo := x.ord(), y.ord()
	if xo != yo {
		if xo < yo {
			return -1
		}
		return 1
	}
	if xo == 0 || xo == 2 || xo == -2 {
		return 0
	}
	c := cmpMag(x, y)
	if xo < 0 {
		c = -c
	}
	return c
}

// ord classifies x: -2 -Inf, -1 negative, 0 zero, 1 positive, 2 +Inf.
func (x *Float) ord() int {
	var o int
	switch x.form {
	case fZero:
		return 0
	case fFinite:
		o = 1
	case fInf:
		o = 2
	}
	if x.neg {
		return -o
	}
	return o
}

func cmpMag(x, y *Float) int {
	ex, ey := x.exp+x.mant.bitLen(), y.exp+y.mant.bitLen()
	if ex != ey {
		if ex < ey {
			return -1
		}
		return 1
	}
	e := x.exp
	if y.exp < e {
		e = y.exp
	}
	return nat(nil).shl(x.mant, uint(x.exp-e)).cmp(nat(nil).shl(y.mant, uint(y.exp-e)))
}

// Int returns x truncated towards zero (nil for an infinity) and how it
// compares with x; z is used when not nil.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if z == nil && x.form != fInf {
		z = new(Int)
	}
	switch x.form {
	case fZero:
		return z.SetInt64(0), Exact
	case fInf:
		if x.neg {
			return nil, Above
		}
		return nil, Below
	}
	acc := Exact
	if x.exp >= 0 {
		z.abs = nat(nil).shl(x.mant, uint(x.exp))
	} else {
		z.abs = nat(nil).shr(x.mant, uint(-x.exp))
		if int(x.mant.trailingZeroBits()) < -x.exp {
			acc = x.zeroAcc()
		}
	}
	z.neg = x.neg && len(z.abs) > 0
	return z, acc
}

// Int64 returns x truncated to an int64 (saturated when out of range).
func (x *Float) Int64() (int64, Accuracy) {
	i, acc := x.Int(nil)
	switch {
	case i == nil || !i.IsInt64():
		if x.neg {
			return math.MinInt64, Above
		}
		return math.MaxInt64, Below
	}
	return i.Int64(), acc
}

// Uint64 returns x truncated to a uint64 (saturated when out of range).
func (x *Float) Uint64() (uint64, Accuracy) {
	if x.neg && x.form != fZero {
		return 0, Above
	}
	i, acc := x.Int(nil)
	if i == nil || !i.IsUint64() {
		return math.MaxUint64, Below
	}
	return i.Uint64(), acc
}

// Float64 returns the float64 nearest x (ties to even) and how it compares
// with x.
func (x *Float) Float64() (float64, Accuracy) { return x.toFloat(53, -1021, false) }

// Float32 returns the float32 nearest x (ties to even) and how it compares
// with x.
func (x *Float) Float32() (float32, Accuracy) {
	f, acc := x.toFloat(24, -125, true)
	return float32(f), acc
}

// toFloat rounds x to a machine float with mbits mantissa bits whose
// smallest normal exponent (of 0.5 <= mant < 1) is emin.
func (x *Float) toFloat(mbits, emin int, single bool) (float64, Accuracy) {
	switch x.form {
	case fZero:
		if x.neg {
			return math.Copysign(0, -1), Exact
		}
		return 0, Exact
	case fInf:
		if x.neg {
			return math.Inf(-1), Exact
		}
		return math.Inf(1), Exact
	}
	r := &Float{prec: uint32(mbits), form: fFinite, neg: x.neg, mant: nat(nil).set(x.mant), exp: x.exp}
	// subnormal results have fewer mantissa bits
	if e := x.exp + x.mant.bitLen(); e < emin {
		p := mbits - (emin - e)
		if p < 1 {
			p = 1
		}
		r.prec = uint32(p)
	}
	r.round(false)
	f := math.Ldexp(float64(low64(r.mant)), r.exp)
	if single && f > math.MaxFloat32 {
		f = math.Inf(1)
	}
	if x.neg {
		f = -f
	}
	if math.IsInf(f, 0) {
		return f, x.zeroAcc().flip()
	}
	return f, r.acc
}

func (a Accuracy) flip() Accuracy { return -a }

// Rat returns x as an exact Rat (nil for an infinity).
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if x.form == fInf {
		if x.neg {
			return nil, Above
		}
		return nil, Below
	}
	if z == nil {
		z = new(Rat)
	}
	if x.form == fZero {
		return z.SetInt64(0), Exact
	}
	num := &Int{neg: x.neg, abs: nat(nil).set(x.mant)}
	if x.exp >= 0 {
		num.Lsh(num, uint(x.exp))
		return z.SetInt(num), Exact
	}
	den := new(Int).Lsh(NewInt(1), uint(-x.exp))
	return z.SetFrac(num, den), Exact
}

// SetString sets z to the value of s (decimal, with optional fraction and
// exponent, "Inf"/"inf" with a sign, or the prefixed forms Rat accepts),
// rounded to z's precision (64 when 0).
func (z *Float) SetString(s string) (*Float, bool) {
	if z.prec == 0 {
		z.prec = 64
	}
	t := strings.TrimPrefix(strings.TrimPrefix(s, "+"), "-")
	if t == "Inf" || t == "inf" {
		return z.SetInf(strings.HasPrefix(s, "-")), true
	}
	if strings.IndexByte(s, '/') >= 0 {
		return nil, false
	}
	r, ok := new(Rat).SetString(s)
	if !ok {
		return nil, false
	}
	neg := strings.HasPrefix(s, "-")
	z.SetRat(r)
	if z.form == fZero {
		z.neg = neg
	}
	return z, true
}

// ParseFloat is SetString on a new Float of the given precision and mode;
// only base 0 and 10 are supported.
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	if base != 0 && base != 10 {
		panic("pogo: big.ParseFloat with base " + itoa(base) + " not supported yet")
	}
	f, ok := new(Float).SetPrec(prec).SetMode(mode).SetString(s)
	if !ok {
		return nil, 10, fmt.Errorf("invalid float syntax %q", s)
	}
	return f, 10, nil
}

// Parse is ParseFloat into z.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	if base != 0 && base != 10 {
		panic("pogo: big.Float.Parse with base " + itoa(base) + " not supported yet")
	}
	if _, ok := z.SetString(s); !ok {
		return nil, 10, fmt.Errorf("invalid float syntax %q", s)
	}
	return z, 10, nil
}

// Scan implements fmt.Scanner.
func (z *Float) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	tok, err := s.Token(true, func(r rune) bool {
		return strings.ContainsRune("+-0123456789.eEpPxXoObB_abcdefABCDEFInf", r)
	})
	if err != nil {
		return err
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return fmt.Errorf("invalid float syntax %q", tok)
	}
	return nil
}

// MarshalText implements encoding.TextMarshaler (shortest 'g' form).
func (x *Float) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.Append(nil, 'g', -1), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (z *Float) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Float", text)
	}
	return nil
}
