package big

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// A Rat is an exact fraction a/b with b > 0, kept in lowest terms; its zero
// value is 0. Methods set the receiver and operands may alias it.
type Rat struct {
	a Int // numerator, with the sign
	b nat // denominator; empty means 1
}

// NewRat returns a new Rat set to a/b; b == 0 panics.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

func (z *Rat) norm() *Rat {
	if len(z.b) == 0 {
		return z
	}
	if len(z.a.abs) == 0 {
		z.a.neg = false
		z.b = z.b[:0]
		return z
	}
	g := new(Int).GCD(nil, nil, &Int{abs: z.a.abs}, &Int{abs: z.b})
	if !(len(g.abs) == 1 && g.abs[0] == 1) {
		z.a.abs, _ = nat(nil).div(nil, z.a.abs, g.abs)
		z.b, _ = nat(nil).div(nil, z.b, g.abs)
	}
	if len(z.b) == 1 && z.b[0] == 1 {
		z.b = z.b[:0]
	}
	return z
}

func (x *Rat) denom() nat {
	if len(x.b) == 0 {
		return nat{1}
	}
	return x.b
}

// SetFrac sets z to a/b; b == 0 panics.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	neg := a.neg != b.neg
	babs := nat(nil).set(b.abs)
	z.a.abs = z.a.abs.set(a.abs)
	z.a.neg = neg
	z.b = babs
	return z.norm()
}

// SetFrac64 sets z to a/b; b == 0 panics.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	return z.SetFrac(NewInt(a), NewInt(b))
}

// SetInt sets z to x.
func (z *Rat) SetInt(x *Int) *Rat {
	z.a.Set(x)
	z.b = z.b[:0]
	return z
}

// SetInt64 sets z to x.
func (z *Rat) SetInt64(x int64) *Rat {
	z.a.SetInt64(x)
	z.b = z.b[:0]
	return z
}

// SetUint64 sets z to x.
func (z *Rat) SetUint64(x uint64) *Rat {
	z.a.SetUint64(x)
	z.b = z.b[:0]
	return z
}

// Set sets z to x.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b = z.b.set(x.b)
	}
	return z
}

// SetFloat64 sets z to exactly f; it returns nil for a NaN or infinity.
func (z *Rat) SetFloat64(f float64) *Rat {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	frac, exp := math.Frexp(f)
	mant := int64(math.Ldexp(frac, 53))
	exp -= 53
	z.a.SetInt64(mant)
	z.b = z.b[:0]
	if exp > 0 {
		z.a.Lsh(&z.a, uint(exp))
	} else if exp < 0 {
		z.b = nat(nil).shl(nat{1}, uint(-exp))
	}
	return z.norm()
}

// Num returns x's numerator (which carries the sign); it may share storage
// with x.
func (x *Rat) Num() *Int { return &x.a }

// Denom returns x's denominator, always > 0.
func (x *Rat) Denom() *Int {
	if len(x.b) == 0 {
		return &Int{abs: nat{1}}
	}
	return &Int{abs: x.b}
}

// Sign returns -1, 0 or +1.
func (x *Rat) Sign() int { return x.a.Sign() }

// IsInt reports whether x's denominator is 1.
func (x *Rat) IsInt() bool { return len(x.b) == 0 || len(x.b) == 1 && x.b[0] == 1 }

// Cmp compares x and y.
func (x *Rat) Cmp(y *Rat) int {
	var l, r Int
	l.Mul(&x.a, &Int{abs: y.denom()})
	r.Mul(&y.a, &Int{abs: x.denom()})
	return l.Cmp(&r)
}

// Abs sets z to |x|.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg sets z to -x.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg
	return z
}

// Inv sets z to 1/x; x == 0 panics.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	neg := x.a.neg
	num := nat(nil).set(x.denom())
	den := nat(nil).set(x.a.abs)
	z.a.abs, z.a.neg, z.b = num, neg, den
	return z.norm()
}

// addSub sets z to x + y or x - y over the common denominator.
func (z *Rat) addSub(x, y *Rat, sub bool) *Rat {
	var l, r Int
	l.Mul(&x.a, &Int{abs: y.denom()})
	r.Mul(&y.a, &Int{abs: x.denom()})
	den := nat(nil).mul(x.denom(), y.denom())
	if sub {
		z.a.Sub(&l, &r)
	} else {
		z.a.Add(&l, &r)
	}
	z.b = den
	return z.norm()
}

// Add sets z to x + y.
func (z *Rat) Add(x, y *Rat) *Rat { return z.addSub(x, y, false) }

// Sub sets z to x - y.
func (z *Rat) Sub(x, y *Rat) *Rat { return z.addSub(x, y, true) }

// Mul sets z to x * y.
func (z *Rat) Mul(x, y *Rat) *Rat {
	den := nat(nil).mul(x.denom(), y.denom())
	z.a.Mul(&x.a, &y.a)
	z.b = den
	return z.norm()
}

// Quo sets z to x / y; y == 0 panics.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	var num, den Int
	num.Mul(&x.a, &Int{abs: y.denom()})
	den.Mul(&Int{abs: x.denom()}, &y.a)
	neg := num.neg != den.neg
	z.a.abs, z.a.neg = num.abs, neg
	z.b = den.abs
	return z.norm()
}

// String returns x as "a/b" (even when b is 1).
func (x *Rat) String() string {
	return string(x.marshal())
}

func (x *Rat) marshal() []byte {
	buf := x.a.Append(nil, 10)
	buf = append(buf, '/')
	return append(buf, x.denom().utoa(10)...)
}

// RatString returns "a/b", or just "a" when x is an integer.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns x in decimal with prec digits after the point, the
// last one rounded half away from zero.
func (x *Rat) FloatString(prec int) string {
	if x.IsInt() {
		s := x.a.String()
		if prec > 0 {
			s += "." + strings.Repeat("0", prec)
		}
		return s
	}
	q, r := nat(nil).div(nil, x.a.abs, x.b)
	p := nat(nil).expNN(nat{10}, nat(nil).setWord(Word(prec)), nil)
	r = nat(nil).mul(r, p)
	r, r2 := nat(nil).div(nil, r, x.b)
	r2 = nat(nil).add(r2, r2)
	if x.b.cmp(r2) <= 0 {
		r = nat(nil).add(r, nat{1})
		if r.cmp(p) >= 0 {
			q = nat(nil).add(q, nat{1})
			r = nat(nil).sub(r, p)
		}
	}
	var b strings.Builder
	if x.a.neg {
		b.WriteByte('-')
	}
	b.Write(q.utoa(10))
	if prec > 0 {
		b.WriteByte('.')
		ds := r.utoa(10)
		b.WriteString(strings.Repeat("0", prec-len(ds)))
		b.Write(ds)
	}
	return b.String()
}

// Float64 returns the float64 nearest x and whether it equals x exactly.
func (x *Rat) Float64() (float64, bool) {
	if len(x.a.abs) == 0 {
		return 0, true
	}
	den := x.denom()
	// scale so the integer quotient has at least 55 bits, then fold the
	// remainder into a sticky bit so one rounding is exact
	shift := 55 - (x.a.abs.bitLen() - den.bitLen())
	num := x.a.abs
	d := den
	if shift > 0 {
		num = nat(nil).shl(num, uint(shift))
	} else if shift < 0 {
		d = nat(nil).shl(den, uint(-shift))
	}
	q, r := nat(nil).div(nil, num, d)
	for q.bitLen() > 63 {
		if q[0]&1 != 0 {
			r = nat{1}
		}
		q = nat(nil).shr(q, 1)
		shift--
	}
	m := low64(q)
	if len(r) > 0 {
		m |= 1
	}
	f := math.Ldexp(float64(m), -shift)
	if x.a.neg {
		f = -f
	}
	if math.IsInf(f, 0) {
		return f, false
	}
	back := new(Rat).SetFloat64(f)
	return f, back != nil && back.Cmp(x) == 0
}

// SetString sets z to the value of s: a fraction "a/b" (each part may have
// a 0b, 0o, 0 or 0x prefix; b is unsigned), or a number with an optional
// fraction and exponent (decimal with e/E or p/P, or 0b/0o/0x mantissas
// with p/P).
func (z *Rat) SetString(s string) (*Rat, bool) {
	if s == "" {
		return nil, false
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		num, ok := new(Int).SetString(s[:i], 0)
		if !ok {
			return nil, false
		}
		ds := s[i+1:]
		if ds == "" || ds[0] == '+' || ds[0] == '-' {
			return nil, false
		}
		den, ok := new(Int).SetString(ds, 0)
		if !ok || den.Sign() == 0 {
			return nil, false
		}
		return z.SetFrac(num, den), true
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	base := 10
	if len(s) >= 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base = 16
		case 'b', 'B':
			base = 2
		case 'o', 'O':
			base = 8
		}
		if base != 10 {
			s = s[2:]
		}
	}
	// split off the exponent
	exp10, exp2 := 0, 0
	if i := strings.IndexAny(s, "pP"); i >= 0 || base == 10 && strings.IndexAny(s, "eE") >= 0 {
		if i < 0 {
			i = strings.IndexAny(s, "eE")
		}
		e, ok := new(Int).SetString(s[i+1:], 10)
		if !ok || !e.IsInt64() || e.Int64() > 1e7 || e.Int64() < -1e7 {
			return nil, false
		}
		if s[i] == 'p' || s[i] == 'P' {
			exp2 = int(e.Int64())
		} else {
			exp10 = int(e.Int64())
		}
		s = s[:i]
	}
	mant := s
	fracDigits := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		mant = s[:i] + s[i+1:]
		fracDigits = len(s) - i - 1
	}
	if mant == "" || strings.IndexByte(mant, '.') >= 0 {
		return nil, false
	}
	if strings.IndexByte(mant, '_') >= 0 {
		// underscores may separate digits (and follow a base prefix)
		if strings.Contains(mant, "__") || strings.HasSuffix(mant, "_") || base == 10 && mant[0] == '_' {
			return nil, false
		}
		mant = strings.ReplaceAll(mant, "_", "")
	}
	a, ok := new(Int).SetString(mant, base)
	if !ok {
		return nil, false
	}
	// value = a * base**-fracDigits * 10**exp10 * 2**exp2
	num := a
	den := NewInt(1)
	if fracDigits > 0 {
		den.Exp(NewInt(int64(base)), NewInt(int64(fracDigits)), nil)
	}
	if exp10 > 0 {
		num.Mul(num, new(Int).Exp(NewInt(10), NewInt(int64(exp10)), nil))
	} else if exp10 < 0 {
		den.Mul(den, new(Int).Exp(NewInt(10), NewInt(int64(-exp10)), nil))
	}
	if exp2 > 0 {
		num.Lsh(num, uint(exp2))
	} else if exp2 < 0 {
		den.Lsh(den, uint(-exp2))
	}
	if neg {
		num.Neg(num)
	}
	return z.SetFrac(num, den), true
}

// Scan implements fmt.Scanner for the verbs e E f F g G v.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, func(r rune) bool {
		return strings.ContainsRune("+-/0123456789.eEpPxXoObB_abcdefABCDEF", r)
	})
	if err != nil {
		return err
	}
	if !strings.ContainsRune("efgEFGv", ch) {
		return errors.New("Rat.Scan: invalid verb")
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return errors.New("Rat.Scan: invalid syntax")
	}
	return nil
}

// MarshalText implements encoding.TextMarshaler ("a/b", or "a" for integers).
func (x *Rat) MarshalText() ([]byte, error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return x.marshal(), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}
