package fmt

import (
	"io"
	"os"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// fNoMethods marks values reached through unexported struct fields, whose
// methods gc's fmt cannot call; fWrapErrs marks Errorf, where %w is valid.
const (
	fNoMethods = 1 << 16
	fWrapErrs  = 1 << 17
)

// GoStringer is implemented by values with a GoString method, which %#v
// uses.
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by values with a Format method, which formats
// them for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// State is what a Formatter's Format method sees: the output and the
// directive's options.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// state is the State handed to Format methods.
type state struct {
	buf           []byte
	fl, wid, prec int
}

func (s *state) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (int, bool) { return s.wid, s.fl&fWid != 0 }

func (s *state) Precision() (int, bool) { return s.prec, s.fl&fPrec != 0 }

func (s *state) Flag(c int) bool {
	switch c {
	case '-':
		return s.fl&fMinus != 0
	case '+':
		return s.fl&(fPlus|fPlusV) != 0
	case '#':
		return s.fl&(fSharp|fSharpV) != 0
	case ' ':
		return s.fl&fSpace != 0
	case '0':
		return s.fl&fZero != 0
	}
	return false
}

// FormatString returns the directive that state describes, with verb: the
// flags, width and precision, as they were written (after '*' was
// replaced by its value).
func FormatString(st State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if st.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	// pogo cannot compile calls of interface methods with two results
	// yet: read the width and precision of fmt's own State directly.
	if s, ok := st.(*state); ok {
		if s.fl&fWid != 0 {
			b = appendDecimal(b, s.wid)
		}
		if s.fl&fPrec != 0 {
			b = append(b, '.')
			b = appendDecimal(b, s.prec)
		}
	}
	return string(utf8.AppendRune(b, verb))
}

func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	if n >= 10 {
		b = appendDecimal(b, n/10)
	}
	return append(b, byte('0'+n%10))
}

// handleMethods formats arg with its Format, GoString, Error or String
// method when it has one that applies to verb.
func handleMethods(buf []byte, arg any, verb rune, fl, wid, prec int) ([]byte, bool) {
	if verb == 'w' {
		// %w wants an error, and only Errorf accepts it.
		if _, ok := arg.(error); !ok || fl&fWrapErrs == 0 {
			t, p := efaceParts(&arg)
			return badVerb(buf, t, p, 'w', fl, wid, prec), true
		}
		verb = 'v'
	}
	if f, ok := arg.(Formatter); ok {
		st := &state{buf, fl &^ (fNoMethods | fWrapErrs), wid, prec}
		f.Format(st, verb)
		return st.buf, true
	}
	if fl&fSharpV != 0 {
		if g, ok := arg.(GoStringer); ok {
			text, ok, _ := callMethod(arg, verb, "GoString", g.GoString)
			if !ok { // the replacement text is not padded
				return append(buf, text...), true
			}
			return fmtS(buf, text, fl, wid, prec), true
		}
		return buf, false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		var f func() string
		method := "String"
		switch v := arg.(type) {
		case error:
			f, method = v.Error, "Error"
		case Stringer:
			f = v.String
		default:
			return buf, false
		}
		text, ok, _ := callMethod(arg, verb, method, f)
		if !ok { // the replacement text is not padded
			return append(buf, text...), true
		}
		return fmtStringVerb(buf, nil, nil, text, verb, fl, wid, prec), true
	}
	return buf, false
}

// Printf and friends. Operands are examined through the compiler's type
// descriptors (layout in pogo/compile/typedesc.py); the accessors and kind
// numbers below are this file's own, so that it does not depend on the
// names used by value.go.

const (
	pkBool       = 1
	pkInt        = 2
	pkInt64      = 6
	pkUint       = 7
	pkUint8      = 8
	pkUintptr    = 12
	pkFloat32    = 13
	pkFloat64    = 14
	pkComplex64  = 15
	pkComplex128 = 16
	pkArray      = 17
	pkChan       = 18
	pkFunc       = 19
	pkInterface  = 20
	pkMap        = 21
	pkPtr        = 22
	pkSlice      = 23
	pkString     = 24
	pkStruct     = 25
	pkUnsafePtr  = 26
)

func descSize(t unsafe.Pointer) uintptr { return *(*uintptr)(t) }
func descKind(t unsafe.Pointer) uint8   { return *(*uint8)(unsafe.Add(t, 23)) }
func descDirect(t unsafe.Pointer) bool  { return *(*uint8)(unsafe.Add(t, 20))&1 != 0 }
func descName(t unsafe.Pointer) string  { return *(*string)(unsafe.Add(t, 40)) }
func descElem(t unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(t, 56))
}
func descLen(t unsafe.Pointer) int        { return *(*int)(unsafe.Add(t, 64)) }
func descNumFields(t unsafe.Pointer) int  { return *(*int)(unsafe.Add(t, 80)) }
func descNumMethods(t unsafe.Pointer) int { return *(*int)(unsafe.Add(t, 96)) }

// descField returns the name, type and offset of field i of a struct type.
func descField(t unsafe.Pointer, i int) (string, unsafe.Pointer, uintptr) {
	rec := unsafe.Add(*(*unsafe.Pointer)(unsafe.Add(t, 72)), i*32)
	off := *(*uintptr)(unsafe.Add(rec, 24))
	return *(*string)(rec), *(*unsafe.Pointer)(unsafe.Add(rec, 16)), off &^ (1 << 63)
}

// efaceParts returns the type descriptor of the dynamic type of a (nil for
// a nil interface) and the address of its value.
func efaceParts(a *any) (unsafe.Pointer, unsafe.Pointer) {
	t := *(*unsafe.Pointer)(unsafe.Pointer(a))
	if t == nil {
		return nil, nil
	}
	slot := unsafe.Add(unsafe.Pointer(a), 8)
	if descDirect(t) {
		return t, slot
	}
	return t, *(*unsafe.Pointer)(slot)
}

// makeAny builds an interface holding the value of type t at p.
func makeAny(t unsafe.Pointer, p unsafe.Pointer) any {
	var a any
	words := unsafe.Pointer(&a)
	*(*unsafe.Pointer)(words) = t
	if descDirect(t) {
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = *(*unsafe.Pointer)(p)
	} else {
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = p
	}
	return a
}

// Sprintf formats according to format and returns the resulting string.
func Sprintf(format string, a ...any) string {
	b, _, _ := appendf(make([]byte, 0, 64), format, a, false)
	return string(b)
}

// Printf formats according to format and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return stdoutf(format, a)
}

func stdoutf(format string, a []any) (n int, err error) {
	b, _, _ := appendf(make([]byte, 0, 64), format, a, false)
	return os.Stdout.Write(b)
}

// Fprintf formats according to format and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	b, _, _ := appendf(make([]byte, 0, 64), format, a, false)
	return w.Write(b)
}

// Appendf formats according to format, appends the result to b and
// returns the extended slice.
func Appendf(b []byte, format string, a ...any) []byte {
	b, _, _ = appendf(b, format, a, false)
	return b
}

// parseNum reads a decimal number at s[i:]; ok is false when there is none
// or when it is absurdly large.
func parseNum(s string, i int) (num int, ok bool, next int) {
	if i >= len(s) {
		return 0, false, len(s)
	}
	for next = i; next < len(s) && '0' <= s[next] && s[next] <= '9'; next++ {
		if num > 1000000 || num < -1000000 {
			return 0, false, len(s)
		}
		num = num*10 + int(s[next]-'0')
		ok = true
	}
	return num, ok, next
}

// intArg takes a[argNum] as a '*' width or precision.
func intArg(a []any, argNum int) (num int, ok bool, next int) {
	next = argNum
	if argNum >= len(a) {
		return 0, false, next
	}
	next = argNum + 1
	t, p := efaceParts(&a[argNum])
	if t == nil {
		return 0, false, next
	}
	k := descKind(t)
	if k >= pkInt && k <= pkInt64 {
		v := loadSigned(t, p)
		num = int(v)
		ok = true
	} else if k >= pkUint && k <= pkUintptr {
		v := loadUnsigned(t, p)
		if int64(v) >= 0 {
			num = int(v)
			ok = true
		}
	}
	if num > 1000000 || num < -1000000 {
		return 0, false, next
	}
	return num, ok, next
}

// argIndex reads an explicit argument index "[n]" at format[i:]. It returns
// the new argument number and position, whether an index was found, and
// whether it was valid.
func argIndex(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found, good bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false, true
	}
	for j := i + 1; j < len(format); j++ {
		if format[j] == ']' {
			n, ok, next := parseNum(format, i+1)
			if !ok || next != j {
				return argNum, j + 1, false, false
			}
			n--
			if 0 <= n && n < numArgs {
				return n, j + 1, true, true
			}
			return argNum, j + 1, true, false
		}
	}
	return argNum, i + 1, false, false
}

// appendf appends the formatting of a under format to buf. With wrap (for
// Errorf) %w accepts errors; wrapped lists the argument numbers of the %w
// directives, and reordered tells whether explicit indexes were used.
func appendf(buf []byte, format string, a []any, wrap bool) (out []byte, wrapped []int, reordered bool) {
	end := len(format)
	argNum := 0
	afterIndex := false
	for i := 0; i < end; {
		goodArgNum := true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		buf = append(buf, format[start:i]...)
		if i >= end {
			break
		}
		i++ // the '%'
		fl, wid, prec := 0, 0, 0
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				fl |= fSharp
			case '0':
				fl |= fZero
			case '+':
				fl |= fPlus
			case '-':
				fl |= fMinus
			case ' ':
				fl |= fSpace
			default:
				break flags
			}
		}
		var found, good bool
		argNum, i, found, good = argIndex(argNum, format, i, len(a))
		if found || !good {
			reordered = true
		}
		afterIndex = found
		goodArgNum = goodArgNum && good
		if i < end && format[i] == '*' {
			i++
			var ok bool
			wid, ok, argNum = intArg(a, argNum)
			if ok {
				fl |= fWid
			} else {
				buf = append(buf, "%!(BADWIDTH)"...)
			}
			if wid < 0 {
				wid = -wid
				fl |= fMinus
				fl &^= fZero
			}
			afterIndex = false
		} else {
			var ok bool
			wid, ok, i = parseNum(format, i)
			if ok {
				fl |= fWid
				if afterIndex {
					goodArgNum = false
				}
			}
		}
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				goodArgNum = false
			}
			argNum, i, found, good = argIndex(argNum, format, i, len(a))
			if found || !good {
				reordered = true
			}
			afterIndex = found
			goodArgNum = goodArgNum && good
			if i < end && format[i] == '*' {
				i++
				var ok bool
				prec, ok, argNum = intArg(a, argNum)
				if prec < 0 {
					prec = 0
					ok = false
				}
				if ok {
					fl |= fPrec
				} else {
					buf = append(buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				prec, _, i = parseNum(format, i)
				fl |= fPrec
			}
		}
		if !afterIndex {
			argNum, i, found, good = argIndex(argNum, format, i, len(a))
			if found || !good {
				reordered = true
			}
			afterIndex = found
			goodArgNum = goodArgNum && good
		}
		if i >= end {
			buf = append(buf, "%!(NOVERB)"...)
			break
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size
		switch {
		case verb == '%':
			buf = append(buf, '%')
		case !goodArgNum:
			buf = append(buf, "%!"...)
			buf = utf8.AppendRune(buf, verb)
			buf = append(buf, "(BADINDEX)"...)
		case argNum >= len(a):
			buf = append(buf, "%!"...)
			buf = utf8.AppendRune(buf, verb)
			buf = append(buf, "(MISSING)"...)
		default:
			if verb == 'w' {
				wrapped = append(wrapped, argNum)
				if wrap {
					fl |= fWrapErrs
				}
			}
			if verb == 'v' || verb == 'w' {
				// %#v and %+v select formats rather than flags.
				if fl&fSharp != 0 {
					fl = fl&^fSharp | fSharpV
				}
				if fl&fPlus != 0 {
					fl = fl&^fPlus | fPlusV
				}
			}
			buf = printArg(buf, a[argNum], verb, fl, wid, prec)
			argNum++
		}
	}
	if !reordered && argNum < len(a) {
		buf = append(buf, "%!(EXTRA "...)
		for k := argNum; k < len(a); k++ {
			if k > argNum {
				buf = append(buf, ", "...)
			}
			t, _ := efaceParts(&a[k])
			if t == nil {
				buf = append(buf, "<nil>"...)
			} else {
				buf = append(buf, descName(t)...)
				buf = append(buf, '=')
				buf = printArg(buf, a[k], 'v', 0, 0, 0)
			}
		}
		buf = append(buf, ')')
	}
	return buf, wrapped, reordered
}

// printArg formats one operand.
func printArg(buf []byte, arg any, verb rune, fl, wid, prec int) []byte {
	t, p := efaceParts(&arg)
	if t == nil {
		if verb == 'T' || verb == 'v' {
			return padString(buf, "<nil>", fl, wid)
		}
		return badVerb(buf, nil, nil, verb, fl, wid, prec)
	}
	switch verb {
	case 'T':
		return fmtS(buf, descName(t), fl, wid, prec)
	case 'p':
		return fmtPointer(buf, t, p, 'p', fl, wid, prec)
	}
	if isReflectValue(t) {
		return printArg(buf, reflectValueArg(arg), verb, fl, wid, prec)
	}
	if b, ok := handleMethods(buf, arg, verb, fl, wid, prec); ok {
		return b
	}
	if verb == 'w' {
		verb = 'v'
	}
	if descKind(t) == pkSlice && descName(t) == "[]uint8" {
		// An operand of type []byte itself (not a named byte slice type).
		switch verb {
		case 'v', 'd', 's', 'x', 'X', 'q':
			data := *(*unsafe.Pointer)(p)
			s := unsafe.String((*byte)(data), *(*int)(unsafe.Add(p, 8)))
			return fmtBytes(buf, s, data == nil, "[]byte", verb, fl, wid, prec)
		}
	}
	return printValue(buf, t, p, verb, fl, wid, prec, 0)
}

// badVerb writes %!verb(type=value), or %!verb(<nil>) for a nil operand.
// The value is formatted with %v under the directive's flags, as gc does.
func badVerb(buf []byte, t unsafe.Pointer, p unsafe.Pointer, verb rune, fl, wid, prec int) []byte {
	buf = append(buf, "%!"...)
	buf = utf8.AppendRune(buf, verb)
	buf = append(buf, '(')
	if t == nil {
		buf = append(buf, "<nil>"...)
	} else {
		buf = append(buf, descName(t)...)
		buf = append(buf, '=')
		buf = printValue(buf, t, p, 'v', fl, wid, prec, 0)
	}
	return append(buf, ')')
}

func loadSigned(t unsafe.Pointer, p unsafe.Pointer) int64 {
	switch descSize(t) {
	case 1:
		return int64(*(*int8)(p))
	case 2:
		return int64(*(*int16)(p))
	case 4:
		return int64(*(*int32)(p))
	}
	return *(*int64)(p)
}

func loadUnsigned(t unsafe.Pointer, p unsafe.Pointer) uint64 {
	switch descSize(t) {
	case 1:
		return uint64(*(*uint8)(p))
	case 2:
		return uint64(*(*uint16)(p))
	case 4:
		return uint64(*(*uint32)(p))
	}
	return *(*uint64)(p)
}

// fmtIntVerb formats an integer under verb.
func fmtIntVerb(buf []byte, t, p unsafe.Pointer, u uint64, signed bool, verb rune, fl, wid, prec int) []byte {
	switch verb {
	case 'v':
		if fl&fSharpV != 0 && !signed {
			return fmtInteger(buf, u, 16, false, 'v', lowerDigits, fl|fSharp, wid, prec)
		}
		return fmtInteger(buf, u, 10, signed, verb, lowerDigits, fl, wid, prec)
	case 'd':
		return fmtInteger(buf, u, 10, signed, verb, lowerDigits, fl, wid, prec)
	case 'b':
		return fmtInteger(buf, u, 2, signed, verb, lowerDigits, fl, wid, prec)
	case 'o', 'O':
		return fmtInteger(buf, u, 8, signed, verb, lowerDigits, fl, wid, prec)
	case 'x':
		return fmtInteger(buf, u, 16, signed, verb, lowerDigits, fl, wid, prec)
	case 'X':
		return fmtInteger(buf, u, 16, signed, verb, upperDigits, fl, wid, prec)
	case 'c':
		return fmtC(buf, u, fl, wid)
	case 'q':
		return fmtQc(buf, u, fl, wid)
	case 'U':
		return fmtUnicode(buf, u, fl, wid, prec)
	}
	return badVerb(buf, t, p, verb, fl, wid, prec)
}

// fmtStringVerb formats a string under verb.
func fmtStringVerb(buf []byte, t, p unsafe.Pointer, s string, verb rune, fl, wid, prec int) []byte {
	switch verb {
	case 'v':
		if fl&fSharpV != 0 {
			return fmtQ(buf, s, fl&^fSharpV, wid, prec)
		}
		return fmtS(buf, s, fl, wid, prec)
	case 's':
		return fmtS(buf, s, fl, wid, prec)
	case 'x':
		return fmtSbx(buf, s, lowerDigits, fl, wid, prec)
	case 'X':
		return fmtSbx(buf, s, upperDigits, fl, wid, prec)
	case 'q':
		return fmtQ(buf, s, fl, wid, prec)
	}
	return badVerb(buf, t, p, verb, fl, wid, prec)
}

// fmtBytes formats a byte slice or array (its bytes in s; isNil for a nil
// slice) under verb; name is its type.
func fmtBytes(buf []byte, s string, isNil bool, name string, verb rune, fl, wid, prec int) []byte {
	switch verb {
	case 's':
		return fmtS(buf, s, fl, wid, prec)
	case 'x':
		return fmtSbx(buf, s, lowerDigits, fl, wid, prec)
	case 'X':
		return fmtSbx(buf, s, upperDigits, fl, wid, prec)
	case 'q':
		return fmtQ(buf, s, fl, wid, prec)
	}
	// 'v' and 'd'.
	if fl&fSharpV != 0 {
		buf = append(buf, name...)
		if isNil {
			return append(buf, "(nil)"...)
		}
		buf = append(buf, '{')
		for i := 0; i < len(s); i++ {
			if i > 0 {
				buf = append(buf, ", "...)
			}
			buf = fmtInteger(buf, uint64(s[i]), 16, false, 'v', lowerDigits, fl|fSharp, wid, prec)
		}
		return append(buf, '}')
	}
	buf = append(buf, '[')
	for i := 0; i < len(s); i++ {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = fmtInteger(buf, uint64(s[i]), 10, false, verb, lowerDigits, fl, wid, prec)
	}
	return append(buf, ']')
}

// fmtPointer formats a pointer-like value (pointer, slice, map, channel,
// function, unsafe.Pointer) as an address.
func fmtPointer(buf []byte, t, p unsafe.Pointer, verb rune, fl, wid, prec int) []byte {
	k := descKind(t)
	var u uint64
	switch k {
	case pkChan, pkFunc, pkMap, pkPtr, pkSlice, pkUnsafePtr:
		u = uint64(uintptr(*(*unsafe.Pointer)(p)))
	default:
		return badVerb(buf, t, p, verb, fl, wid, prec)
	}
	switch verb {
	case 'v':
		if fl&fSharpV != 0 {
			buf = append(buf, '(')
			buf = append(buf, descName(t)...)
			buf = append(buf, ")("...)
			if u == 0 {
				buf = append(buf, "nil"...)
			} else {
				buf = fmtInteger(buf, u, 16, false, 'v', lowerDigits, fl|fSharp, wid, prec)
			}
			return append(buf, ')')
		}
		if u == 0 {
			return padString(buf, "<nil>", fl, wid)
		}
		return fmtInteger(buf, u, 16, false, 'v', lowerDigits, fl^fSharp, wid, prec)
	case 'p':
		return fmtInteger(buf, u, 16, false, 'v', lowerDigits, fl^fSharp, wid, prec)
	case 'b', 'o', 'd', 'x', 'X':
		return fmtIntVerb(buf, t, p, u, false, verb, fl, wid, prec)
	}
	return badVerb(buf, t, p, verb, fl, wid, prec)
}

// printValue formats the value of type t stored at p; depth 0 is an
// operand, deeper levels are elements and fields.
func printValue(buf []byte, t, p unsafe.Pointer, verb rune, fl, wid, prec, depth int) []byte {
	k := descKind(t)
	if depth > 0 && fl&fNoMethods == 0 && k != pkInterface {
		if b, ok := handleMethods(buf, makeAny(t, p), verb, fl, wid, prec); ok {
			return b
		}
	}
	switch {
	case k == pkBool:
		if verb == 't' || verb == 'v' {
			return fmtBoolean(buf, *(*bool)(p), fl, wid)
		}
		return badVerb(buf, t, p, verb, fl, wid, prec)
	case k >= pkInt && k <= pkInt64:
		return fmtIntVerb(buf, t, p, uint64(loadSigned(t, p)), true, verb, fl, wid, prec)
	case k >= pkUint && k <= pkUintptr:
		return fmtIntVerb(buf, t, p, loadUnsigned(t, p), false, verb, fl, wid, prec)
	case k == pkString:
		return fmtStringVerb(buf, t, p, *(*string)(p), verb, fl, wid, prec)
	case k == pkFloat32:
		return fmtFloatVerb(buf, t, p, float64(*(*float32)(p)), 32, verb, fl, wid, prec)
	case k == pkFloat64:
		return fmtFloatVerb(buf, t, p, *(*float64)(p), 64, verb, fl, wid, prec)
	case k == pkComplex64:
		c := *(*complex64)(p)
		return fmtComplexVerb(buf, t, p, float64(real(c)), float64(imag(c)), 32, verb, fl, wid, prec)
	case k == pkComplex128:
		c := *(*complex128)(p)
		return fmtComplexVerb(buf, t, p, real(c), imag(c), 64, verb, fl, wid, prec)
	case k == pkSlice || k == pkArray:
		et := descElem(t)
		data := p
		n := 0
		if k == pkSlice {
			data = *(*unsafe.Pointer)(p)
			n = *(*int)(unsafe.Add(p, 8))
		} else {
			n = descLen(t)
		}
		if descKind(et) == pkUint8 {
			switch verb {
			case 's', 'q', 'x', 'X':
				return fmtBytes(buf, unsafe.String((*byte)(data), n), false, descName(t), verb, fl, wid, prec)
			}
		}
		es := descSize(et)
		if fl&fSharpV != 0 {
			buf = append(buf, descName(t)...)
			if k == pkSlice && data == nil {
				return append(buf, "(nil)"...)
			}
			buf = append(buf, '{')
			for i := 0; i < n; i++ {
				if i > 0 {
					buf = append(buf, ", "...)
				}
				buf = printValue(buf, et, unsafe.Add(data, uintptr(i)*es), verb, fl, wid, prec, depth+1)
			}
			return append(buf, '}')
		}
		buf = append(buf, '[')
		for i := 0; i < n; i++ {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = printValue(buf, et, unsafe.Add(data, uintptr(i)*es), verb, fl, wid, prec, depth+1)
		}
		return append(buf, ']')
	case k == pkInterface:
		dt, dp := efaceParts((*any)(p))
		if dt != nil && descNumMethods(t) > 0 {
			// A non-empty interface holds an itab, whose second word is the
			// dynamic type.
			dt = *(*unsafe.Pointer)(unsafe.Add(dt, 8))
			dp = unsafe.Add(p, 8)
			if !descDirect(dt) {
				dp = *(*unsafe.Pointer)(dp)
			}
		}
		if dt == nil {
			// a nil element prints as <nil> whatever the verb, unpadded
			if fl&fSharpV != 0 {
				buf = append(buf, descName(t)...)
				return append(buf, "(nil)"...)
			}
			return append(buf, "<nil>"...)
		}
		return printValue(buf, dt, dp, verb, fl, wid, prec, depth+1)
	case k == pkStruct:
		if fl&fSharpV != 0 {
			buf = append(buf, descName(t)...)
		}
		buf = append(buf, '{')
		for i := 0; i < descNumFields(t); i++ {
			if i > 0 {
				if fl&fSharpV != 0 {
					buf = append(buf, ", "...)
				} else {
					buf = append(buf, ' ')
				}
			}
			name, ft, off := descField(t, i)
			if fl&(fPlusV|fSharpV) != 0 && name != "" {
				buf = append(buf, name...)
				buf = append(buf, ':')
			}
			ffl := fl
			if name != "" && !('A' <= name[0] && name[0] <= 'Z') && name[0] < utf8.RuneSelf {
				ffl |= fNoMethods
			} else if name != "" && name[0] >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(name); !isUpperRune(r) {
					ffl |= fNoMethods
				}
			}
			buf = printValue(buf, ft, unsafe.Add(p, off), verb, ffl, wid, prec, depth+1)
		}
		return append(buf, '}')
	case k == pkPtr:
		q := *(*unsafe.Pointer)(p)
		if depth == 0 && q != nil {
			ek := descKind(descElem(t))
			if ek == pkArray || ek == pkSlice || ek == pkStruct || ek == pkMap {
				buf = append(buf, '&')
				return printValue(buf, descElem(t), q, verb, fl, wid, prec, depth+1)
			}
		}
		return fmtPointer(buf, t, p, verb, fl, wid, prec)
	case k == pkChan || k == pkFunc || k == pkUnsafePtr:
		return fmtPointer(buf, t, p, verb, fl, wid, prec)
	case k == pkMap:
		return printMap(buf, t, *(*unsafe.Pointer)(p), verb, fl, wid, prec, depth)
	}
	// Anything else: the default format of value.go.
	return appendValue(buf, makeAny(t, p))
}

// isUpperRune reports whether a non-ASCII rune starts an exported name.
func isUpperRune(r rune) bool {
	return unicode.IsUpper(r)
}

// printMap prints a map with its keys sorted, each key and value under the verb;
// %#v gives the Go syntax map[K]V{k:v, ...}.
func printMap(buf []byte, t, m unsafe.Pointer, verb rune, fl, wid, prec, depth int) []byte {
	if fl&fSharpV != 0 {
		buf = append(buf, descName(t)...)
		if m == nil {
			return append(buf, "(nil)"...)
		}
		buf = append(buf, '{')
	} else {
		buf = append(buf, "map["...)
	}
	kt := *(*unsafe.Pointer)(unsafe.Add(t, 104))
	vt := descElem(t)
	keys, vals := sortedMap(t, m)
	for i := range keys {
		if i > 0 {
			if fl&fSharpV != 0 {
				buf = append(buf, ", "...)
			} else {
				buf = append(buf, ' ')
			}
		}
		buf = printValue(buf, kt, keys[i], verb, fl, wid, prec, depth+1)
		buf = append(buf, ':')
		buf = printValue(buf, vt, vals[i], verb, fl, wid, prec, depth+1)
	}
	if fl&fSharpV != 0 {
		return append(buf, '}')
	}
	return append(buf, ']')
}
