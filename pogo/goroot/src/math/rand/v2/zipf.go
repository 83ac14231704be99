package rand

import "math"

// A Zipf draws values k in [0, imax] with P(k) ∝ (v+k)^(-s), by rejection
// inversion (Hörmann and Derflinger), in gc's order of operations.
type Zipf struct {
	r         *Rand
	imax      float64
	v         float64
	q         float64
	s         float64
	oneMinusQ float64
	invOneMQ  float64
	hxm       float64
	hx0MHxm   float64
}

// h is the integral of the hat function, hinv its inverse.
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneMinusQ*math.Log(z.v+x)) * z.invOneMQ
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.invOneMQ*math.Log(z.oneMinusQ*x)) - z.v
}

// NewZipf returns a Zipf generator for s > 1 and v ≥ 1 (else nil).
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1.0 - z.q
	z.invOneMQ = 1.0 / z.oneMinusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0MHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		u := z.hxm + z.r.Float64()*z.hx0MHxm
		x := z.hinv(u)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if u >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}
