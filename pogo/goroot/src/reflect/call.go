package reflect

import (
	"iter"
	"unsafe"
)

// Calls through reflection. pogo's ABI passes arguments and results as words,
// one per scalar component (structs and arrays flattened), the first nine of each
// in registers and the rest on the stack, so a call builds the whole word frame
// from the argument Values, lets the callFrame intrinsic
// (pogo/compile/amd64/intrinsics.py) call the func value with it (loading and
// storing the register words), and reads the result words back into new Values.

// callFrame calls the func value fn with the nwords words at frame as its
// argument and result area, the first nargs of them being arguments, and copies
// the area, results included, back to frame afterwards.
func callFrame(fn unsafe.Pointer, frame unsafe.Pointer, nwords, nargs int)

// abiWords is the number of ABI words of a value of type t (as appendWords
// appends them).
func abiWords(t *rtype) int {
	switch Kind(t.kind) {
	case String, Interface:
		return 2
	case Slice:
		return 3
	case Struct:
		n := 0
		for i := 0; i < t.nfields; i++ {
			n += abiWords(t.field(i).typ)
		}
		return n
	case Array:
		return t.len * abiWords(t.elem)
	}
	return 1
}

// appendWords appends the ABI words of the value of type t at p.
// word is one ABI word of an argument frame. Frames are built in []word, a
// slice the garbage collector scans: between the calls that build a frame (or
// read the results out of it) it may hold the only reference to an argument's
// or result's memory. Non-pointer words stored in it can only keep some object
// alive longer, never break anything (the collector does not move objects).
type word = unsafe.Pointer

func appendWords(out []word, t *rtype, p unsafe.Pointer) []word {
	switch Kind(t.kind) {
	case Bool, Uint8:
		return append(out, word(uintptr(*(*uint8)(p))))
	case Int8:
		return append(out, word(uintptr(int64(*(*int8)(p)))))
	case Uint16:
		return append(out, word(uintptr(*(*uint16)(p))))
	case Int16:
		return append(out, word(uintptr(int64(*(*int16)(p)))))
	case Uint32, Float32:
		return append(out, word(uintptr(*(*uint32)(p))))
	case Int32:
		return append(out, word(uintptr(int64(*(*int32)(p)))))
	case String, Interface:
		return append(out, *(*word)(p), *(*word)(unsafe.Add(p, 8)))
	case Slice:
		return append(out, *(*word)(p), *(*word)(unsafe.Add(p, 8)), *(*word)(unsafe.Add(p, 16)))
	case Struct:
		for i := 0; i < t.nfields; i++ {
			f := t.field(i)
			out = appendWords(out, f.typ, unsafe.Add(p, f.offset&^(1<<63)))
		}
		return out
	case Array:
		for i := 0; i < t.len; i++ {
			out = appendWords(out, t.elem, unsafe.Add(p, uintptr(i)*t.elem.size))
		}
		return out
	}
	return append(out, *(*word)(p))
}

// storeWords stores the leading ABI words of words into the value of type t at p
// and returns the words left.
func storeWords(t *rtype, p unsafe.Pointer, words []word) []word {
	switch Kind(t.kind) {
	case Bool, Uint8, Int8:
		*(*uint8)(p) = uint8(uintptr(words[0]))
		return words[1:]
	case Uint16, Int16:
		*(*uint16)(p) = uint16(uintptr(words[0]))
		return words[1:]
	case Uint32, Int32, Float32:
		*(*uint32)(p) = uint32(uintptr(words[0]))
		return words[1:]
	case String, Interface:
		*(*word)(p) = words[0]
		*(*word)(unsafe.Add(p, 8)) = words[1]
		return words[2:]
	case Slice:
		*(*word)(p) = words[0]
		*(*word)(unsafe.Add(p, 8)) = words[1]
		*(*word)(unsafe.Add(p, 16)) = words[2]
		return words[3:]
	case Struct:
		for i := 0; i < t.nfields; i++ {
			f := t.field(i)
			words = storeWords(f.typ, unsafe.Add(p, f.offset&^(1<<63)), words)
		}
		return words
	case Array:
		for i := 0; i < t.len; i++ {
			words = storeWords(t.elem, unsafe.Add(p, uintptr(i)*t.elem.size), words)
		}
		return words
	}
	*(*word)(p) = words[0]
	return words[1:]
}

// methodValue is what a Value made by Value.Method points to.
type methodValue struct {
	recv unsafe.Pointer // the receiver word the method's (*T).M code takes
	fn   unsafe.Pointer // a func value (closure) for that code
}

// Method returns a function value corresponding to v's i'th exported method.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.flag&flagMethod != 0 || v.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	rec, idx, ok := v.typ.exportedMethodIndex(i)
	if !ok {
		panic("reflect: Method index out of range")
	}
	mt := v.typ.methodType(idx)
	if mt == nil {
		panic("pogo: reflect.Value.Method: no method type recorded for " + v.typ.String())
	}
	mv := &methodValue{}
	var code unsafe.Pointer
	if v.Kind() == Interface {
		tab := *(*unsafe.Pointer)(v.ptr)
		mv.recv = *(*unsafe.Pointer)(unsafe.Add(v.ptr, 8))
		code = *(*unsafe.Pointer)(unsafe.Add(tab, 24+8*idx))
	} else {
		code = rec.fn
		if v.typ.direct() {
			mv.recv = *(*unsafe.Pointer)(v.ptr)
		} else {
			c := unsafe_New(v.typ)
			memmove(c, v.ptr, v.typ.size)
			mv.recv = c
		}
	}
	closure := unsafe_New(v.typ) // any allocation of at least one word
	*(*unsafe.Pointer)(closure) = code
	mv.fn = closure
	return Value{mt, unsafe.Pointer(mv), v.flag&flagRO | flagMethod}
}

// MethodByName returns a function value for v's exported method name, or the
// zero Value.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	m, ok := v.typ.MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.Method(m.Index)
}

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value {
	v.mustBe("Call", Func)
	return v.call("Call", in, false)
}

// CallSlice calls the variadic function v, passing the slice in[len(in)-1] as
// its variadic parameter.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe("CallSlice", Func)
	return v.call("CallSlice", in, true)
}

func (v Value) call(op string, in []Value, isSlice bool) []Value {
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + op + " using value obtained using unexported field")
	}
	ft := v.typ
	u := ft.uncommon
	var fn unsafe.Pointer
	var words []word
	if v.flag&flagMethod != 0 {
		mv := (*methodValue)(v.ptr)
		fn = mv.fn
		words = append(words, word(mv.recv))
	} else {
		fn = *(*unsafe.Pointer)(v.ptr)
		if fn == nil {
			panic("reflect: call of nil function")
		}
	}
	nin := u.nin
	if u.variadic != 0 && !isSlice {
		n := nin - 1
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		st := ft.In(n).common()
		sv := MakeSlice(st, len(in)-n, len(in)-n)
		for i := n; i < len(in); i++ {
			in[i].storeTo("reflect.Value.Call", st.elem, sv.Index(i-n).ptr)
		}
		args := make([]Value, 0, nin)
		args = append(args, in[:n]...)
		in = append(args, sv)
	}
	if isSlice && u.variadic == 0 {
		panic("reflect: CallSlice of non-variadic function")
	}
	if len(in) < nin {
		panic("reflect: " + op + " with too few input arguments")
	}
	if len(in) > nin {
		panic("reflect: " + op + " with too many input arguments")
	}
	for i, a := range in {
		if a.typ == nil {
			panic("reflect: " + op + " using zero Value argument")
		}
		pt := ft.In(i).common()
		tmp := unsafe_New(pt)
		a.storeTo("reflect: "+op+" using "+a.typ.String()+" as type "+pt.String()+";", pt, tmp)
		words = appendWords(words, pt, tmp)
	}
	nargs := len(words)
	for i := 0; i < u.nout; i++ {
		rt := ft.Out(i).common()
		words = appendWords(words, rt, unsafe_New(rt))
	}
	if len(words) > 0 {
		callFrame(fn, unsafe.Pointer(&words[0]), len(words), nargs)
	} else {
		callFrame(fn, nil, 0, 0)
	}
	rest := words[nargs:]
	out := make([]Value, u.nout)
	for i := range out {
		rt := ft.Out(i).common()
		p := unsafe_New(rt)
		rest = storeWords(rt, p, rest)
		out[i] = Value{rt, p, 0}
	}
	return out
}

// Methods returns an iterator over v's exported methods and their method values.
func (v Value) Methods() iter.Seq2[Method, Value] {
	t := v.Type()
	return func(yield func(Method, Value) bool) {
		for i := 0; i < v.NumMethod(); i++ {
			if !yield(t.Method(i), v.Method(i)) {
				return
			}
		}
	}
}
