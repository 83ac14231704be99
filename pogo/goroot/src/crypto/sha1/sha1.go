// Package sha1 implements the SHA-1 hash (FIPS 180-4). SHA-1 is broken for
// security uses; it remains common for identifiers and checksums.
package sha1

import (
	"crypto/internal/mdhash"
	"errors"
	"hash"
	"math/bits"
)

// Size is the length of a SHA-1 checksum in bytes.
const Size = 20

// BlockSize is SHA-1's block size in bytes.
const BlockSize = 64

type digest struct {
	h   [5]uint32
	buf mdhash.Buffer
}

// New returns a new SHA-1 hash.Hash.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.buf.Reset()
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	d.buf.Write(p, d.blocks)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	sum := c.finish()
	return append(in, sum[:]...)
}

func (d *digest) finish() [Size]byte {
	d.buf.Finish(true, d.blocks)
	var out [Size]byte
	for i, v := range d.h {
		out[4*i] = byte(v >> 24)
		out[4*i+1] = byte(v >> 16)
		out[4*i+2] = byte(v >> 8)
		out[4*i+3] = byte(v)
	}
	return out
}

func (d *digest) blocks(p []byte) {
	var w [80]uint32
	for len(p) >= 64 {
		for i := 0; i < 16; i++ {
			w[i] = uint32(p[4*i])<<24 | uint32(p[4*i+1])<<16 | uint32(p[4*i+2])<<8 | uint32(p[4*i+3])
		}
		for i := 16; i < 80; i++ {
			w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
		}
		a, b, c, dd, e := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4]
		for i := 0; i < 80; i++ {
			var f, k uint32
			switch {
			case i < 20:
				f, k = b&c|^b&dd, 0x5a827999
			case i < 40:
				f, k = b^c^dd, 0x6ed9eba1
			case i < 60:
				f, k = b&c|b&dd|c&dd, 0x8f1bbcdc
			default:
				f, k = b^c^dd, 0xca62c1d6
			}
			t := bits.RotateLeft32(a, 5) + f + e + k + w[i]
			a, b, c, dd, e = t, a, bits.RotateLeft32(b, 30), c, dd
		}
		d.h[0] += a
		d.h[1] += b
		d.h[2] += c
		d.h[3] += dd
		d.h[4] += e
		p = p[64:]
	}
}

// Sum returns the SHA-1 checksum of data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// MarshalBinary saves the running state (encoding.BinaryMarshaler).
func (d *digest) MarshalBinary() ([]byte, error) { return d.buf.Marshal("sha\x01", d.h[:]), nil }

// AppendBinary appends the saved state to b.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	return append(b, d.buf.Marshal("sha\x01", d.h[:])...), nil
}

// UnmarshalBinary restores a state saved by MarshalBinary.
func (d *digest) UnmarshalBinary(b []byte) error {
	if msg := d.buf.Unmarshal(b, "sha\x01", d.h[:]); msg != "" {
		return errors.New("crypto/sha1: " + msg)
	}
	return nil
}

// Clone returns an independent copy of the running hash.
func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
