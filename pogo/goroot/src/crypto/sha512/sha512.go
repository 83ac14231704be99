// Package sha512 implements SHA-384, SHA-512, SHA-512/224 and SHA-512/256 of
// FIPS 180-4: 128-byte blocks, eight 64-bit state words, 80 rounds. The
// truncated variants differ only in their initial state and output length.
package sha512

import (
	"crypto"
	"errors"
	"hash"
	"math/bits"
)

const (
	// Size is the byte length of a SHA-512 digest.
	Size = 64
	// Size224 is the byte length of a SHA-512/224 digest.
	Size224 = 28
	// Size256 is the byte length of a SHA-512/256 digest.
	Size256 = 32
	// Size384 is the byte length of a SHA-384 digest.
	Size384 = 48
	// BlockSize is the block size of all four digests.
	BlockSize = 128
)

// k holds the first 64 bits of the fractional parts of the cube roots of the
// first 80 primes.
var k = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

var (
	init512 = [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}
	init384 = [8]uint64{0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
		0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4}
	// The SHA-512/t states are derived, as FIPS 180-4 §5.3.6 specifies, by
	// hashing the name "SHA-512/t" from SHA-512's state xored with 0xa5….
	init512_224 = truncatedInit("SHA-512/224")
	init512_256 = truncatedInit("SHA-512/256")
)

func truncatedInit(name string) [8]uint64 {
	d := digest{size: Size}
	for i, v := range init512 {
		d.h[i] = v ^ 0xa5a5a5a5a5a5a5a5
	}
	d.Write([]byte(name))
	d.finish()
	return d.h
}

func init() {
	crypto.RegisterHash(crypto.SHA384, New384)
	crypto.RegisterHash(crypto.SHA512, New)
	crypto.RegisterHash(crypto.SHA512_224, New512_224)
	crypto.RegisterHash(crypto.SHA512_256, New512_256)
}

type digest struct {
	h    [8]uint64
	x    [BlockSize]byte
	nx   int
	len  uint64
	size int // output length; selects the variant
}

func (d *digest) Reset() {
	switch d.size {
	case Size384:
		d.h = init384
	case Size224:
		d.h = init512_224
	case Size256:
		d.h = init512_256
	default:
		d.h = init512
	}
	d.nx = 0
	d.len = 0
}

func newDigest(size int) *digest {
	d := &digest{size: size}
	d.Reset()
	return d
}

// New returns a hash.Hash computing SHA-512.
func New() hash.Hash { return newDigest(Size) }

// New384 returns a hash.Hash computing SHA-384.
func New384() hash.Hash { return newDigest(Size384) }

// New512_224 returns a hash.Hash computing SHA-512/224.
func New512_224() hash.Hash { return newDigest(Size224) }

// New512_256 returns a hash.Hash computing SHA-512/256.
func New512_256() hash.Hash { return newDigest(Size256) }

func (d *digest) Size() int      { return d.size }
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
	c := *d
	sum := c.finish()
	return append(in, sum[:d.size]...)
}

// finish pads the message (a 1 bit, zeros, the 128-bit bit length) and
// returns the state as bytes.
func (d *digest) finish() [Size]byte {
	n := d.len
	var pad [BlockSize + 16]byte
	pad[0] = 0x80
	padLen := 112 - n%128
	if n%128 >= 112 {
		padLen += 128
	}
	d.Write(pad[:padLen])
	var lenBytes [16]byte
	lenBytes[7] = byte(n >> 61)
	for i := 0; i < 8; i++ {
		lenBytes[8+i] = byte(n << 3 >> (56 - 8*i))
	}
	d.Write(lenBytes[:])
	var out [Size]byte
	for i, v := range d.h {
		for j := 0; j < 8; j++ {
			out[8*i+j] = byte(v >> (56 - 8*j))
		}
	}
	return out
}

// Sum512 returns the SHA-512 digest of data.
func Sum512(data []byte) [Size]byte {
	d := newDigest(Size)
	d.Write(data)
	return d.finish()
}

// Sum384 returns the SHA-384 digest of data.
func Sum384(data []byte) [Size384]byte {
	d := newDigest(Size384)
	d.Write(data)
	full := d.finish()
	var out [Size384]byte
	copy(out[:], full[:])
	return out
}

// Sum512_224 returns the SHA-512/224 digest of data.
func Sum512_224(data []byte) [Size224]byte {
	d := newDigest(Size224)
	d.Write(data)
	full := d.finish()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}

// Sum512_256 returns the SHA-512/256 digest of data.
func Sum512_256(data []byte) [Size256]byte {
	d := newDigest(Size256)
	d.Write(data)
	full := d.finish()
	var out [Size256]byte
	copy(out[:], full[:])
	return out
}

func blocks(h *[8]uint64, p []byte) {
	var w [80]uint64
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			var v uint64
			for _, c := range p[8*i : 8*i+8] {
				v = v<<8 | uint64(c)
			}
			w[i] = v
		}
		for i := 16; i < 80; i++ {
			a, b := w[i-2], w[i-15]
			s1 := bits.RotateLeft64(a, -19) ^ bits.RotateLeft64(a, -61) ^ a>>6
			s0 := bits.RotateLeft64(b, -1) ^ bits.RotateLeft64(b, -8) ^ b>>7
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
		for i := 0; i < 80; i++ {
			t1 := hh + (bits.RotateLeft64(e, -14) ^ bits.RotateLeft64(e, -18) ^ bits.RotateLeft64(e, -41)) +
				(e&f ^ ^e&g) + k[i] + w[i]
			t2 := (bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)) +
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

func magic(size int) string {
	switch size {
	case Size384:
		return "sha\x04"
	case Size224:
		return "sha\x05"
	case Size256:
		return "sha\x06"
	}
	return "sha\x07"
}

const marshaledSize = 4 + 8*8 + BlockSize + 8

// AppendBinary appends the running state: a header naming the variant, the
// state words, the buffered partial block (zero padded) and the length.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic(d.size)...)
	for _, v := range d.h {
		for j := 0; j < 8; j++ {
			b = append(b, byte(v>>(56-8*j)))
		}
	}
	b = append(b, d.x[:d.nx]...)
	b = append(b, make([]byte, len(d.x)-d.nx)...)
	for j := 0; j < 8; j++ {
		b = append(b, byte(d.len>>(56-8*j)))
	}
	return b, nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	m := magic(d.size)
	if len(b) < len(m) || string(b[:len(m)]) != m {
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha512: invalid hash state size")
	}
	b = b[len(m):]
	get := func() uint64 {
		var v uint64
		for _, c := range b[:8] {
			v = v<<8 | uint64(c)
		}
		b = b[8:]
		return v
	}
	for i := range d.h {
		d.h[i] = get()
	}
	copy(d.x[:], b[:BlockSize])
	b = b[BlockSize:]
	d.len = get()
	d.nx = int(d.len % BlockSize)
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
