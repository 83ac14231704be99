package fmt

import (
	"strconv"
	"unsafe"
)

// Printing of composite values (arrays, slices, structs, pointers, maps) with the
// %v verb, by walking the compiler's type descriptors. The descriptor layout is
// documented in pogo/compile/typedesc.py.

const (
	kindBool       = 1
	kindInt        = 2
	kindInt64      = 6
	kindUint       = 7
	kindUintptr    = 12
	kindFloat32    = 13
	kindFloat64    = 14
	kindComplex64  = 15
	kindComplex128 = 16
	kindArray      = 17
	kindFunc       = 19
	kindInterface  = 20
	kindMap        = 21
	kindPtr        = 22
	kindSlice      = 23
	kindString     = 24
	kindStruct     = 25
	kindUnsafePtr  = 26
)

func tSize(t unsafe.Pointer) uintptr        { return *(*uintptr)(t) }
func tKind(t unsafe.Pointer) uint8          { return *(*uint8)(unsafe.Add(t, 23)) }
func tDirect(t unsafe.Pointer) bool         { return *(*uint8)(unsafe.Add(t, 20))&1 != 0 }
func tElem(t unsafe.Pointer) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Add(t, 56)) }
func tLen(t unsafe.Pointer) int             { return *(*int)(unsafe.Add(t, 64)) }
func tNumField(t unsafe.Pointer) int        { return *(*int)(unsafe.Add(t, 80)) }
func tNumMethod(t unsafe.Pointer) int       { return *(*int)(unsafe.Add(t, 96)) }

func tField(t unsafe.Pointer, i int) (unsafe.Pointer, uintptr) {
	rec := unsafe.Add(*(*unsafe.Pointer)(unsafe.Add(t, 72)), i*32)
	off := *(*uintptr)(unsafe.Add(rec, 24))
	return *(*unsafe.Pointer)(unsafe.Add(rec, 16)), off &^ (1 << 63)
}

// Stringer is implemented by any value that has a String method, which defines
// the "native" format for that value (used by Print and %v).
type Stringer interface {
	String() string
}

// appendMethods formats an operand that has a Format, Error or String method
// with that method, as Print does (Format first, as for %v, then Error).
func appendMethods(buf []byte, arg any) ([]byte, bool) {
	if formatWith != nil {
		if b, ok := formatWith(buf, arg); ok {
			return b, true
		}
	}
	switch v := arg.(type) {
	case error:
		s, _, _ := callMethod(arg, 'v', "Error", v.Error)
		return append(buf, s...), true
	case Stringer:
		s, _, _ := callMethod(arg, 'v', "String", v.String)
		return append(buf, s...), true
	}
	return buf, false
}

// formatWith is appendFormatter in programs that have a type with a Format method
// and nil in the others: the linker keeps the function, fmt's state and its
// methods only then (link/lazy.py, FORMATTER).
var formatWith = appendFormatter

// appendFormatter formats arg with its Format method if it has one.
func appendFormatter(buf []byte, arg any) ([]byte, bool) {
	f, ok := arg.(Formatter)
	if !ok {
		return buf, false
	}
	st := &state{buf: buf}
	f.Format(st, 'v')
	return st.buf, true
}

// callMethod runs an Error, String or GoString method for formatting and, as gc's fmt
// does, survives its panic: a nil pointer receiver then prints as "<nil>" (nilRecv), any
// other as "%!verb(PANIC=Method method: value)". ok is false when the method panicked,
// and text is what to print instead of its result (unpadded, as gc does).
func callMethod(arg any, verb rune, method string, f func() string) (text string, ok bool, nilRecv bool) {
	defer func() {
		if err := recover(); err != nil {
			ok = false
			t := *(*unsafe.Pointer)(unsafe.Pointer(&arg))
			d := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&arg), 8))
			if t != nil && tKind(t) == kindPtr && d == nil {
				text, nilRecv = "<nil>", true
				return
			}
			b := append([]byte("%!"), string(verb)...)
			b = append(b, "(PANIC="...)
			b = append(b, method...)
			b = append(b, " method: "...)
			b = appendValue(b, err)
			text = string(append(b, ')'))
		}
	}()
	return f(), true, false
}

// Implemented in the runtime (pogo/goroot/src/runtime/iface.go).
func getitabOK(inter, typ unsafe.Pointer) unsafe.Pointer

func fieldExported(t unsafe.Pointer, i int) bool {
	rec := unsafe.Add(*(*unsafe.Pointer)(unsafe.Add(t, 72)), i*32)
	name := *(*string)(rec)
	if *(*uintptr)(unsafe.Add(rec, 24))>>63 != 0 {
		// an embedded field is named after its type: skip a package qualifier
		ft := *(*unsafe.Pointer)(unsafe.Add(rec, 16))
		name = *(*string)(unsafe.Add(ft, 40))
		for len(name) > 0 && name[0] == '*' {
			name = name[1:]
		}
		for j := len(name) - 1; j >= 0; j-- {
			if name[j] == '.' {
				name = name[j+1:]
				break
			}
		}
	}
	return len(name) > 0 && name[0] >= 'A' && name[0] <= 'Z'
}

// ifaceDesc returns the descriptor of the interface type that ptr points to (read
// where needed rather than kept in variables, so that fmt needs no init function).
func ifaceDesc(ptr any) unsafe.Pointer {
	t := *(*unsafe.Pointer)(unsafe.Pointer(&ptr))
	return tElem(t)
}


// appendNestedMethods formats a value inside a composite with its Error or
// String method, if its type has one.
func appendNestedMethods(buf []byte, t, p unsafe.Pointer) ([]byte, bool) {
	k := tKind(t)
	if k == kindInterface {
		return buf, false
	}
	data := p
	if tDirect(t) {
		data = *(*unsafe.Pointer)(p)
	}
	if tab := getitabOK(ifaceDesc((*error)(nil)), t); tab != nil {
		var e error
		*(*unsafe.Pointer)(unsafe.Pointer(&e)) = tab
		*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&e), 8)) = data
		text, _, _ := callMethod(e, 'v', "Error", e.Error)
		return append(buf, text...), true
	}
	if tab := getitabOK(ifaceDesc((*Stringer)(nil)), t); tab != nil {
		var s Stringer
		*(*unsafe.Pointer)(unsafe.Pointer(&s)) = tab
		*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&s), 8)) = data
		text, _, _ := callMethod(s, 'v', "String", s.String)
		return append(buf, text...), true
	}
	return buf, false
}

// appendAny formats a value of a type that appendValue does not handle itself.
func appendAny(buf []byte, arg any) []byte {
	t := *(*unsafe.Pointer)(unsafe.Pointer(&arg))
	d := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&arg), 8))
	if tDirect(t) {
		return appendAt(buf, t, unsafe.Pointer(&d), 0, true)
	}
	return appendAt(buf, t, d, 0, true)
}

// appendAt formats the value of type t stored at p; depth 0 is an operand of Print.
// Below depth 0, values reached legitimately (not through unexported struct
// fields: ci, "can interface") are printed with their Error or String method.
func appendAt(buf []byte, t unsafe.Pointer, p unsafe.Pointer, depth int, ci bool) []byte {
	if depth > 0 && ci {
		if b, ok := appendNestedMethods(buf, t, p); ok {
			return b
		}
	}
	k := tKind(t)
	switch {
	case k == kindBool:
		if *(*bool)(p) {
			return append(buf, "true"...)
		}
		return append(buf, "false"...)
	case k >= kindInt && k <= kindInt64:
		return appendInt(buf, intAt(t, p))
	case k >= kindUint && k <= kindUintptr:
		return appendUint(buf, uintAt(t, p))
	case k == kindString:
		return append(buf, *(*string)(p)...)
	case k == kindFloat64:
		// %v of a float: shortest digits in the 'g' layout, as gc's fmt does
		return strconv.AppendFloat(buf, *(*float64)(p), 'g', -1, 64)
	case k == kindFloat32:
		return strconv.AppendFloat(buf, float64(*(*float32)(p)), 'g', -1, 32)
	case k == kindComplex64:
		c := *(*complex64)(p)
		return appendComplex(buf, float64(real(c)), float64(imag(c)), 32)
	case k == kindComplex128:
		c := *(*complex128)(p)
		return appendComplex(buf, real(c), imag(c), 64)
	case k == kindArray:
		et := tElem(t)
		es := tSize(et)
		buf = append(buf, '[')
		for i := 0; i < tLen(t); i++ {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendAt(buf, et, unsafe.Add(p, uintptr(i)*es), depth+1, ci)
		}
		return append(buf, ']')
	case k == kindSlice:
		et := tElem(t)
		es := tSize(et)
		data := *(*unsafe.Pointer)(p)
		n := *(*int)(unsafe.Add(p, 8))
		buf = append(buf, '[')
		for i := 0; i < n; i++ {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendAt(buf, et, unsafe.Add(data, uintptr(i)*es), depth+1, ci)
		}
		return append(buf, ']')
	case k == kindStruct:
		buf = append(buf, '{')
		for i := 0; i < tNumField(t); i++ {
			if i > 0 {
				buf = append(buf, ' ')
			}
			ft, off := tField(t, i)
			buf = appendAt(buf, ft, unsafe.Add(p, off), depth+1, ci && fieldExported(t, i))
		}
		return append(buf, '}')
	case k == kindPtr:
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			return append(buf, "<nil>"...)
		}
		if depth == 0 {
			ek := tKind(tElem(t))
			if ek == kindArray || ek == kindSlice || ek == kindStruct || ek == kindMap {
				buf = append(buf, '&')
				return appendAt(buf, tElem(t), q, depth+1, ci)
			}
		}
		return appendHex(buf, uint64(uintptr(q)))
	case k == kindUnsafePtr || k == kindFunc:
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			return append(buf, "<nil>"...)
		}
		return appendHex(buf, uint64(uintptr(q)))
	case k == kindInterface:
		dt := *(*unsafe.Pointer)(p)
		if dt == nil {
			return append(buf, "<nil>"...)
		}
		if tNumMethod(t) > 0 {
			dt = *(*unsafe.Pointer)(unsafe.Add(dt, 8)) // itab: the dynamic type
		}
		if tDirect(dt) {
			return appendAt(buf, dt, unsafe.Add(p, 8), depth+1, ci)
		}
		return appendAt(buf, dt, *(*unsafe.Pointer)(unsafe.Add(p, 8)), depth+1, ci)
	case k == kindMap:
		return appendMap(buf, t, *(*unsafe.Pointer)(p), depth)
	}
	return append(buf, "?pogo: fmt cannot format this type yet?"...)
}

func appendHex(buf []byte, v uint64) []byte {
	const digits = "0123456789abcdef"
	buf = append(buf, "0x"...)
	start := len(buf)
	if v == 0 {
		return append(buf, '0')
	}
	for v > 0 {
		buf = append(buf, digits[v%16])
		v /= 16
	}
	for i, j := start, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return buf
}

// Implemented in the runtime (pogo/goroot/src/runtime/map.go).
func mapiterinit(mt, m unsafe.Pointer) unsafe.Pointer
func mapiternext(it unsafe.Pointer)
func maplen(m unsafe.Pointer) int

// appendMap prints map[k:v ...] with the keys sorted, as fmt does.
func appendMap(buf []byte, t unsafe.Pointer, m unsafe.Pointer, depth int) []byte {
	kt := *(*unsafe.Pointer)(unsafe.Add(t, 104))
	vt := tElem(t)
	keys, vals := sortedMap(t, m)
	buf = append(buf, "map["...)
	for i := range keys {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = appendAt(buf, kt, keys[i], depth+1, true)
		buf = append(buf, ':')
		buf = appendAt(buf, vt, vals[i], depth+1, true)
	}
	return append(buf, ']')
}

// sortedMap returns the addresses of the keys and values of map m (of map type t),
// in fmt's key order.
func sortedMap(t unsafe.Pointer, m unsafe.Pointer) ([]unsafe.Pointer, []unsafe.Pointer) {
	kt := *(*unsafe.Pointer)(unsafe.Add(t, 104))
	n := maplen(m)
	keys := make([]unsafe.Pointer, 0, n)
	vals := make([]unsafe.Pointer, 0, n)
	if n > 0 {
		it := mapiterinit(t, m)
		for *(*unsafe.Pointer)(it) != nil {
			k := *(*unsafe.Pointer)(it)
			v := *(*unsafe.Pointer)(unsafe.Add(it, 8))
			// insertion sort by key
			i := len(keys)
			keys = append(keys, k)
			vals = append(vals, v)
			for i > 0 && compareAt(kt, keys[i-1], k) > 0 {
				keys[i] = keys[i-1]
				vals[i] = vals[i-1]
				i--
			}
			keys[i] = k
			vals[i] = v
			mapiternext(it)
		}
	}
	return keys, vals
}

// compareAt orders two values of type t the way fmt sorts map keys.
func compareAt(t unsafe.Pointer, a, b unsafe.Pointer) int {
	k := tKind(t)
	switch {
	case k >= kindInt && k <= kindInt64:
		x, y := intAt(t, a), intAt(t, b)
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	case k >= kindUint && k <= kindUintptr || k == kindPtr || k == kindUnsafePtr:
		x, y := uintAt(t, a), uintAt(t, b)
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	case k == kindFloat32 || k == kindFloat64:
		var x, y float64
		if k == kindFloat32 {
			x, y = float64(*(*float32)(a)), float64(*(*float32)(b))
		} else {
			x, y = *(*float64)(a), *(*float64)(b)
		}
		switch {
		case x < y || x != x && y == y:
			return -1
		case x > y || y != y && x == x:
			return 1
		}
		return 0
	case k == kindString:
		x, y := *(*string)(a), *(*string)(b)
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	case k == kindBool:
		x, y := *(*bool)(a), *(*bool)(b)
		if x == y {
			return 0
		}
		if !x {
			return -1
		}
		return 1
	case k == kindArray:
		et := tElem(t)
		for i := 0; i < tLen(t); i++ {
			if c := compareAt(et, unsafe.Add(a, uintptr(i)*tSize(et)), unsafe.Add(b, uintptr(i)*tSize(et))); c != 0 {
				return c
			}
		}
		return 0
	case k == kindStruct:
		for i := 0; i < tNumField(t); i++ {
			ft, off := tField(t, i)
			if c := compareAt(ft, unsafe.Add(a, off), unsafe.Add(b, off)); c != 0 {
				return c
			}
		}
		return 0
	case k == kindInterface:
		ta, tb := *(*unsafe.Pointer)(a), *(*unsafe.Pointer)(b)
		if tNumMethod(t) > 0 {
			if ta != nil {
				ta = *(*unsafe.Pointer)(unsafe.Add(ta, 8))
			}
			if tb != nil {
				tb = *(*unsafe.Pointer)(unsafe.Add(tb, 8))
			}
		}
		if ta == nil || tb == nil {
			if ta == nil && tb == nil {
				return 0
			}
			if ta == nil {
				return -1
			}
			return 1
		}
		if ta != tb {
			if uintptr(ta) < uintptr(tb) {
				return -1
			}
			return 1
		}
		pa, pb := unsafe.Add(a, 8), unsafe.Add(b, 8)
		if !tDirect(ta) {
			pa, pb = *(*unsafe.Pointer)(pa), *(*unsafe.Pointer)(pb)
		}
		return compareAt(ta, pa, pb)
	}
	return 0
}

// intAt and uintAt read an integer of type t (of a signed or unsigned integer kind) at p.
func intAt(t, p unsafe.Pointer) int64 {
	switch tSize(t) {
	case 1:
		return int64(*(*int8)(p))
	case 2:
		return int64(*(*int16)(p))
	case 4:
		return int64(*(*int32)(p))
	}
	return *(*int64)(p)
}

func uintAt(t, p unsafe.Pointer) uint64 {
	switch tSize(t) {
	case 1:
		return uint64(*(*uint8)(p))
	case 2:
		return uint64(*(*uint16)(p))
	case 4:
		return uint64(*(*uint32)(p))
	}
	return *(*uint64)(p)
}

// appendComplex writes %v of a complex number: "(re+imi)" in shortest digits.
func appendComplex(buf []byte, re, im float64, size int) []byte {
	buf = append(buf, '(')
	buf = strconv.AppendFloat(buf, re, 'g', -1, size)
	n := len(buf)
	buf = strconv.AppendFloat(buf, im, 'g', -1, size)
	if buf[n] != '+' && buf[n] != '-' {
		buf = append(buf, 0)
		copy(buf[n+1:], buf[n:len(buf)-1])
		buf[n] = '+'
	}
	return append(buf, "i)"...)
}
