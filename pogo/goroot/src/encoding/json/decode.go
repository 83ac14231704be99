package json

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Unmarshaler is the interface implemented by types that can unmarshal a JSON
// description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate for a
// value of a specific Go type.
type UnmarshalTypeError struct {
	Value  string
	Type   reflect.Type
	Offset int64
	Struct string
	Field  string
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		// a path ending in an array index does not name a struct field
		into := "Go struct field "
		last := e.Field[strings.LastIndexByte(e.Field, '.')+1:]
		if last != "" && strings.TrimRight(last, "0123456789") == "" {
			into = ""
		}
		return "json: cannot unmarshal " + e.Value + " into " + into + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// Unmarshal parses the JSON-encoded data and stores the result in the value
// pointed to by v.
func Unmarshal(data []byte, v any) error {
	if err := checkValid(data); err != nil {
		return err
	}
	d := decodeState{data: data}
	return d.unmarshal(v)
}

type decodeState struct {
	data                  []byte
	off                   int
	savedError            error
	useNumber             bool
	disallowUnknownFields bool
	rootStruct            string   // the name of the struct type decoded into, if it is one
	path                  []string // object keys and array indices from the root
}

func (d *decodeState) unmarshal(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		if v == nil {
			return &InvalidUnmarshalError{nil}
		}
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	if rv.Elem().Kind() == reflect.Struct {
		d.rootStruct = rv.Elem().Type().Name()
	}
	d.skipSpace()
	if err := d.value(rv); err != nil {
		return err
	}
	return d.savedError
}

func (d *decodeState) saveError(err error) {
	if d.savedError == nil {
		d.savedError = err
	}
}

func (d *decodeState) typeError(what string, t reflect.Type) {
	d.typeErrorAt(what, t, d.off)
}

// typeErrorAt records a type mismatch at offset off, naming the value by its
// path from the root as gc's v2-based decoder does.
func (d *decodeState) typeErrorAt(what string, t reflect.Type, off int) {
	err := &UnmarshalTypeError{Value: what, Type: t, Offset: int64(off)}
	if len(d.path) > 0 {
		err.Struct = d.rootStruct
		err.Field = strings.Join(d.path, ".")
	}
	d.saveError(err)
}

// compositeError records that an array or object (at d.off) does not fit t.
func (d *decodeState) compositeError(what string, t reflect.Type) {
	d.typeErrorAt(what, t, d.off+1)
	d.skipValue()
}

func (d *decodeState) skipSpace() {
	for d.off < len(d.data) && isSpace(d.data[d.off]) {
		d.off++
	}
}

// skipValue moves past the (valid) value at d.off and returns its bytes.
func (d *decodeState) skipValue() []byte {
	start := d.off
	s := scanner{data: d.data, off: d.off}
	s.value()
	d.off = s.off
	return d.data[start:d.off]
}

var unmarshalerType = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
var textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()

// indirect walks down v through pointers, allocating as needed, until it finds
// a non-pointer or a value with an UnmarshalJSON or UnmarshalText method.
func indirect(v reflect.Value, decodingNull bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	v0 := v
	haveAddr := false
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		haveAddr = true
		v = v.Addr()
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			e := v.Elem()
			if e.Kind() == reflect.Pointer && !e.IsNil() && (!decodingNull || e.Elem().Kind() == reflect.Pointer) {
				haveAddr = false
				v = e
				continue
			}
		}
		if v.Kind() != reflect.Pointer {
			break
		}
		if decodingNull && v.CanSet() {
			break
		}
		if v.Elem().Kind() == reflect.Interface && v.Elem().Elem().Kind() == reflect.Pointer &&
			v.Elem().Elem().Pointer() == v.Pointer() {
			v = v.Elem()
			break
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if v.Type().NumMethod() > 0 && v.CanInterface() {
			if u, ok := v.Interface().(Unmarshaler); ok {
				return u, nil, reflect.Value{}
			}
			if !decodingNull {
				if u, ok := v.Interface().(encoding.TextUnmarshaler); ok {
					return nil, u, reflect.Value{}
				}
			}
		}
		if haveAddr {
			v = v0
			haveAddr = false
		} else {
			v = v.Elem()
		}
	}
	return nil, nil, v
}

func (d *decodeState) value(v reflect.Value) error {
	d.skipSpace()
	if d.off >= len(d.data) {
		return nil
	}
	switch d.data[d.off] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	}
	return d.literal(v)
}

func (d *decodeState) array(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON(d.skipValue())
	}
	if ut != nil {
		d.compositeError("array", v.Type())
		return nil
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			v.Set(reflect.ValueOf(d.arrayInterface()))
			return nil
		}
		d.compositeError("array", v.Type())
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.compositeError("array", v.Type())
		return nil
	}
	d.off++ // [
	i := 0
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			break
		}
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				v.Set(reflect.Append(v.Slice(0, v.Len()), reflect.Zero(v.Type().Elem())))
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		if i < v.Len() {
			d.path = append(d.path, strconv.Itoa(i))
			if err := d.value(v.Index(i)); err != nil {
				return err
			}
			d.path = d.path[:len(d.path)-1]
		} else {
			d.skipValue()
		}
		i++
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			for ; i < v.Len(); i++ {
				v.Index(i).SetZero()
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

func (d *decodeState) object(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		return u.UnmarshalJSON(d.skipValue())
	}
	if ut != nil {
		d.compositeError("object", v.Type())
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		v.Set(reflect.ValueOf(d.objectInterface()))
		return nil
	}
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedFields(t)
	default:
		d.compositeError("object", t)
		return nil
	}
	depth := len(d.path)
	d.off++ // {
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			break
		}
		keyStart := d.off
		d.skipValue()
		key, _ := unquote(d.data[keyStart:d.off])
		d.skipSpace()
		d.off++ // :
		d.skipSpace()
		d.path = append(d.path, key)
		if v.Kind() == reflect.Map {
			et := t.Elem()
			ev := reflect.New(et).Elem()
			if err := d.value(ev); err != nil {
				return err
			}
			kt := t.Key()
			keyEnd := keyStart + len(key) + 2
			var kv reflect.Value
			if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
				kp := reflect.New(kt)
				if err := kp.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					d.saveError(err)
				}
				kv = kp.Elem()
			} else {
				switch kt.Kind() {
				case reflect.String:
					kv = reflect.New(kt).Elem()
					kv.SetString(key)
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					n, err := strconv.ParseInt(key, 10, 64)
					kv = reflect.New(kt).Elem()
					if err != nil || kv.OverflowInt(n) {
						d.typeErrorAt("number "+key, kt, keyEnd)
						kv = reflect.Value{}
					} else {
						kv.SetInt(n)
					}
				case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
					n, err := strconv.ParseUint(key, 10, 64)
					kv = reflect.New(kt).Elem()
					if err != nil || kv.OverflowUint(n) {
						d.typeErrorAt("number "+key, kt, keyEnd)
						kv = reflect.Value{}
					} else {
						kv.SetUint(n)
					}
				default:
					d.typeErrorAt("string", kt, keyEnd)
				}
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, ev)
			}
		} else {
			f := findField(fields, key)
			if f == nil {
				if d.disallowUnknownFields {
					d.saveError(errorf("json: unknown field " + strconv.Quote(key)))
				}
				d.skipValue()
			} else {
				fv := v
				ok := true
				for i, x := range f.index {
					if i > 0 && fv.Kind() == reflect.Pointer {
						if fv.IsNil() {
							if !fv.CanSet() {
								d.saveError(errorf("json: cannot set embedded pointer to unexported struct: " + fv.Type().Elem().String()))
								ok = false
								break
							}
							fv.Set(reflect.New(fv.Type().Elem()))
						}
						fv = fv.Elem()
					}
					fv = fv.Field(x)
				}
				if !ok {
					d.skipValue()
				} else if f.quoted {
					d.quotedValue(fv)
				} else if err := d.value(fv); err != nil {
					return err
				}
			}
		}
		d.path = d.path[:depth]
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
	return nil
}

// quotedValue decodes a field with the ",string" option: a JSON string whose
// contents are the literal.
func (d *decodeState) quotedValue(v reflect.Value) {
	item := d.skipValue()
	if len(item) == 4 && string(item) == "null" {
		return
	}
	s, ok := unquote(item)
	if item[0] != '"' || !ok {
		d.saveError(errorf("json: invalid use of ,string struct tag, trying to unmarshal " + string(item) + " into " + v.Type().String()))
		return
	}
	inner := decodeState{data: []byte(s), rootStruct: d.rootStruct, path: d.path}
	if v.Kind() == reflect.String {
		b := []byte(s)
		if checkValid(b) != nil || b[0] != '"' {
			d.saveError(errorf("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + v.Type().String()))
			return
		}
	} else if checkValid([]byte(s)) != nil {
		d.saveError(errorf("json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + v.Type().String()))
		return
	}
	inner.literal(v)
	if inner.savedError != nil {
		d.saveError(inner.savedError)
	}
}

func findField(fields []field, key string) *field {
	for i := range fields {
		if fields[i].name == key {
			return &fields[i]
		}
	}
	for i := range fields {
		if strings.EqualFold(fields[i].name, key) {
			return &fields[i]
		}
	}
	return nil
}

func (d *decodeState) literal(v reflect.Value) error {
	start := d.off
	item := d.skipValue()
	_ = start
	isNull := item[0] == 'n'
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
		if item[0] != '"' {
			if isNull {
				return nil
			}
			what := "number"
			if item[0] == 't' || item[0] == 'f' {
				what = "bool"
			}
			d.typeError(what, v.Type())
			return nil
		}
		s, _ := unquote(item)
		return ut.UnmarshalText([]byte(s))
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
	case 't', 'f':
		value := c == 't'
		switch {
		case v.Kind() == reflect.Bool:
			v.SetBool(value)
		case v.Kind() == reflect.Interface && v.NumMethod() == 0:
			v.Set(reflect.ValueOf(value))
		default:
			d.typeError("bool", v.Type())
		}
	case '"':
		s, ok := unquote(item)
		if !ok {
			return errorf("json: invalid string literal")
		}
		switch v.Kind() {
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type())
				break
			}
			b, ok := decodeBase64([]byte(s))
			if !ok {
				d.saveError(errorf("illegal base64 data at input byte 0"))
				break
			}
			v.SetBytes(b)
		case reflect.String:
			if v.Type() == numberType && !isValidNumber(s) {
				return errorf("json: invalid number literal, trying to unmarshal " + string(item) + " into Number")
			}
			v.SetString(s)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
			} else {
				d.typeError("string", v.Type())
			}
		default:
			d.typeError("string", v.Type())
		}
	default:
		s := string(item)
		switch v.Kind() {
		case reflect.Interface:
			n, err := d.convertNumber(s)
			if err != nil {
				d.saveError(err)
				break
			}
			if v.NumMethod() != 0 {
				d.typeError("number", v.Type())
				break
			}
			v.Set(reflect.ValueOf(n))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.typeError("number "+s, v.Type())
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.typeError("number "+s, v.Type())
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			n, err := strconv.ParseFloat(s, v.Type().Bits())
			if err != nil || v.OverflowFloat(n) {
				d.typeError("number "+s, v.Type())
				break
			}
			v.SetFloat(n)
		case reflect.String:
			if v.Type() == numberType {
				v.SetString(s)
				break
			}
			d.typeError("number", v.Type())
		default:
			d.typeError("number", v.Type())
		}
	}
	return nil
}

func (d *decodeState) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.off)}
	}
	return f, nil
}

// valueInterface decodes the value at d.off as any.
func (d *decodeState) valueInterface() any {
	d.skipSpace()
	switch d.data[d.off] {
	case '{':
		return d.objectInterface()
	case '[':
		return d.arrayInterface()
	}
	return d.literalInterface()
}

func (d *decodeState) arrayInterface() []any {
	v := make([]any, 0)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == ']' {
			d.off++
			return v
		}
		v = append(v, d.valueInterface())
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

func (d *decodeState) objectInterface() map[string]any {
	m := make(map[string]any)
	d.off++
	for {
		d.skipSpace()
		if d.data[d.off] == '}' {
			d.off++
			return m
		}
		start := d.off
		d.skipValue()
		key, _ := unquote(d.data[start:d.off])
		d.skipSpace()
		d.off++ // :
		m[key] = d.valueInterface()
		d.skipSpace()
		if d.data[d.off] == ',' {
			d.off++
		}
	}
}

func (d *decodeState) literalInterface() any {
	item := d.skipValue()
	switch item[0] {
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	case '"':
		s, _ := unquote(item)
		return s
	}
	n, err := d.convertNumber(string(item))
	if err != nil {
		d.saveError(err)
	}
	return n
}

func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquote converts a quoted JSON string literal to the string it denotes.
func unquote(s []byte) (string, bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
	b := make([]byte, 0, len(s))
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			r++
			if r >= len(s) {
				return "", false
			}
			switch s[r] {
			case '"', '\\', '/', '\'':
				b = append(b, s[r])
				r++
			case 'b':
				b = append(b, '\b')
				r++
			case 'f':
				b = append(b, '\f')
				r++
			case 'n':
				b = append(b, '\n')
				r++
			case 'r':
				b = append(b, '\r')
				r++
			case 't':
				b = append(b, '\t')
				r++
			case 'u':
				r--
				rr := getu4(s[r:])
				if rr < 0 {
					return "", false
				}
				r += 6
				if utf16.IsSurrogate(rr) {
					rr1 := getu4(s[r:])
					if dec := utf16.DecodeRune(rr, rr1); dec != utf8.RuneError {
						r += 6
						b = utf8.AppendRune(b, dec)
						break
					}
					rr = utf8.RuneError
				}
				b = utf8.AppendRune(b, rr)
			default:
				return "", false
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			r += size
			b = utf8.AppendRune(b, rr)
		}
	}
	return string(b), true
}
