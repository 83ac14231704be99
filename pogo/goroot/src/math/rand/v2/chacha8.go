package rand

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
