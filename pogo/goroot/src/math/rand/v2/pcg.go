package rand

import (
	"errors"
	"math/bits"
)

// A PCG is a 128-bit linear congruential generator whose output is the DXSM
// permutation of its state (O'Neill's PCG-DXSM, as gc's).
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG whose 128-bit state is seed1:seed2.
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

// Seed resets the state to seed1:seed2.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// step advances the state: state = state × mul + inc (mod 2^128).
func (p *PCG) step() (uint64, uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo := bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	var c uint64
	lo, c = bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.hi, p.lo = hi, lo
	return hi, lo
}

// Uint64 returns the next value.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.step()
	hi ^= hi >> 32
	hi *= 0xda942042e4dd58b5
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}

func appendBE(b []byte, v uint64) []byte {
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(v>>uint(s)))
	}
	return b
}

func readBE(b []byte) uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// AppendBinary appends the state as "pcg:" and two big-endian words.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendBE(b, p.hi)
	return appendBE(b, p.lo), nil
}

// MarshalBinary returns the state as AppendBinary encodes it.
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errPCGEncoding = errors.New("invalid PCG encoding")

// UnmarshalBinary restores a state that MarshalBinary encoded.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errPCGEncoding
	}
	p.hi = readBE(data[4:])
	p.lo = readBE(data[12:])
	return nil
}
