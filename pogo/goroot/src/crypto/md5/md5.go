// Package md5 implements the MD5 hash (RFC 1321). MD5 is broken for security
// uses; it remains common for checksums.
package md5

import (
	"crypto/internal/mdhash"
	"errors"
	"hash"
	"math/bits"
)

// Size is the length of an MD5 checksum in bytes.
const Size = 16

// BlockSize is MD5's block size in bytes.
const BlockSize = 64

// sines[i] is floor(|sin(i+1)| * 2**32).
var sines = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// rotations per round, four per round repeated.
var rotations = [16]int{7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21}

type digest struct {
	s   [4]uint32
	buf mdhash.Buffer
}

// New returns a new MD5 hash.Hash.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.s = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
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
	d.buf.Finish(false, d.blocks)
	var out [Size]byte
	for i, v := range d.s {
		out[4*i] = byte(v)
		out[4*i+1] = byte(v >> 8)
		out[4*i+2] = byte(v >> 16)
		out[4*i+3] = byte(v >> 24)
	}
	return out
}

func (d *digest) blocks(p []byte) {
	var m [16]uint32
	for len(p) >= 64 {
		for i := range m {
			m[i] = uint32(p[4*i]) | uint32(p[4*i+1])<<8 | uint32(p[4*i+2])<<16 | uint32(p[4*i+3])<<24
		}
		a, b, c, dd := d.s[0], d.s[1], d.s[2], d.s[3]
		for i := 0; i < 64; i++ {
			var f uint32
			var g int
			switch i >> 4 {
			case 0:
				f = b&c | ^b&dd
				g = i
			case 1:
				f = dd&b | ^dd&c
				g = (5*i + 1) & 15
			case 2:
				f = b ^ c ^ dd
				g = (3*i + 5) & 15
			default:
				f = c ^ (b | ^dd)
				g = (7 * i) & 15
			}
			f += a + sines[i] + m[g]
			a, dd, c = dd, c, b
			b += bits.RotateLeft32(f, rotations[(i>>4)*4+i&3])
		}
		d.s[0] += a
		d.s[1] += b
		d.s[2] += c
		d.s[3] += dd
		p = p[64:]
	}
}

// Sum returns the MD5 checksum of data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// MarshalBinary saves the running state (encoding.BinaryMarshaler).
func (d *digest) MarshalBinary() ([]byte, error) { return d.buf.Marshal("md5\x01", d.s[:]), nil }

// AppendBinary appends the saved state to b.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	return append(b, d.buf.Marshal("md5\x01", d.s[:])...), nil
}

// UnmarshalBinary restores a state saved by MarshalBinary.
func (d *digest) UnmarshalBinary(b []byte) error {
	if msg := d.buf.Unmarshal(b, "md5\x01", d.s[:]); msg != "" {
		return errors.New("crypto/md5: " + msg)
	}
	return nil
}

// Clone returns an independent copy of the running hash.
func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}
