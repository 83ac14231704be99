package rand

import "math"

// NormFloat64 and ExpFloat64 use Marsaglia and Tsang's ziggurat method with
// gc's tables (ziggurat.go) and gc's order of draws, so seeded sources give
// gc's values.

const (
	normTail = 3.442619855899      // start of the normal tail
	expTail  = 7.69711747013104972 // start of the exponential tail
)

// tableWord returns little-endian 32-bit word i of a table string.
func tableWord(t string, i int) uint32 {
	return uint32(t[4*i]) | uint32(t[4*i+1])<<8 | uint32(t[4*i+2])<<16 | uint32(t[4*i+3])<<24
}

func tableFloat(t string, i int) float32 { return math.Float32frombits(tableWord(t, i)) }

func abs32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed value (mean 0, deviation 1).
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		j := int32(u)
		i := int(u >> 32 & 0x7F)
		x := float64(j) * float64(tableFloat(wnData, i))
		if abs32(j) < tableWord(knData, i) {
			return x
		}
		if i == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / normTail)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normTail + x
			}
			return -normTail - x
		}
		f0, f1 := tableFloat(fnData, i), tableFloat(fnData, i-1)
		if f0+float32(r.Float64())*(f1-f0) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed value (rate 1).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		j := uint32(u)
		i := int(uint8(u >> 32))
		x := float64(j) * float64(tableFloat(weData, i))
		if j < tableWord(keData, i) {
			return x
		}
		if i == 0 {
			return expTail - math.Log(r.Float64())
		}
		f0, f1 := tableFloat(feData, i), tableFloat(feData, i-1)
		if f0+float32(r.Float64())*(f1-f0) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// NormFloat64 returns a normally distributed value from the global source.
func NormFloat64() float64 { return global.NormFloat64() }

// ExpFloat64 returns an exponentially distributed value from the global source.
func ExpFloat64() float64 { return global.ExpFloat64() }
