// Package hex implements hexadecimal encoding and decoding, the hexdump
// -C style Dump/Dumper, and streaming Encoder/Decoder (gc's API in full).
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const hextable = "0123456789abcdef"

// ErrLength reports an odd-length input to Decode.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe invalid bytes in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n bytes.
func EncodedLen(n int) int { return n * 2 }

// Encode writes the hex form of src into dst and returns 2*len(src).
func Encode(dst, src []byte) int {
	j := 0
	for _, v := range src {
		dst[j] = hextable[v>>4]
		dst[j+1] = hextable[v&0x0f]
		j += 2
	}
	return len(src) * 2
}

// AppendEncode appends the hex form of src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, hextable[v>>4], hextable[v&0x0f])
	}
	return dst
}

// EncodeToString returns the hex form of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// fromHex returns the value of hex digit c, or false.
func fromHex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// Decode decodes src into dst and returns the number of bytes written. An
// invalid byte is reported before an odd length.
func Decode(dst, src []byte) (int, error) {
	i, j := 0, 1
	for ; j < len(src); j += 2 {
		a, ok := fromHex(src[j-1])
		if !ok {
			return i, InvalidByteError(src[j-1])
		}
		b, ok := fromHex(src[j])
		if !ok {
			return i, InvalidByteError(src[j])
		}
		dst[i] = a<<4 | b
		i++
	}
	if len(src)%2 == 1 {
		if _, ok := fromHex(src[j-1]); !ok {
			return i, InvalidByteError(src[j-1])
		}
		return i, ErrLength
	}
	return i, nil
}

// AppendDecode appends the decoding of src to dst.
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	start := len(dst)
	for i := 0; i < n; i++ {
		dst = append(dst, 0)
	}
	k, err := Decode(dst[start:], src)
	return dst[:start+k], err
}

// DecodeString returns the bytes represented by the hex string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a hex dump of data in the format of `hexdump -C`.
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((1 + ((len(data) - 1) / 16)) * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

const bufferSize = 1024

type encoder struct {
	w   io.Writer
	err error
	out [bufferSize]byte
}

// NewEncoder returns a Writer that writes the hex form of its input to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := bufferSize / 2
		if len(p) < chunk {
			chunk = len(p)
		}
		k := Encode(e.out[:], p[:chunk])
		var written int
		written, e.err = e.w.Write(e.out[:k])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte
	arr [bufferSize]byte
}

// NewDecoder returns a Reader that decodes the hex input of r.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

func (d *decoder) Read(p []byte) (n int, err error) {
	// Refill when fewer than two digits are left (keeping an odd one).
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr[:], d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 != 0 {
			if _, ok := fromHex(d.in[len(d.in)-1]); !ok {
				d.err = InvalidByteError(d.in[len(d.in)-1])
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	k, err := Decode(p, d.in[:len(p)*2])
	d.in = d.in[2*k:]
	if err != nil {
		d.in, d.err = nil, err
	}
	// Errors wait until the buffered digits are used up.
	if len(d.in) < 2 {
		return k, d.err
	}
	return k, err
}

// Dumper returns a WriteCloser writing a hex dump of its input to w; Close
// writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w          io.Writer
	rightChars [18]byte
	buf        [14]byte
	used       int // bytes on the current line
	n          uint
	closed     bool
}

func toChar(b byte) byte {
	if b < 32 || b > 126 {
		return '.'
	}
	return b
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for i := range data {
		if h.used == 0 {
			// A line starts with the offset as eight hex digits.
			h.buf[0] = byte(h.n >> 24)
			h.buf[1] = byte(h.n >> 16)
			h.buf[2] = byte(h.n >> 8)
			h.buf[3] = byte(h.n)
			Encode(h.buf[4:], h.buf[:4])
			h.buf[12] = ' '
			h.buf[13] = ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return n, err
			}
		}
		Encode(h.buf[:], data[i:i+1])
		h.buf[2] = ' '
		l := 3
		if h.used == 7 {
			h.buf[3] = ' '
			l = 4
		} else if h.used == 15 {
			h.buf[3] = ' '
			h.buf[4] = '|'
			l = 5
		}
		if _, err = h.w.Write(h.buf[:l]); err != nil {
			return n, err
		}
		n++
		h.rightChars[h.used] = toChar(data[i])
		h.used++
		h.n++
		if h.used == 16 {
			h.rightChars[16] = '|'
			h.rightChars[17] = '\n'
			if _, err = h.w.Write(h.rightChars[:]); err != nil {
				return n, err
			}
			h.used = 0
		}
	}
	return n, nil
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return nil
	}
	h.closed = true
	if h.used == 0 {
		return nil
	}
	pad := [5]byte{' ', ' ', ' ', ' ', '|'}
	nBytes := h.used
	for h.used < 16 {
		l := 3
		if h.used == 7 {
			l = 4
		} else if h.used == 15 {
			l = 5
		}
		if _, err = h.w.Write(pad[:l]); err != nil {
			return err
		}
		h.used++
	}
	h.rightChars[nBytes] = '|'
	h.rightChars[nBytes+1] = '\n'
	_, err = h.w.Write(h.rightChars[:nBytes+2])
	return err
}
