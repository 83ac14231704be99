// Package adler32 computes the Adler-32 checksum of RFC 1950 (zlib): two
// running sums modulo 65521, packed into one uint32.
package adler32

import (
	"errors"
	"hash"
)

const (
	mod = 65521
	// nmax is the most bytes that can be summed before the 32-bit sums
	// could overflow, so the modulo is taken only once per run.
	nmax = 5552
)

// Size is the number of bytes an Adler-32 checksum has.
const Size = 4

// digest holds s2<<16 | s1.
type digest uint32

// New returns a running Adler-32.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset()         { *d = 1 }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		n := len(p)
		if n > nmax {
			n = nmax
		}
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return digest(s2<<16 | s1)
}

func (d *digest) Write(p []byte) (int, error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum is the Adler-32 of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }

const magic = "adl\x01"

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	s := uint32(*d)
	return append(append(b, magic...), byte(s>>24), byte(s>>16), byte(s>>8), byte(s)), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, len(magic)+4))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/adler32: invalid hash state identifier")
	}
	if len(b) != len(magic)+4 {
		return errors.New("hash/adler32: invalid hash state size")
	}
	v := b[len(magic):]
	*d = digest(uint32(v[0])<<24 | uint32(v[1])<<16 | uint32(v[2])<<8 | uint32(v[3]))
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
