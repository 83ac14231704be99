package runtime

import "unsafe"

// The print and println built-ins write to standard error, unbuffered.

func printstring(s string) {
	writeAll(2, unsafe.Pointer(unsafe.StringData(s)), len(s))
}

func printsp() {
	printstring(" ")
}

func printnl() {
	printstring("\n")
}

func printbool(b bool) {
	if b {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printuint(v uint64) {
	var b [numLen]byte
	i := digits(&b, v, false)
	writeAll(2, unsafe.Pointer(&b[i]), numLen-i)
}

// numLen is the room digits needs: 20 decimal digits and a sign, or 0x and 16 hex digits.
const numLen = 21

// digits writes u in decimal, or in hexadecimal after "0x" when hex, at the end of b
// and returns the index where the text starts. Every integer the runtime prints or
// formats goes through it, so the conversion loop exists once.
func digits(b *[numLen]byte, u uint64, hex bool) int {
	const dig = "0123456789abcdef"
	base := uint64(10)
	if hex {
		base = 16
	}
	i := numLen
	for {
		i--
		b[i] = dig[u%base]
		u /= base
		if u == 0 {
			break
		}
	}
	if hex {
		i -= 2
		b[i] = '0'
		b[i+1] = 'x'
	}
	return i
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	var b [numLen]byte
	i := digits(&b, v, true)
	writeAll(2, unsafe.Pointer(&b[i]), numLen-i)
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printslice prints a slice as the print built-ins do: [len/cap]array-address.
func printslice(p unsafe.Pointer, n, c int) {
	printstring("[")
	printint(int64(n))
	printstring("/")
	printint(int64(c))
	printstring("]")
	printpointer(p)
}

// printeface prints an interface value's two words, (type-or-itab,data).
func printeface(t, d unsafe.Pointer) {
	printstring("(")
	printpointer(t)
	printstring(",")
	printpointer(d)
	printstring(")")
}

// printfloat writes v as print and println do: the shortest decimal that reads
// back as v (fmt's %v format).
func printfloat(v float64) {
	var b [40]byte
	buf := appendFloat(b[:0], v, 64)
	writeAll(2, unsafe.Pointer(&buf[0]), len(buf))
}

// printfloat32 prints a float32 (passed as float64) with float32's shortest digits.
func printfloat32(v float64) {
	var b [40]byte
	buf := appendFloat(b[:0], v, 32)
	writeAll(2, unsafe.Pointer(&buf[0]), len(buf))
}
