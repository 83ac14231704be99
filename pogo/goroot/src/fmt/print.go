// Package fmt implements formatted I/O: the Print, Fprint, Sprint and
// Append families (print.go, printf.go), Errorf (errors.go) and scanning
// (scan.go). Every F function formats into one buffer and writes it with a
// single Write call.
package fmt

import (
	"io"
	"os"
	"unsafe"
)

// Println formats its operands with their default formats, separated by
// spaces and followed by a newline, and writes them to standard output.
// It is one call of a helper, so that callers in other packages can inline it.
func Println(a ...any) (n int, err error) {
	return stdoutln(a)
}

func stdoutln(a []any) (n int, err error) {
	return os.Stdout.Write(appendln(make([]byte, 0, 64), a))
}

// Print formats its operands with their default formats and writes them to
// standard output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) {
	return stdoutPrint(a)
}

func stdoutPrint(a []any) (n int, err error) {
	return os.Stdout.Write(appendPrint(make([]byte, 0, 64), a))
}

// Fprintln is Println writing to w (in one Write call).
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(appendln(make([]byte, 0, 64), a))
}

// Fprint is Print writing to w (in one Write call).
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(appendPrint(make([]byte, 0, 64), a))
}

// Sprint formats its operands like Print and returns the string.
func Sprint(a ...any) string {
	return string(appendPrint(make([]byte, 0, 64), a))
}

// Sprintln formats its operands like Println and returns the string.
func Sprintln(a ...any) string {
	return string(appendln(make([]byte, 0, 64), a))
}

// Append formats its operands like Print and appends the result to b.
func Append(b []byte, a ...any) []byte { return appendPrint(b, a) }

// Appendln formats its operands like Println and appends the result to b.
func Appendln(b []byte, a ...any) []byte { return appendln(b, a) }

func appendln(buf []byte, a []any) []byte {
	for i, arg := range a {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, arg)
	}
	return append(buf, '\n')
}

func appendPrint(buf []byte, a []any) []byte {
	prevString := false
	for i, arg := range a {
		isString := false
		switch arg.(type) {
		case string:
			isString = true
		}
		if i > 0 && !isString && !prevString {
			buf = append(buf, ' ')
		}
		buf = appendValue(buf, arg)
		prevString = isString
	}
	return buf
}

// appendValue formats one operand of Print. Values of the basic kinds that print as
// digits, true/false or their bytes (of any type, named or not: they have no Error
// or String method) are formatted here from their descriptor's kind and size; the
// descriptor walk of value.go (appendAny) does the rest, and the linker leaves it out
// of programs with no other values to print (pogo/link/lazy.py).
func appendValue(buf []byte, arg any) []byte {
	t := *(*unsafe.Pointer)(unsafe.Pointer(&arg))
	if t == nil {
		return append(buf, "<nil>"...)
	}
	if isReflectValue(t) {
		return appendValue(buf, reflectValueArg(arg))
	}
	if b, ok := appendMethods(buf, arg); ok {
		return b
	}
	p := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&arg), 8)) // basic kinds are boxed
	switch k := tKind(t); {
	case k == kindString:
		return append(buf, *(*string)(p)...)
	case k == kindBool:
		if *(*bool)(p) {
			return append(buf, "true"...)
		}
		return append(buf, "false"...)
	case k >= kindInt && k <= kindInt64:
		return appendInt(buf, intAt(t, p))
	case k >= kindUint && k <= kindUintptr:
		return appendUint(buf, uintAt(t, p))
	}
	return appendAny(buf, arg)
}

func appendInt(buf []byte, v int64) []byte {
	if v < 0 {
		buf = append(buf, '-')
		return appendUint(buf, uint64(-v))
	}
	return appendUint(buf, uint64(v))
}

func appendUint(buf []byte, v uint64) []byte {
	start := len(buf)
	if v == 0 {
		return append(buf, '0')
	}
	for v > 0 {
		buf = append(buf, byte('0'+v%10))
		v /= 10
	}
	for i, j := start, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return buf
}
