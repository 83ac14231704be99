package reflect

import (
	"iter"
	"strconv"
	"unsafe"
)

// Runtime helpers (pogo/goroot/src/runtime).
//
//go:linkname unsafe_New runtime.newobject
func unsafe_New(t *rtype) unsafe.Pointer

//go:linkname makeslice runtime.makeslice
func makeslice(et *rtype, len, cap int) unsafe.Pointer

//go:linkname growslice runtime.growslice
func growslice(oldPtr unsafe.Pointer, oldLen, oldCap, newLen int, et *rtype) (unsafe.Pointer, int)

// memmove copies n bytes from src to dst (through copy, which the compiler
// turns into the runtime's memmove).
func memmove(dst, src unsafe.Pointer, n uintptr) {
	if n == 0 || dst == src {
		return
	}
	copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
}

//go:linkname typedEqual runtime.typedEqual
func typedEqual(t *rtype, a, b unsafe.Pointer) bool

//go:linkname makemap runtime.makemap
func makemap(mt *rtype, hint int) unsafe.Pointer

//go:linkname mapaccess2 runtime.mapaccess2
func mapaccess2(mt *rtype, m, key unsafe.Pointer) (unsafe.Pointer, bool)

//go:linkname mapassign runtime.mapassign
func mapassign(mt *rtype, m, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapdelete runtime.mapdelete
func mapdelete(mt *rtype, m, key unsafe.Pointer)

//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(mt *rtype, m unsafe.Pointer) unsafe.Pointer

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it unsafe.Pointer)

//go:linkname maplen runtime.maplen
func maplen(m unsafe.Pointer) int

//go:linkname getitabOK runtime.getitabOK
func getitabOK(inter, typ *rtype) unsafe.Pointer

type flag uint8

const (
	flagAddr     flag = 1 << iota // the value is addressable
	flagStickyRO                  // obtained through an unexported non-embedded field
	flagEmbedRO                   // obtained through an unexported embedded field
	flagMethod                    // a method value: ptr is a *methodValue
	flagRO       = flagStickyRO | flagEmbedRO
)

// Value is the reflection interface to a Go value. ptr always points to storage
// holding a value of type typ.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does not
// support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) mustBe(method string, k Kind) {
	if v.Kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.Kind()})
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

// ValueOf returns a new Value holding the dynamic value of i; the zero Value
// for a nil interface.
func ValueOf(i any) Value {
	t := *(**rtype)(unsafe.Pointer(&i))
	if t == nil {
		return Value{}
	}
	data := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&i), 8))
	return fromData(t, data, 0)
}

// fromData makes a Value from an interface's dynamic type and data word.
func fromData(t *rtype, data unsafe.Pointer, f flag) Value {
	if t.direct() {
		p := unsafe_New(t)
		*(*unsafe.Pointer)(p) = data
		return Value{t, p, f}
	}
	return Value{t, data, f}
}

// Zero returns a Value holding the zero value of type typ.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, unsafe_New(t), 0}
}

// New returns a Value holding a pointer to a new zero value of type typ.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	pt := PointerTo(t).common()
	p := unsafe_New(pt)
	*(*unsafe.Pointer)(p) = unsafe_New(t)
	return Value{pt, p, 0}
}

// NewAt returns a Value holding a pointer to a value of type typ at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	pt := PointerTo(typ).common()
	q := unsafe_New(pt)
	*(*unsafe.Pointer)(q) = p
	return Value{pt, q, 0}
}

// Indirect returns the value that v points to (v itself if it is not a pointer).
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(v.typ.kind)
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) CanAddr() bool      { return v.flag&flagAddr != 0 }
func (v Value) CanSet() bool       { return v.flag&(flagAddr|flagRO) == flagAddr }
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.flag&flagMethod != 0 {
		panic("pogo: reflect.Value.Interface of a method value not supported yet")
	}
	return packEface(v)
}

func packEface(v Value) any {
	t := v.typ
	var out any
	words := unsafe.Pointer(&out)
	if t.Kind() == Interface {
		tab := *(*unsafe.Pointer)(v.ptr)
		data := *(*unsafe.Pointer)(unsafe.Add(v.ptr, 8))
		if tab != nil && t.nmethods > 0 {
			tab = *(*unsafe.Pointer)(unsafe.Add(tab, 8))
		}
		*(*unsafe.Pointer)(words) = tab
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = data
		return out
	}
	*(**rtype)(words) = t
	if t.direct() {
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = *(*unsafe.Pointer)(v.ptr)
	} else {
		c := unsafe_New(t)
		memmove(c, v.ptr, t.size)
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = c
	}
	return out
}

// storeTo writes v's value, converted to type t (v's type or an interface type
// v's type implements), to dst.
func (v Value) storeTo(method string, t *rtype, dst unsafe.Pointer) {
	if v.typ == t {
		memmove(dst, v.ptr, t.size)
		return
	}
	if t.Kind() == Interface && implementsValue(t, v) {
		e := packEface(v)
		tp := *(**rtype)(unsafe.Pointer(&e))
		data := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&e), 8))
		word := unsafe.Pointer(tp)
		if tp != nil && t.nmethods > 0 {
			word = getitabOK(t, tp)
		}
		*(*unsafe.Pointer)(dst) = word
		*(*unsafe.Pointer)(unsafe.Add(dst, 8)) = data
		return
	}
	if v.typ.AssignableTo(t) {
		memmove(dst, v.ptr, t.size)
		return
	}
	panic(method + ": value of type " + v.typ.String() + " is not assignable to type " + t.String())
}

func implementsValue(iface *rtype, v Value) bool {
	if v.typ.Kind() == Interface {
		e := packEface(v)
		dt := *(**rtype)(unsafe.Pointer(&e))
		return dt == nil || implements(iface, dt)
	}
	return implements(iface, v.typ)
}

func (v Value) IsNil() bool {
	if v.flag&flagMethod != 0 {
		return false
	}
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Float32:
		return *(*uint32)(v.ptr) == 0
	case Float64:
		return *(*uint64)(v.ptr) == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	case String:
		return v.Len() == 0
	case Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Interface:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	for i := uintptr(0); i < v.typ.size; i++ {
		if *(*byte)(unsafe.Add(v.ptr, i)) != 0 {
			return false
		}
	}
	return true
}

// SetZero sets v to the zero value of its type.
func (v Value) SetZero() {
	v.mustBeAssignable("SetZero")
	for i := uintptr(0); i < v.typ.size; i++ {
		*(*byte)(unsafe.Add(v.ptr, i)) = 0
	}
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice:
		return *(*int)(unsafe.Add(v.ptr, 8))
	case String:
		return len(*(*string)(v.ptr))
	case Array:
		return v.typ.len
	case Map:
		return maplen(*(*unsafe.Pointer)(v.ptr))
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return v.typ.elem.len
		}
	case Chan:
		return chanlen(*(*unsafe.Pointer)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

//go:linkname chanlen runtime.chanlen
func chanlen(c unsafe.Pointer) int

//go:linkname chancap runtime.chancap
func chancap(c unsafe.Pointer) int

func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return *(*int)(unsafe.Add(v.ptr, 16))
	case Array:
		return v.typ.len
	case Chan:
		return chancap(*(*unsafe.Pointer)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(v.ptr, uintptr(i)*et.size), v.flag}
	case Slice:
		if uint(i) >= uint(v.Len()) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		data := *(*unsafe.Pointer)(v.ptr)
		return Value{et, unsafe.Add(data, uintptr(i)*et.size), flagAddr | v.flag&flagRO}
	case String:
		s := *(*string)(v.ptr)
		if uint(i) >= uint(len(s)) {
			panic("reflect: string index out of range")
		}
		b := s[i]
		return ValueOf(b).withFlag(v.flag & flagRO)
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

func (v Value) withFlag(f flag) Value {
	v.flag |= f
	return v
}

func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return v.typ.nfields
}

func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if uint(i) >= uint(v.typ.nfields) {
		panic("reflect: Field index out of range")
	}
	r := v.typ.field(i)
	// the fields of an unexported embedded struct stay usable: only the
	// sticky flag is inherited
	f := v.flag &^ flagEmbedRO
	name := r.name
	if name == "" {
		name = embeddedName(r.typ)
	}
	if !isExportedName(name) {
		if r.offset>>63 != 0 {
			f |= flagEmbedRO
		} else {
			f |= flagStickyRO
		}
	}
	return Value{r.typ, unsafe.Add(v.ptr, r.offset&^(1<<63)), f}
}

// FieldByIndex returns the nested field for the index sequence, following
// embedded pointers.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

func (v Value) FieldByName(name string) Value {
	v.mustBe("FieldByName", Struct)
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, flagAddr | v.flag&flagRO}
	case Interface:
		tab := *(*unsafe.Pointer)(v.ptr)
		if tab == nil {
			return Value{}
		}
		if v.typ.nmethods > 0 {
			tab = *(*unsafe.Pointer)(unsafe.Add(tab, 8))
		}
		return fromData((*rtype)(tab), *(*unsafe.Pointer)(unsafe.Add(v.ptr, 8)), v.flag&flagRO)
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := PointerTo(v.typ).common()
	p := unsafe_New(pt)
	*(*unsafe.Pointer)(p) = v.ptr
	return Value{pt, p, v.flag & flagRO}
}

func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	switch v.Kind() {
	case Int, Int64:
		return *(*int64)(v.ptr)
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		return *(*uint64)(v.ptr)
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// Complex returns v's complex value, widened to complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

func (v Value) CanComplex() bool { k := v.Kind(); return k == Complex64 || k == Complex128 }

func (v Value) CanInt() bool   { k := v.Kind(); return k >= Int && k <= Int64 }
func (v Value) CanUint() bool  { k := v.Kind(); return k >= Uint && k <= Uintptr }
func (v Value) CanFloat() bool { k := v.Kind(); return k == Float32 || k == Float64 }

// String returns the string v holds, or "<T Value>" for other kinds, as gc does.
func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.typ == nil {
		return "<invalid Value>"
	}
	return "<" + v.typ.String() + " Value>"
}

func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.elem.Kind() == Uint8 {
			return *(*[]byte)(v.ptr)
		}
	case Array:
		if v.typ.elem.Kind() == Uint8 {
			if v.flag&flagAddr == 0 {
				panic("reflect.Value.Bytes of unaddressable byte array")
			}
			return unsafe.Slice((*byte)(v.ptr), v.typ.len)
		}
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Func:
		// the code pointer, as gc returns: word 0 of the closure
		if c := *(*unsafe.Pointer)(v.ptr); c != nil {
			return *(*uintptr)(c)
		}
		return 0
	case Pointer, Chan, Map, UnsafePointer, Slice:
		return uintptr(*(*unsafe.Pointer)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

func (v Value) UnsafePointer() unsafe.Pointer { return unsafe.Pointer(v.Pointer()) }

// UnsafeAddr returns the address of v's storage.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	if x.typ == nil {
		panic("reflect: call of reflect.Value.Set on zero Value")
	}
	if x.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	x.storeTo("reflect.Set", v.typ, v.ptr)
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch v.Kind() {
	case Int, Int64:
		*(*int64)(v.ptr) = x
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch v.Kind() {
	case Uint, Uint64, Uintptr:
		*(*uint64)(v.ptr) = x
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe("SetLen", Slice)
	if n < 0 || n > v.Cap() {
		panic("reflect: slice length out of range in SetLen")
	}
	*(*int)(unsafe.Add(v.ptr, 8)) = n
}

// OverflowInt reports whether x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bits := v.typ.size * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

// OverflowUint reports whether x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bits := v.typ.size * 8
		trunc := (x << (64 - bits)) >> (64 - bits)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

// OverflowFloat reports whether x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return x > 3.40282346638528859811704183484516925440e+38 && x <= 1.79769313486231570814527423731704356798070e+308
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// OverflowComplex reports whether either part of x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

// overflowFloat32 reports whether a finite x is beyond float32's range.
func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	return x > 3.40282346638528859811704183484516925440e+38 && x <= 1.79769313486231570814527423731704356798070e+308
}

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var cap int
	var st *rtype
	switch v.Kind() {
	case Slice:
		base = *(*unsafe.Pointer)(v.ptr)
		cap = v.Cap()
		st = v.typ
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		r := s[i:j]
		p := unsafe_New(v.typ)
		*(*string)(p) = r
		return Value{v.typ, p, v.flag & flagRO}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.Kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	p := unsafe_New(st)
	es := st.elem.size
	*(*unsafe.Pointer)(p) = unsafe.Add(base, uintptr(i)*es)
	*(*int)(unsafe.Add(p, 8)) = j - i
	*(*int)(unsafe.Add(p, 16)) = cap - i
	return Value{st, p, v.flag & flagRO}
}

// MakeSlice creates a new zero-initialized slice value of the given type.
func MakeSlice(typ Type, len, cap int) Value {
	t := typ.common()
	if t.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < len {
		panic("reflect.MakeSlice: len > cap")
	}
	p := unsafe_New(t)
	*(*unsafe.Pointer)(p) = makeslice(t.elem, len, cap)
	*(*int)(unsafe.Add(p, 8)) = len
	*(*int)(unsafe.Add(p, 16)) = cap
	return Value{t, p, 0}
}

// grow returns a copy of slice v with room for n more elements.
func (v Value) extend(n int) Value {
	t := v.typ
	data := *(*unsafe.Pointer)(v.ptr)
	l := v.Len()
	c := v.Cap()
	p := unsafe_New(t)
	if l+n > c {
		data, c = growslice(data, l, c, l+n, t.elem)
	}
	*(*unsafe.Pointer)(p) = data
	*(*int)(unsafe.Add(p, 8)) = l + n
	*(*int)(unsafe.Add(p, 16)) = c
	return Value{t, p, 0}
}

// Append appends the values x to slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe("Append", Slice)
	n := s.Len()
	out := s.extend(len(x))
	for i, e := range x {
		e.storeTo("reflect.Append", s.typ.elem, out.Index(n+i).ptr)
	}
	return out
}

// AppendSlice appends slice t to slice s.
func AppendSlice(s, t Value) Value {
	s.mustBe("AppendSlice", Slice)
	t.mustBe("AppendSlice", Slice)
	n := s.Len()
	m := t.Len()
	out := s.extend(m)
	if m > 0 {
		memmove(out.Index(n).ptr, t.Index(0).ptr, uintptr(m)*s.typ.elem.size)
	}
	return out
}

// Copy copies the contents of src into dst until either is full.
func Copy(dst, src Value) int {
	n := dst.Len()
	if src.Len() < n {
		n = src.Len()
	}
	if n == 0 {
		return 0
	}
	var sp unsafe.Pointer
	if src.Kind() == String {
		sp = unsafe.Pointer(unsafe.StringData(*(*string)(src.ptr)))
	} else {
		sp = src.Index(0).ptr
	}
	memmove(dst.Index(0).ptr, sp, uintptr(n)*dst.typ.elem.size)
	return n
}

// Swapper returns a function that swaps the elements of the slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{"Swapper", v.Kind()})
	}
	es := v.typ.elem.size
	data := *(*unsafe.Pointer)(v.ptr)
	n := v.Len()
	tmp := unsafe_New(v.typ.elem)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(data, uintptr(i)*es)
		pj := unsafe.Add(data, uintptr(j)*es)
		memmove(tmp, pi, es)
		memmove(pi, pj, es)
		memmove(pj, tmp, es)
	}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize creates a new map with room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	t := typ.common()
	if t.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	p := unsafe_New(t)
	*(*unsafe.Pointer)(p) = makemap(t, n)
	return Value{t, p, 0}
}

// keyPtr converts key to the map's key type and returns the address of a copy.
func (v Value) keyPtr(method string, key Value) unsafe.Pointer {
	kt := v.typ.key
	if key.typ == kt {
		return key.ptr
	}
	p := unsafe_New(kt)
	key.storeTo(method, kt, p)
	return p
}

// MapIndex returns the value associated with key in map v, or the zero Value.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	kp := v.keyPtr("reflect.Value.MapIndex", key)
	p, ok := mapaccess2(v.typ, *(*unsafe.Pointer)(v.ptr), kp)
	if !ok {
		return Value{}
	}
	vt := v.typ.elem
	c := unsafe_New(vt)
	memmove(c, p, vt.size)
	return Value{vt, c, v.flag & flagRO}
}

// MapKeys returns the keys of map v in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	m := *(*unsafe.Pointer)(v.ptr)
	keys := make([]Value, 0, maplen(m))
	kt := v.typ.key
	for it := mapiterinit(v.typ, m); *(*unsafe.Pointer)(it) != nil; mapiternext(it) {
		c := unsafe_New(kt)
		memmove(c, *(*unsafe.Pointer)(it), kt.size)
		keys = append(keys, Value{kt, c, v.flag & flagRO})
	}
	return keys
}

// SetMapIndex sets the element associated with key in map v to elem; a zero
// elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("SetMapIndex", Map)
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value.SetMapIndex using value obtained using unexported field")
	}
	kp := v.keyPtr("reflect.Value.SetMapIndex", key)
	m := *(*unsafe.Pointer)(v.ptr)
	if elem.typ == nil {
		mapdelete(v.typ, m, kp)
		return
	}
	dst := mapassign(v.typ, m, kp)
	elem.storeTo("reflect.Value.SetMapIndex", v.typ.elem, dst)
}

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m  Value
	it unsafe.Pointer
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	v.mustBe("MapRange", Map)
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	if it.it == nil {
		it.it = mapiterinit(it.m.typ, *(*unsafe.Pointer)(it.m.ptr))
	} else {
		if *(*unsafe.Pointer)(it.it) == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(it.it)
	}
	return *(*unsafe.Pointer)(it.it) != nil
}

func (it *MapIter) entry(off uintptr, t *rtype) Value {
	if it.it == nil {
		panic("MapIter.Key called before Next")
	}
	p := *(*unsafe.Pointer)(unsafe.Add(it.it, off))
	if p == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	c := unsafe_New(t)
	memmove(c, p, t.size)
	return Value{t, c, it.m.flag & flagRO}
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value { return it.entry(0, it.m.typ.key) }

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value { return it.entry(8, it.m.typ.elem) }

// Reset modifies it to iterate over v.
func (it *MapIter) Reset(v Value) {
	it.m = v
	it.it = nil
}

// NumMethod returns the number of exported methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Convert returns the value v converted to type t, for the numeric, string and
// identical-underlying-type conversions.
func (v Value) Convert(t Type) Value {
	tt := t.common()
	out := Value{tt, unsafe_New(tt), 0}
	vk, tk := v.Kind(), tt.Kind()
	switch {
	case vk >= Int && vk <= Int64 && tk >= Int && tk <= Int64:
		setIntBits(out, v.Int())
	case vk >= Int && vk <= Int64 && tk >= Uint && tk <= Uintptr:
		setIntBits(out, v.Int())
	case vk >= Uint && vk <= Uintptr && (tk >= Int && tk <= Uintptr):
		setIntBits(out, int64(v.Uint()))
	case vk >= Int && vk <= Int64 && (tk == Float32 || tk == Float64):
		out.flag = flagAddr
		out.SetFloat(float64(v.Int()))
	case vk >= Uint && vk <= Uintptr && (tk == Float32 || tk == Float64):
		out.flag = flagAddr
		out.SetFloat(float64(v.Uint()))
	case (vk == Float32 || vk == Float64) && (tk == Float32 || tk == Float64):
		out.flag = flagAddr
		out.SetFloat(v.Float())
	case (vk == Float32 || vk == Float64) && tk >= Int && tk <= Int64:
		setIntBits(out, int64(v.Float()))
	case (vk == Float32 || vk == Float64) && tk >= Uint && tk <= Uintptr:
		setIntBits(out, int64(uint64(v.Float())))
	case tk == String && vk == Slice && v.typ.elem.Kind() == Uint8:
		*(*string)(out.ptr) = string(*(*[]byte)(v.ptr))
	case tk == Slice && vk == String && tt.elem.Kind() == Uint8:
		*(*[]byte)(out.ptr) = []byte(*(*string)(v.ptr))
	case tk == String && vk >= Int && vk <= Int64:
		*(*string)(out.ptr) = string(rune(v.Int()))
	case tk == Interface || v.typ.AssignableTo(tt) || vk == tk && v.typ.size == tt.size && vk != Struct:
		v.storeTo("reflect.Value.Convert", tt, out.ptr)
	default:
		panic("reflect.Value.Convert: value of type " + v.typ.String() + " cannot be converted to type " + tt.String())
	}
	out.flag = v.flag & flagRO
	return out
}

func setIntBits(v Value, x int64) {
	switch v.typ.size {
	case 1:
		*(*int8)(v.ptr) = int8(x)
	case 2:
		*(*int16)(v.ptr) = int16(x)
	case 4:
		*(*int32)(v.ptr) = int32(x)
	default:
		*(*int64)(v.ptr) = x
	}
}

// Comparable reports whether the value v is comparable.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Interface:
		return v.Elem().Comparable()
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).Comparable() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return v.typ.Comparable()
}

// Equal reports whether v is equal to u, as == does.
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.typ != u.typ {
		return false
	}
	return typedEqual(v.typ, v.ptr, u.ptr)
}

var _ = strconv.Itoa

// Fields returns an iterator over the struct value's fields and their types.
func (v Value) Fields() iter.Seq2[StructField, Value] {
	t := v.Type()
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField, Value) bool) {
		for i := 0; i < v.NumField(); i++ {
			if !yield(t.Field(i), v.Field(i)) {
				return
			}
		}
	}
}
