package rand

import "errors"

// A ChaCha8 is gc's ChaCha8Rand generator: the ChaCha8 block function run on
// four interleaved counters at a time, 32 words per refill, the last four
// words of every fourth refill becoming the next key.
type ChaCha8 struct {
	key     [4]uint64
	buf     [32]uint64
	i, n    int    // next word of buf, words usable
	ctr     uint32 // counter of the first block in buf: 0, 4, 8 or 12
	readBuf [8]byte
	readLen int
}

// NewChaCha8 returns a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed resets the generator to the state seed determines.
func (c *ChaCha8) Seed(seed [32]byte) {
	for k := 0; k < 4; k++ {
		var v uint64
		for j := 7; j >= 0; j-- {
			v = v<<8 | uint64(seed[8*k+j])
		}
		c.key[k] = v
	}
	c.ctr = 0
	chachaBlocks(&c.key, &c.buf, 0)
	c.i, c.n = 0, 32
	c.readLen = 0
}

// Uint64 returns the next value.
func (c *ChaCha8) Uint64() uint64 {
	if c.i >= c.n {
		c.refill()
	}
	x := c.buf[c.i]
	c.i++
	return x
}

func (c *ChaCha8) refill() {
	c.ctr += 4
	if c.ctr == 16 {
		copy(c.key[:], c.buf[28:])
		c.ctr = 0
	}
	chachaBlocks(&c.key, &c.buf, c.ctr)
	c.i, c.n = 0, 32
	if c.ctr == 12 {
		c.n = 28 // the last four words will be the next key
	}
}

// Read fills p with random bytes (little-endian words); it never fails.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) > 0 {
		x := c.Uint64()
		for k := 0; k < 8; k++ {
			c.readBuf[k] = byte(x >> (8 * uint(k)))
		}
		m := copy(p, c.readBuf[:])
		n += m
		p = p[m:]
		c.readLen = 8 - m
	}
	return n, nil
}

// chachaBlocks computes four ChaCha8 blocks for counters ctr..ctr+3 under
// key. Word w of block lane l lands at 32-bit position 4w+l of buf (in
// little-endian order); only the key rows get the input added back.
func chachaBlocks(key *[4]uint64, buf *[32]uint64, ctr uint32) {
	var out [64]uint32
	for l := 0; l < 4; l++ {
		var s [16]uint32
		s[0], s[1], s[2], s[3] = 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574
		for k := 0; k < 4; k++ {
			s[4+2*k] = uint32(key[k])
			s[5+2*k] = uint32(key[k] >> 32)
		}
		s[12] = ctr + uint32(l)
		x := s
		for round := 0; round < 4; round++ {
			quarter(&x, 0, 4, 8, 12)
			quarter(&x, 1, 5, 9, 13)
			quarter(&x, 2, 6, 10, 14)
			quarter(&x, 3, 7, 11, 15)
			quarter(&x, 0, 5, 10, 15)
			quarter(&x, 1, 6, 11, 12)
			quarter(&x, 2, 7, 8, 13)
			quarter(&x, 3, 4, 9, 14)
		}
		for w := 0; w < 16; w++ {
			v := x[w]
			if 4 <= w && w < 12 {
				v += s[w]
			}
			out[4*w+l] = v
		}
	}
	for j := 0; j < 32; j++ {
		buf[j] = uint64(out[2*j]) | uint64(out[2*j+1])<<32
	}
}

func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<16 | x[d]>>16
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<12 | x[b]>>20
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<8 | x[d]>>24
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<7 | x[b]>>25
}

// AppendBinary appends the generator's state: an optional "readbuf:" part
// holding unread Read bytes, then "chacha8:", the big-endian count of
// values used since the key was set, and the key (little-endian words).
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, uint8(c.readLen))
		b = append(b, c.readBuf[8-c.readLen:]...)
	}
	b = append(b, "chacha8:"...)
	b = appendBE(b, uint64(c.ctr/4*32)+uint64(c.i))
	for _, k := range c.key {
		for s := 0; s < 64; s += 8 {
			b = append(b, byte(k>>uint(s)))
		}
	}
	return b, nil
}

// MarshalBinary returns the generator's state as AppendBinary encodes it.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}

// UnmarshalBinary restores a state that MarshalBinary encoded.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < 1+int(data[0]) || int(data[0]) > 8 {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		n := int(data[0])
		c.readLen = copy(c.readBuf[8-n:], data[1:1+n])
		data = data[1+n:]
	}
	if len(data) != 48 || string(data[:8]) != "chacha8:" {
		return errors.New("invalid ChaCha8 encoding")
	}
	used := readBE(data[8:])
	if used > 4*32-4 {
		return errors.New("invalid ChaCha8 encoding")
	}
	for k := 0; k < 4; k++ {
		var v uint64
		for j := 7; j >= 0; j-- {
			v = v<<8 | uint64(data[16+8*k+j])
		}
		c.key[k] = v
	}
	c.ctr = 4 * uint32(used/32)
	chachaBlocks(&c.key, &c.buf, c.ctr)
	c.i, c.n = int(used%32), 32
	if c.ctr == 12 {
		c.n = 28
	}
	return nil
}
