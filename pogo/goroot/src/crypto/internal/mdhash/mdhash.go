// Package mdhash is the Merkle-Damgard framing shared by MD5, SHA-1 and
// SHA-256: 64-byte blocks, a 0x80 pad byte, and the message length in bits
// in the last 8 bytes (little- or big-endian).
package mdhash

// Block compresses whole 64-byte blocks of p into the state.
type Block func(p []byte)

// Buffer collects written bytes into blocks.
type Buffer struct {
	buf   [64]byte
	n     int
	total uint64
}

// Reset empties the buffer.
func (b *Buffer) Reset() { b.n, b.total = 0, 0 }

// Write feeds p to block, one 64-byte block at a time.
func (b *Buffer) Write(p []byte, block Block) {
	b.total += uint64(len(p))
	if b.n > 0 {
		k := copy(b.buf[b.n:], p)
		b.n += k
		p = p[k:]
		if b.n < 64 {
			return
		}
		block(b.buf[:])
		b.n = 0
	}
	if whole := len(p) &^ 63; whole > 0 {
		block(p[:whole])
		p = p[whole:]
	}
	b.n = copy(b.buf[:], p)
}

// Finish pads the message and compresses the last block(s).
func (b *Buffer) Finish(bigEndian bool, block Block) {
	bitsLen := b.total << 3
	var pad [72]byte
	pad[0] = 0x80
	k := 56 - b.n
	if k <= 0 {
		k += 64
	}
	for i := 0; i < 8; i++ {
		sh := uint(8 * i)
		if bigEndian {
			sh = uint(56 - 8*i)
		}
		pad[k+i] = byte(bitsLen >> sh)
	}
	total := b.total
	b.Write(pad[:k+8], block)
	b.total = total
}

// Marshal appends a saved state: magic, the chaining words big-endian, the
// 64-byte buffer (zero past the pending bytes) and the byte count, the
// layout Go's hashes use.
func (b *Buffer) Marshal(magic string, h []uint32) []byte {
	out := make([]byte, 0, len(magic)+4*len(h)+64+8)
	out = append(out, magic...)
	for _, v := range h {
		out = append(out, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	out = append(out, b.buf[:b.n]...)
	out = append(out, make([]byte, 64-b.n)...)
	for i := 0; i < 8; i++ {
		out = append(out, byte(b.total>>uint(56-8*i)))
	}
	return out
}

// Unmarshal restores a state saved by Marshal; it reports an error text, or "".
func (b *Buffer) Unmarshal(data []byte, magic string, h []uint32) string {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return "invalid hash state identifier"
	}
	if len(data) != len(magic)+4*len(h)+64+8 {
		return "invalid hash state size"
	}
	p := data[len(magic):]
	for i := range h {
		h[i] = uint32(p[0])<<24 | uint32(p[1])<<16 | uint32(p[2])<<8 | uint32(p[3])
		p = p[4:]
	}
	copy(b.buf[:], p[:64])
	p = p[64:]
	var total uint64
	for i := 0; i < 8; i++ {
		total = total<<8 | uint64(p[i])
	}
	b.total = total
	b.n = int(total % 64)
	return ""
}
