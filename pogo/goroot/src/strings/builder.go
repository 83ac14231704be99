package strings

import (
	"unicode/utf8"
	"unsafe" // for go:linkname and String
)

// A Builder builds a string with Write methods, copying as little as
// possible. Its zero value is ready to use; a non-zero Builder must not be
// copied.
type Builder struct {
	self *Builder // the Builder's own address, to catch copies
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes. It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		// Like gc, take the whole size class the allocation lands in.
		size := int(roundupsize(uintptr(2*cap(b.buf) + n)))
		buf := make([]byte, len(b.buf), size)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// roundupsize is the runtime's: the size of the allocation it makes for a
// request of size bytes.
//
//go:linkname roundupsize runtime.roundupsize
func roundupsize(size uintptr) uintptr

// Write appends p; the error is always nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; the error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r; the error is always nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; the error is always nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
