// Package sha512 implements SHA-384, SHA-512, SHA-512/224 and SHA-512/256
// (FIPS 180-4).
package sha512

import (
	"errors"
	"hash"
	"math/bits"
)

// Size is the length of a SHA-512 checksum in bytes.
const Size = 64

// Size384 is the length of a SHA-384 checksum in bytes.
const Size384 = 48

// Size224 is the length of a SHA-512/224 checksum in bytes.
const Size224 = 28

// Size256 is the length of a SHA-512/256 checksum in bytes.
const Size256 = 32

// BlockSize is the block size of the hashes in bytes.
const BlockSize = 128

// roundK holds the first 64 fractional bits of the cube roots of the first
// 80 primes.
var roundK = [80]uint64{
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

var init512 = [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179}
var init384 = [8]uint64{0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4}

type digest struct {
	h     [8]uint64
	buf   [BlockSize]byte
	n     int
	total uint64
	kind  int // kind512, kind384, kind224 or kind256
}

const (
	kind512 = iota
	kind384
	kind224
	kind256
)

// truncatedIV derives the initial words of SHA-512/t: SHA-512 of the name
// "SHA-512/t" from the SHA-512 words each XORed with 0xa5 bytes.
func truncatedIV(name string) [8]uint64 {
	var d digest
	for i, v := range init512 {
		d.h[i] = v ^ 0xa5a5a5a5a5a5a5a5
	}
	d.Write([]byte(name))
	sum := d.finish()
	var iv [8]uint64
	for i := range iv {
		for j := 0; j < 8; j++ {
			iv[i] = iv[i]<<8 | uint64(sum[8*i+j])
		}
	}
	return iv
}

// New returns a new SHA-512 hash.Hash.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New384 returns a new SHA-384 hash.Hash.
func New384() hash.Hash {
	d := &digest{kind: kind384}
	d.Reset()
	return d
}

// New512_224 returns a new SHA-512/224 hash.Hash.
func New512_224() hash.Hash {
	d := &digest{kind: kind224}
	d.Reset()
	return d
}

// New512_256 returns a new SHA-512/256 hash.Hash.
func New512_256() hash.Hash {
	d := &digest{kind: kind256}
	d.Reset()
	return d
}

func (d *digest) Reset() {
	switch d.kind {
	case kind384:
		d.h = init384
	case kind224:
		d.h = truncatedIV("SHA-512/224")
	case kind256:
		d.h = truncatedIV("SHA-512/256")
	default:
		d.h = init512
	}
	d.n, d.total = 0, 0
}

func (d *digest) Size() int {
	switch d.kind {
	case kind384:
		return Size384
	case kind224:
		return Size224
	case kind256:
		return Size256
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.total += uint64(n)
	if d.n > 0 {
		k := copy(d.buf[d.n:], p)
		d.n += k
		p = p[k:]
		if d.n < BlockSize {
			return n, nil
		}
		d.blocks(d.buf[:])
		d.n = 0
	}
	if whole := len(p) &^ (BlockSize - 1); whole > 0 {
		d.blocks(p[:whole])
		p = p[whole:]
	}
	d.n = copy(d.buf[:], p)
	return n, nil
}

func (d *digest) Sum(in []byte) []byte {
	c := *d
	sum := c.finish()
	return append(in, sum[:d.Size()]...)
}

// finish pads with 0x80, zeros and the 128-bit message length in bits.
func (d *digest) finish() [Size]byte {
	total := d.total
	var pad [BlockSize + 16]byte
	pad[0] = 0x80
	k := 112 - d.n
	if k <= 0 {
		k += BlockSize
	}
	bitsLen := total << 3
	pad[k+7] = byte(total >> 61)
	for i := 0; i < 8; i++ {
		pad[k+8+i] = byte(bitsLen >> uint(56-8*i))
	}
	d.Write(pad[:k+16])
	var out [Size]byte
	for i, v := range d.h {
		for j := 0; j < 8; j++ {
			out[8*i+j] = byte(v >> uint(56-8*j))
		}
	}
	return out
}

func (d *digest) blocks(p []byte) {
	var w [80]uint64
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			var v uint64
			for j := 0; j < 8; j++ {
				v = v<<8 | uint64(p[8*i+j])
			}
			w[i] = v
		}
		for i := 16; i < 80; i++ {
			x, y := w[i-2], w[i-15]
			s1 := bits.RotateLeft64(x, -19) ^ bits.RotateLeft64(x, -61) ^ x>>6
			s0 := bits.RotateLeft64(y, -1) ^ bits.RotateLeft64(y, -8) ^ y>>7
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, h := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
		for i := 0; i < 80; i++ {
			t1 := h + (bits.RotateLeft64(e, -14) ^ bits.RotateLeft64(e, -18) ^ bits.RotateLeft64(e, -41)) + (e&f ^ ^e&g) + roundK[i] + w[i]
			t2 := (bits.RotateLeft64(a, -28) ^ bits.RotateLeft64(a, -34) ^ bits.RotateLeft64(a, -39)) + (a&b ^ a&c ^ b&c)
			h, g, f, e, dd, c, b, a = g, f, e, dd+t1, c, b, a, t1+t2
		}
		d.h[0] += a
		d.h[1] += b
		d.h[2] += c
		d.h[3] += dd
		d.h[4] += e
		d.h[5] += f
		d.h[6] += g
		d.h[7] += h
		p = p[BlockSize:]
	}
}

func (d *digest) magic() string {
	return [...]string{"sha\x07", "sha\x04", "sha\x05", "sha\x06"}[d.kind]
}

// MarshalBinary saves the running state (encoding.BinaryMarshaler) in Go's
// layout: magic, the chaining words, the block buffer and the byte count.
func (d *digest) MarshalBinary() ([]byte, error) { return d.AppendBinary(nil) }

// AppendBinary appends the saved state to b.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, d.magic()...)
	for _, v := range d.h {
		for j := 0; j < 8; j++ {
			b = append(b, byte(v>>uint(56-8*j)))
		}
	}
	b = append(b, d.buf[:d.n]...)
	b = append(b, make([]byte, BlockSize-d.n)...)
	for j := 0; j < 8; j++ {
		b = append(b, byte(d.total>>uint(56-8*j)))
	}
	return b, nil
}

// UnmarshalBinary restores a state saved by MarshalBinary.
func (d *digest) UnmarshalBinary(b []byte) error {
	m := d.magic()
	if len(b) < len(m) || string(b[:len(m)]) != m {
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	if len(b) != len(m)+8*8+BlockSize+8 {
		return errors.New("crypto/sha512: invalid hash state size")
	}
	b = b[len(m):]
	for i := range d.h {
		var v uint64
		for j := 0; j < 8; j++ {
			v = v<<8 | uint64(b[j])
		}
		d.h[i] = v
		b = b[8:]
	}
	copy(d.buf[:], b[:BlockSize])
	b = b[BlockSize:]
	var t uint64
	for j := 0; j < 8; j++ {
		t = t<<8 | uint64(b[j])
	}
	d.total = t
	d.n = int(t % BlockSize)
	return nil
}

// Sum512 returns the SHA-512 checksum of data.
func Sum512(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum384 returns the SHA-384 checksum of data.
func Sum384(data []byte) [Size384]byte {
	d := digest{kind: kind384}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size384]byte
	copy(out[:], full[:])
	return out
}

// Sum512_224 returns the SHA-512/224 checksum of data.
func Sum512_224(data []byte) [Size224]byte {
	d := digest{kind: kind224}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}

// Sum512_256 returns the SHA-512/256 checksum of data.
func Sum512_256(data []byte) [Size256]byte {
	d := digest{kind: kind256}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size256]byte
	copy(out[:], full[:])
	return out
}

// Clone returns an independent copy of the running hash.
func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
