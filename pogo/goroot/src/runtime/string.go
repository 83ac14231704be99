package runtime

import "unsafe"

func concatstring2(a, b string) string {
	n := len(a) + len(b)
	if n == 0 {
		return ""
	}
	if len(a) == 0 && !onCurStack(unsafe.Pointer(unsafe.StringData(b))) {
		return b
	}
	if len(b) == 0 && !onCurStack(unsafe.Pointer(unsafe.StringData(a))) {
		return a
	}
	p := mallocNoscan(uintptr(n))
	memmove(p, unsafe.Pointer(unsafe.StringData(a)), uintptr(len(a)))
	memmove(unsafe.Add(p, len(a)), unsafe.Pointer(unsafe.StringData(b)), uintptr(len(b)))
	return unsafe.String((*byte)(p), n)
}

// onCurStack reports whether p points into the running goroutine's stack. Escape
// analysis takes concatenation to copy its operands, so string data there (made with
// unsafe.String) must be copied rather than returned.
func onCurStack(p unsafe.Pointer) bool {
	u := uintptr(p)
	gp := getg()
	return gp != nil && gp.stackLo <= u && u < gp.stackHi
}

func eqstring(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func slicebytetostring(p unsafe.Pointer, n int) string {
	if n == 0 {
		return ""
	}
	q := mallocNoscan(uintptr(n))
	memmove(q, p, uintptr(n))
	return unsafe.String((*byte)(q), n)
}

func stringtoslicebyte(s string) []byte {
	b := make([]byte, len(s))
	if len(s) > 0 {
		memmove(unsafe.Pointer(unsafe.SliceData(b)), unsafe.Pointer(unsafe.StringData(s)), uintptr(len(s)))
	}
	return b
}

// intstring converts a rune value to a string of its UTF-8 encoding.
func intstring(v int64) string {
	b := make([]byte, 4)
	n := encoderune((*[4]byte)(unsafe.Pointer(unsafe.SliceData(b))), v)
	return unsafe.String(unsafe.SliceData(b), n)
}

const runeError = 0xFFFD

func appendRune(b []byte, r int64) []byte {
	if r >= 0 && r < 0x80 {
		return append(b, byte(r))
	}
	var buf [4]byte
	n := encoderune(&buf, r)
	return append(b, buf[:n]...)
}

// encoderune stores the UTF-8 encoding of r (of U+FFFD when r is no valid code
// point) at the start of p and returns its length. One function with stores in place
// instead of an append per length keeps the code short.
func encoderune(p *[4]byte, r int64) int {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000) {
		r = runeError
	}
	if r < 0x80 {
		p[0] = byte(r)
		return 1
	}
	n := 4
	lead := int64(0xF0)
	if r < 0x800 {
		n, lead = 2, 0xC0
	} else if r < 0x10000 {
		n, lead = 3, 0xE0
	}
	for i := n - 1; i > 0; i-- {
		p[i] = byte(0x80 | r&0x3F)
		r >>= 6
	}
	p[0] = byte(lead | r)
	return n
}

// decoderune returns the rune at s[k:] and the index after it; invalid
// encodings give U+FFFD and advance one byte, as range over a string does.
func decoderune(s string, k int) (rune, int) {
	c := s[k]
	if c < 0x80 {
		return rune(c), k + 1
	}
	n := len(s) - k
	if c >= 0xC2 && c < 0xE0 && n >= 2 {
		c1 := s[k+1]
		if c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), k + 2
		}
	} else if c >= 0xE0 && c < 0xF0 && n >= 3 {
		c1 := s[k+1]
		c2 := s[k+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r >= 0xE000) {
				return r, k + 3
			}
		}
	} else if c >= 0xF0 && c < 0xF5 && n >= 4 {
		c1 := s[k+1]
		c2 := s[k+2]
		c3 := s[k+3]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && c3&0xC0 == 0x80 {
			r := rune(c&0x07)<<18 | rune(c1&0x3F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F)
			if r >= 0x10000 && r <= 0x10FFFF {
				return r, k + 4
			}
		}
	}
	return runeError, k + 1
}

// slicerunetostring converts a []rune (data pointer, length) to a string.
func slicerunetostring(p unsafe.Pointer, n int) string {
	b := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		b = appendRune(b, int64(*(*int32)(unsafe.Add(p, 4*i))))
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// stringtoslicerune converts a string to a []rune, decoding it as range does.
func stringtoslicerune(s string) []rune {
	n := 0
	for k := 0; k < len(s); n++ {
		_, k = decoderune(s, k)
	}
	r := make([]rune, n)
	i := 0
	for k := 0; k < len(s); i++ {
		r[i], k = decoderune(s, k)
	}
	return r
}
