// Package json implements encoding and decoding of JSON as defined in RFC 7159,
// with the behaviour of gc's encoding/json (v1), on top of package reflect.
package json

import (
	"encoding"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Marshaler is the interface implemented by types that can marshal themselves
// into valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an
// unsupported value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an
// unsupported value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// A MarshalerError represents an error from calling a MarshalJSON or
// MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	e := encodeState{escapeHTML: true}
	if err := e.marshal(v); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return appendIndent(nil, b, prefix, indent)
}

type encodeState struct {
	buf        []byte
	escapeHTML bool
	ptrLevel   int
	ptrSeen    map[uintptr]bool
}

// jsonError wraps an error raised with panic inside the encoder.
type jsonError struct{ error }

func (e *encodeState) marshal(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(jsonError); ok {
				err = je.error
			} else {
				panic(r)
			}
		}
	}()
	e.value(reflect.ValueOf(v), false)
	return nil
}

func (e *encodeState) fail(err error) {
	panic(jsonError{err})
}

var marshalerType = reflect.TypeOf((*Marshaler)(nil)).Elem()
var textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()

func (e *encodeState) value(v reflect.Value, quoted bool) {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	t := v.Type()
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType) {
		e.marshaler(v.Addr(), t)
		return
	}
	if t.Implements(marshalerType) {
		if (t.Kind() == reflect.Pointer || t.Kind() == reflect.Interface) && v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.marshaler(v, t)
		return
	}
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(textMarshalerType) {
		e.textMarshaler(v.Addr(), t)
		return
	}
	if t.Implements(textMarshalerType) {
		if (t.Kind() == reflect.Pointer || t.Kind() == reflect.Interface) && v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.textMarshaler(v, t)
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendBool(e.buf, v.Bool())
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Float32, reflect.Float64:
		e.float(v, quoted)
	case reflect.String:
		if t == numberType {
			numStr := v.String()
			if numStr == "" {
				numStr = "0"
			}
			if !isValidNumber(numStr) {
				e.fail(errorf("json: invalid number literal " + strconv.Quote(numStr)))
			}
			if quoted {
				e.buf = append(e.buf, '"')
			}
			e.buf = append(e.buf, numStr...)
			if quoted {
				e.buf = append(e.buf, '"')
			}
			return
		}
		if quoted {
			b := appendString(nil, v.String(), false)
			e.buf = appendString(e.buf, string(b), e.escapeHTML)
		} else {
			e.buf = appendString(e.buf, v.String(), e.escapeHTML)
		}
	case reflect.Struct:
		e.structValue(v)
	case reflect.Map:
		e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		if t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(marshalerType) &&
			!reflect.PointerTo(t.Elem()).Implements(textMarshalerType) {
			e.buf = append(e.buf, '"')
			e.buf = appendBase64(e.buf, v.Bytes())
			e.buf = append(e.buf, '"')
			return
		}
		e.cycleEnter(v)
		e.array(v)
		e.ptrLevel--
	case reflect.Array:
		e.array(v)
	case reflect.Interface:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.value(v.Elem(), false)
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.cycleEnter(v)
		e.value(v.Elem(), quoted)
		e.ptrLevel--
	default:
		e.fail(&UnsupportedTypeError{t})
	}
}

const startDetectingCyclesAfter = 1000

// cycleEnter counts nesting through pointers and slices, and past a depth
// checks for a value that contains itself.
func (e *encodeState) cycleEnter(v reflect.Value) {
	e.ptrLevel++
	if e.ptrLevel > startDetectingCyclesAfter {
		p := v.Pointer()
		if e.ptrSeen == nil {
			e.ptrSeen = map[uintptr]bool{}
		}
		if e.ptrSeen[p] {
			e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
		}
		e.ptrSeen[p] = true
	}
}

func errorf(s string) error { return &jsonTextError{s} }

type jsonTextError struct{ s string }

func (e *jsonTextError) Error() string { return e.s }

func (e *encodeState) marshaler(v reflect.Value, t reflect.Type) {
	m := v.Interface().(Marshaler)
	b, err := m.MarshalJSON()
	if err == nil {
		e.buf, err = appendCompact(e.buf, b, e.escapeHTML)
	}
	if err != nil {
		e.fail(&MarshalerError{pointerType(v.Type()), err, "MarshalJSON"})
	}
}

// pointerType is the type gc's (v2-based) encoder reports for a failing
// marshaler: it calls methods through a pointer to the value.
func pointerType(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t
	}
	return reflect.PointerTo(t)
}

func (e *encodeState) textMarshaler(v reflect.Value, t reflect.Type) {
	m := v.Interface().(encoding.TextMarshaler)
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{pointerType(v.Type()), err, "MarshalText"})
	}
	e.buf = appendString(e.buf, string(b), e.escapeHTML)
}

func (e *encodeState) float(v reflect.Value, quoted bool) {
	bits := 64
	if v.Kind() == reflect.Float32 {
		bits = 32
	}
	f := v.Float()
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	if quoted {
		e.buf = append(e.buf, '"')
	}
	e.buf = appendFloat(e.buf, f, bits)
	if quoted {
		e.buf = append(e.buf, '"')
	}
}

// appendFloat formats like ES6: fixed notation for magnitudes in [1e-6, 1e21),
// exponent notation otherwise, with a one-digit negative exponent kept short.
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := f
	if abs < 0 {
		abs = -abs
	}
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func (e *encodeState) structValue(v reflect.Value) {
	e.buf = append(e.buf, '{')
	first := true
	for _, f := range cachedFields(v.Type()) {
		fv := v
		ok := true
		for i, x := range f.index {
			if i > 0 && fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					ok = false
					break
				}
				fv = fv.Elem()
			}
			fv = fv.Field(x)
		}
		if !ok {
			continue
		}
		if f.omitEmpty && isEmptyValue(fv) || f.omitZero && fv.IsZero() {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		e.buf = appendString(e.buf, f.name, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(fv, f.quoted)
	}
	e.buf = append(e.buf, '}')
}

func (e *encodeState) array(v reflect.Value) {
	e.buf = append(e.buf, '[')
	n := v.Len()
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.value(v.Index(i), false)
	}
	e.buf = append(e.buf, ']')
}

type keyValue struct {
	ks string
	v  reflect.Value
}

// mapKey renders a map key as a JSON object key string.
func (e *encodeState) mapKey(k reflect.Value) string {
	if k.Kind() == reflect.String {
		return k.String()
	}
	if k.Type().Implements(textMarshalerType) {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return ""
		}
		b, err := k.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			e.fail(&MarshalerError{k.Type(), err, "MarshalText"})
		}
		return string(b)
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10)
	}
	panic("unexpected map key type")
}

func (e *encodeState) mapValue(v reflect.Value) {
	t := v.Type()
	kt := t.Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !kt.Implements(textMarshalerType) {
			e.fail(&UnsupportedTypeError{t})
		}
	}
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.cycleEnter(v)
	var kvs []keyValue
	it := v.MapRange()
	for it.Next() {
		kvs = append(kvs, keyValue{e.mapKey(it.Key()), it.Value()})
	}
	slices.SortFunc(kvs, func(a, b keyValue) int { return strings.Compare(a.ks, b.ks) })
	e.buf = append(e.buf, '{')
	for i, kv := range kvs {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, kv.ks, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(kv.v, false)
	}
	e.buf = append(e.buf, '}')
	e.ptrLevel--
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string: quotes, backslashes and control
// characters escaped, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029
// escaped, and with escapeHTML also <, > and &.
func appendString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\ufffd"...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// appendBase64 appends the standard, padded base64 encoding of src.
func appendBase64(dst, src []byte) []byte {
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		dst = append(dst, base64Chars[v>>18&63], base64Chars[v>>12&63], base64Chars[v>>6&63], base64Chars[v&63])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		v := uint(src[0]) << 16
		dst = append(dst, base64Chars[v>>18&63], base64Chars[v>>12&63], '=', '=')
	case 2:
		v := uint(src[0])<<16 | uint(src[1])<<8
		dst = append(dst, base64Chars[v>>18&63], base64Chars[v>>12&63], base64Chars[v>>6&63], '=')
	}
	return dst
}

// decodeBase64 decodes standard padded base64 (newlines ignored, as gc's decoder
// does), reporting failure.
func decodeBase64(s []byte) ([]byte, bool) {
	var out []byte
	var acc uint
	n := 0
	pad := 0
	for _, c := range s {
		var d uint
		switch {
		case c >= 'A' && c <= 'Z':
			d = uint(c - 'A')
		case c >= 'a' && c <= 'z':
			d = uint(c-'a') + 26
		case c >= '0' && c <= '9':
			d = uint(c-'0') + 52
		case c == '+':
			d = 62
		case c == '/':
			d = 63
		case c == '\n' || c == '\r':
			continue
		case c == '=':
			pad++
			continue
		default:
			return nil, false
		}
		if pad > 0 {
			return nil, false
		}
		acc = acc<<6 | d
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch {
	case n == 0 && pad == 0:
	case n == 2 && pad == 2:
		out = append(out, byte(acc>>4))
	case n == 3 && pad == 1:
		out = append(out, byte(acc>>10), byte(acc>>2))
	default:
		return nil, false
	}
	return out, true
}


func reflectTypeOfNumber() reflect.Type { return reflect.TypeOf(Number("")) }
