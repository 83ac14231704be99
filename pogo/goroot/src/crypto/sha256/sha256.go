// Package sha256 implements the SHA-224 and SHA-256 digests of FIPS 180-4:
// 64-byte blocks, eight 32-bit state words, 64 rounds.
package sha256

import (
	"crypto"
	"errors"
	"hash"
	"math/bits"
)

// Size is the byte length of a SHA-256 digest.
const Size = 32

// Size224 is the byte length of a SHA-224 digest.
const Size224 = 28

// BlockSize is the block size of both digests.
const BlockSize = 64

// k holds the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes.
var k = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
	0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
	0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
	0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
	0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
	0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// The initial states: fractional square roots of the first 8 primes (SHA-256)
// and the low halves of those of the 9th to 16th (SHA-224).
var (
	init256 = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
	init224 = [8]uint32{0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4}
)

func init() {
	crypto.RegisterHash(crypto.SHA224, New224)
	crypto.RegisterHash(crypto.SHA256, New)
}

type digest struct {
	h     [8]uint32
	x     [BlockSize]byte // a partial block
	nx    int
	len   uint64
	is224 bool
}

func (d *digest) Reset() {
	if d.is224 {
		d.h = init224
	} else {
		d.h = init256
	}
	d.nx = 0
	d.len = 0
}

// New returns a hash.Hash computing SHA-256. It also implements
// encoding.BinaryMarshaler and BinaryUnmarshaler, so its state can be saved.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a hash.Hash computing SHA-224.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.len += uint64(n)
	if d.nx > 0 {
		c := copy(d.x[d.nx:], p)
		d.nx += c
		p = p[c:]
		if d.nx < BlockSize {
			return n, nil
		}
		blocks(&d.h, d.x[:])
		d.nx = 0
	}
	if full := len(p) &^ (BlockSize - 1); full > 0 {
		blocks(&d.h, p[:full])
		p = p[full:]
	}
	d.nx = copy(d.x[:], p)
	return n, nil
}

func (d *digest) Sum(in []byte) []byte {
	c := *d // summing must not disturb the running state
	sum := c.finish()
	return append(in, sum[:d.Size()]...)
}

// finish pads the message (a 1 bit, zeros, the bit length) and returns the
// state as bytes.
func (d *digest) finish() [Size]byte {
	bitLen := d.len << 3
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	padLen := 56 - d.len%64
	if d.len%64 >= 56 {
		padLen += 64
	}
	d.Write(pad[:padLen])
	var lenBytes [8]byte
	for i := 0; i < 8; i++ {
		lenBytes[i] = byte(bitLen >> (56 - 8*i))
	}
	d.Write(lenBytes[:])
	var out [Size]byte
	for i, v := range d.h {
		out[4*i], out[4*i+1], out[4*i+2], out[4*i+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return out
}

// Sum256 returns the SHA-256 digest of data.
func Sum256(data []byte) [Size]byte {
	d := digest{}
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum224 returns the SHA-224 digest of data.
func Sum224(data []byte) [Size224]byte {
	d := digest{is224: true}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}

// blocks runs the compression function over whole 64-byte blocks of p.
func blocks(h *[8]uint32, p []byte) {
	var w [64]uint32
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := 4 * i
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		for i := 16; i < 64; i++ {
			a, b := w[i-2], w[i-15]
			s1 := bits.RotateLeft32(a, -17) ^ bits.RotateLeft32(a, -19) ^ a>>10
			s0 := bits.RotateLeft32(b, -7) ^ bits.RotateLeft32(b, -18) ^ b>>3
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
		for i := 0; i < 64; i++ {
			t1 := hh + (bits.RotateLeft32(e, -6) ^ bits.RotateLeft32(e, -11) ^ bits.RotateLeft32(e, -25)) +
				(e&f ^ ^e&g) + k[i] + w[i]
			t2 := (bits.RotateLeft32(a, -2) ^ bits.RotateLeft32(a, -13) ^ bits.RotateLeft32(a, -22)) +
				(a&b ^ a&c ^ b&c)
			hh, g, f, e, dd, c, b, a = g, f, e, dd+t1, c, b, a, t1+t2
		}
		h[0] += a
		h[1] += b
		h[2] += c
		h[3] += dd
		h[4] += e
		h[5] += f
		h[6] += g
		h[7] += hh
		p = p[BlockSize:]
	}
}

const (
	magic224 = "sha\x02"
	magic256 = "sha\x03"
	// header, state words, the block buffer, the message length
	marshaledSize = len(magic256) + 8*4 + BlockSize + 8
)

// AppendBinary appends the running state: a header naming the variant, the
// state words, the buffered partial block (zero padded) and the length.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	if d.is224 {
		b = append(b, magic224...)
	} else {
		b = append(b, magic256...)
	}
	for _, v := range d.h {
		b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	b = append(b, d.x[:d.nx]...)
	b = append(b, make([]byte, len(d.x)-d.nx)...)
	for i := 0; i < 8; i++ {
		b = append(b, byte(d.len>>(56-8*i)))
	}
	return b, nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic256) || (d.is224 && string(b[:len(magic224)]) != magic224) ||
		(!d.is224 && string(b[:len(magic256)]) != magic256) {
		return errors.New("crypto/sha256: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha256: invalid hash state size")
	}
	b = b[len(magic256):]
	for i := range d.h {
		d.h[i] = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
		b = b[4:]
	}
	copy(d.x[:], b[:BlockSize])
	b = b[BlockSize:]
	d.len = 0
	for _, c := range b[:8] {
		d.len = d.len<<8 | uint64(c)
	}
	d.nx = int(d.len % BlockSize)
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
