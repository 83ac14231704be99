// Package reflect gives programs run-time access to types and values, read from
// the type descriptors the compiler emits (layout: pogo/compile/typedesc.py).
package reflect

import (
	"iter"
	"strconv"
	"unsafe"
)

// A Kind is the specific kind of type a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// rtype mirrors the compiler's type descriptor header.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      uintptr
	gcdata     uintptr
	name       string
	elem       *rtype
	len        int
	fields     unsafe.Pointer
	nfields    int
	methods    unsafe.Pointer
	nmethods   int
	key        *rtype
	uncommon   *uncommonType
}

type uncommonType struct {
	pkgPath  string
	tags     unsafe.Pointer
	params   unsafe.Pointer
	nin      int
	nout     int
	variadic int
	fieldPkg  string
	ptrToThis *rtype
	mtypes    unsafe.Pointer // func type of each method record, without receiver
}

// methodType returns the type (without receiver) of method record i.
func (t *rtype) methodType(i int) *rtype {
	if t.uncommon == nil || t.uncommon.mtypes == nil {
		return nil
	}
	return *(**rtype)(unsafe.Add(t.uncommon.mtypes, i*8))
}

type fieldRecord struct {
	name   string
	typ    *rtype
	offset uintptr
}

type methodRecord struct {
	name string
	sig  string
	fn   unsafe.Pointer
}

const (
	tflagDirect = 1
	tflagNamed  = 2
)

// Type is the representation of a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	Fields() iter.Seq[StructField]
	Methods() iter.Seq[Method]
	Ins() iter.Seq[Type]
	Outs() iter.Seq[Type]
	common() *rtype
}

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type // for a concrete type nil: pogo does not make func types with receivers yet

	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the conventional
// `key:"value" key2:"value2"` tag format, and whether the key is present.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			break
		}
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			break
		}
		name := s[:n]
		s = s[n+1:]
		// the quoted value, with backslash escapes
		n = 1
		for n < len(s) && s[n] != '"' {
			if s[n] == '\\' {
				n++
			}
			n++
		}
		if n >= len(s) {
			break
		}
		quoted := s[:n+1]
		s = s[n+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) String() string  { return t.name }
func (t *rtype) Size() uintptr   { return t.size }
func (t *rtype) Kind() Kind      { return Kind(t.kind) }
func (t *rtype) Align() int      { return int(t.align) }
func (t *rtype) FieldAlign() int { return int(t.fieldAlign) }

func (t *rtype) direct() bool { return t.tflag&tflagDirect != 0 }

// Name returns the type's name within its package, "" for unnamed types.
func (t *rtype) Name() string {
	if t.tflag&tflagNamed == 0 {
		return ""
	}
	s := t.name
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath returns a defined type's package path, "" for other types.
func (t *rtype) PkgPath() string {
	if t.tflag&tflagNamed == 0 || t.uncommon == nil {
		return ""
	}
	return t.uncommon.pkgPath
}

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	s := t.name
	if len(s) >= 2 && s[:2] == "<-" {
		return RecvDir
	}
	if len(s) >= 6 && s[:6] == "chan<-" {
		return SendDir
	}
	return BothDir
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return t.len
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.nfields
}

func (t *rtype) field(i int) *fieldRecord {
	return (*fieldRecord)(unsafe.Add(t.fields, i*32))
}

func (t *rtype) tag(i int) StructTag {
	if t.uncommon == nil || t.uncommon.tags == nil {
		return ""
	}
	return StructTag(*(*string)(unsafe.Add(t.uncommon.tags, i*16)))
}

// embeddedName is the name of an embedded field: its type's name without a
// package qualifier or pointer.
func embeddedName(ft *rtype) string {
	if ft.Kind() == Pointer {
		ft = ft.elem
	}
	return ft.Name()
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.nfields {
		panic("reflect: Field index out of bounds")
	}
	r := t.field(i)
	f := StructField{Type: toType(r.typ), Offset: r.offset &^ (1 << 63), Index: []int{i}}
	f.Anonymous = r.offset>>63 != 0
	f.Name = r.name
	if f.Anonymous && f.Name == "" {
		f.Name = embeddedName(r.typ)
	}
	f.Tag = t.tag(i)
	if !isExportedName(f.Name) && t.uncommon != nil {
		f.PkgPath = t.uncommon.fieldPkg
	}
	return f
}

func isExportedName(s string) bool {
	return len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z' || len(s) > 1 && s[0] >= 0x80
}

// FieldByName finds the field with the given name, searching embedded structs
// breadth first; an ambiguous name at the shallowest depth is not found.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	type entry struct {
		t     *rtype
		index []int
	}
	level := []entry{{t, nil}}
	visited := map[*rtype]bool{}
	for len(level) > 0 {
		var next []entry
		var found StructField
		count := 0
		for _, e := range level {
			if visited[e.t] {
				continue
			}
			visited[e.t] = true
			for i := 0; i < e.t.nfields; i++ {
				f := e.t.Field(i)
				idx := make([]int, len(e.index)+1)
				copy(idx, e.index)
				idx[len(e.index)] = i
				if f.Name == name {
					count++
					if count == 1 {
						found = f
						found.Index = idx
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = ft.elem
					}
					if ft.Kind() == Struct {
						next = append(next, entry{ft, idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// FieldByIndex returns the nested field for the index sequence.
func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for i, x := range index {
		if i > 0 && cur.Kind() == Pointer {
			cur = cur.Elem()
		}
		f = cur.Field(x)
		cur = f.Type
	}
	f.Index = index
	return f
}

func (t *rtype) method(i int) *methodRecord {
	return (*methodRecord)(unsafe.Add(t.methods, i*40))
}

// exportedMethod returns the n-th method visible to reflect and its record index.
func (t *rtype) exportedMethod(n int) (*methodRecord, bool) {
	m, _, ok := t.exportedMethodIndex(n)
	return m, ok
}

func (t *rtype) exportedMethodIndex(n int) (*methodRecord, int, bool) {
	if t.Kind() == Interface {
		if n >= 0 && n < t.nmethods {
			return t.method(n), n, true
		}
		return nil, 0, false
	}
	if t.methods == nil || n < 0 {
		return nil, 0, false
	}
	for i := 0; i < t.nmethods; i++ {
		m := t.method(i)
		if isExportedName(m.name) {
			if n == 0 {
				return m, i, true
			}
			n--
		}
	}
	return nil, 0, false
}

func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return t.nmethods
	}
	if t.methods == nil {
		return 0
	}
	n := 0
	for i := 0; i < t.nmethods; i++ {
		if isExportedName(t.method(i).name) {
			n++
		}
	}
	return n
}

func (t *rtype) Method(i int) Method {
	m, ok := t.exportedMethod(i)
	if !ok {
		panic("reflect: Method index out of range")
	}
	name := m.name
	out := Method{Name: name, Index: i}
	if t.Kind() == Interface {
		out.Type = toType(t.methodType(i))
	}
	for j := len(name) - 1; j >= 0; j-- {
		if name[j] == '.' {
			out.Name = name[j+1:]
			out.PkgPath = name[:j]
			break
		}
	}
	return out
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := t.NumMethod()
	for i := 0; i < n; i++ {
		m := t.Method(i)
		if m.Name == name {
			return m, true
		}
	}
	return Method{}, false
}

func (t *rtype) funcInfo() *uncommonType {
	if t.Kind() != Func || t.uncommon == nil {
		panic("reflect: function-only method called on non-func type " + t.String())
	}
	return t.uncommon
}

func (t *rtype) NumIn() int       { return t.funcInfo().nin }
func (t *rtype) NumOut() int      { return t.funcInfo().nout }
func (t *rtype) IsVariadic() bool { return t.funcInfo().variadic != 0 }

func (t *rtype) In(i int) Type {
	u := t.funcInfo()
	if i < 0 || i >= u.nin {
		panic("reflect: Function index out of range")
	}
	return *(**rtype)(unsafe.Add(u.params, i*8))
}

func (t *rtype) Out(i int) Type {
	u := t.funcInfo()
	if i < 0 || i >= u.nout {
		panic("reflect: Function index out of range")
	}
	return *(**rtype)(unsafe.Add(u.params, (u.nin+i)*8))
}

// implements reports whether T's method set includes every method of interface V.
func implements(V, T *rtype) bool {
	for i := 0; i < V.nmethods; i++ {
		vm := V.method(i)
		found := false
		if T.methods != nil {
			for j := 0; j < T.nmethods; j++ {
				tm := T.method(j)
				if tm.name == vm.name && tm.sig == vm.sig {
					found = true
					break
				}
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	if uu == t {
		return true
	}
	if uu.Kind() == Interface {
		return implements(uu, t)
	}
	// identical underlying types where one side is unnamed
	if (t.tflag&tflagNamed == 0 || uu.tflag&tflagNamed == 0) && t.Kind() == uu.Kind() {
		switch t.Kind() {
		case Pointer, Slice, Array, Map, Chan:
			return t.elem == uu.elem && t.key == uu.key && t.len == uu.len
		}
	}
	return false
}

func isNumeric(k Kind) bool { return k >= Int && k <= Float64 }

func (t *rtype) ConvertibleTo(u Type) bool {
	if t.AssignableTo(u) {
		return true
	}
	uu := u.common()
	tk, uk := t.Kind(), uu.Kind()
	switch {
	case isNumeric(tk) && isNumeric(uk):
		return true
	case tk == String && (uk == String || uk == Slice && (uu.elem.kind == uint8(Uint8) || uu.elem.kind == uint8(Int32))):
		return true
	case uk == String && (tk >= Int && tk <= Uintptr || tk == Slice && (t.elem.kind == uint8(Uint8) || t.elem.kind == uint8(Int32))):
		return true
	case tk == uk && tk != Struct && tk != Interface && tk != Func:
		return t.elem == uu.elem && t.key == uu.key && t.len == uu.len
	}
	return false
}

func (t *rtype) Comparable() bool {
	switch t.Kind() {
	case Func, Map, Slice:
		return false
	case Array:
		return t.elem.Comparable()
	case Struct:
		for i := 0; i < t.nfields; i++ {
			if !t.field(i).typ.Comparable() {
				return false
			}
		}
	}
	return true
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type {
	t := *(**rtype)(unsafe.Pointer(&i))
	return toType(t)
}

// ptrTypes caches the pointer types that PointerTo made at run time.
var ptrTypes map[*rtype]*rtype

// PointerTo returns the type *t: the compiler's descriptor for package-level
// defined types; for others one made here, which is distinct from any the compiler
// emitted for the same type (pogo has no registry of all types yet).
func PointerTo(t Type) Type {
	et := t.common()
	if et.uncommon != nil && et.uncommon.ptrToThis != nil {
		return et.uncommon.ptrToThis
	}
	if pt, ok := ptrTypes[et]; ok {
		return pt
	}
	if ptrTypes == nil {
		ptrTypes = map[*rtype]*rtype{}
	}
	pt := &rtype{size: 8, ptrdata: 8, tflag: tflagDirect, align: 8, fieldAlign: 8, kind: uint8(Pointer)}
	pt.name = "*" + et.name
	pt.elem = et
	h := uint32(2166136261)
	for i := 0; i < len(pt.name); i++ {
		h = (h ^ uint32(pt.name[i])) * 16777619
	}
	pt.hash = h
	// Another goroutine may have made one while this one was preempted (in the
	// loop above): keep the first. No preemption point lies between this lookup
	// and the store.
	if first, ok := ptrTypes[et]; ok {
		return first
	}
	ptrTypes[et] = pt
	return pt
}

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// Fields returns an iterator over the struct type's fields.
func (t *rtype) Fields() iter.Seq[StructField] {
	if t.Kind() != Struct {
		panic("reflect: Fields of non-struct type " + t.String())
	}
	return func(yield func(StructField) bool) {
		for i := 0; i < t.NumField(); i++ {
			if !yield(t.Field(i)) {
				return
			}
		}
	}
}

// Methods returns an iterator over the type's exported methods.
func (t *rtype) Methods() iter.Seq[Method] {
	return func(yield func(Method) bool) {
		for i := 0; i < t.NumMethod(); i++ {
			if !yield(t.Method(i)) {
				return
			}
		}
	}
}

// Ins returns an iterator over a func type's parameter types.
func (t *rtype) Ins() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Ins of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := 0; i < t.NumIn(); i++ {
			if !yield(t.In(i)) {
				return
			}
		}
	}
}

// Outs returns an iterator over a func type's result types.
func (t *rtype) Outs() iter.Seq[Type] {
	if t.Kind() != Func {
		panic("reflect: Outs of non-func type " + t.String())
	}
	return func(yield func(Type) bool) {
		for i := 0; i < t.NumOut(); i++ {
			if !yield(t.Out(i)) {
				return
			}
		}
	}
}
