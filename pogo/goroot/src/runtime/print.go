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
	b := make([]byte, 20)
	i := len(b)
	for v >= 10 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	b[i] = byte('0' + v)
	writeAll(2, unsafe.Pointer(&b[i]), len(b)-i)
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
	const dig = "0123456789abcdef"
	b := make([]byte, 18)
	i := len(b)
	for v >= 16 {
		i--
		b[i] = dig[v%16]
		v /= 16
	}
	i--
	b[i] = dig[v]
	i--
	b[i] = 'x'
	i--
	b[i] = '0'
	writeAll(2, unsafe.Pointer(&b[i]), len(b)-i)
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
