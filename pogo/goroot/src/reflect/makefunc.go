package reflect

import "unsafe"

// MakeFunc closures. A func value is a pointer to a closure object whose first
// word is the code address; MakeFunc's closures start with makeFuncStub's address,
// and the stub stores the register argument words in their spill slots and calls
// callReflect with the closure and the address of the caller's argument words,
// which callReflect turns into Values for the Go function, then writes the
// results back after the arguments, where the stub loads the register results.

// makeFuncStub is machine code (pogo/compile/amd64/intrinsics.py); only its
// address is used.
func makeFuncStub()

type makeFuncImpl struct {
	code  unsafe.Pointer // makeFuncStub
	ftyp  *rtype
	fn    func([]Value) []Value
	nargs int // argument words (the stub reads this at offset 24)
	nres  int // result words (offset 32)
}

// MakeFunc returns a new function of the given Type that wraps the function fn.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	t := typ.common()
	if t.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	stub := makeFuncStub
	impl := &makeFuncImpl{code: **(**unsafe.Pointer)(unsafe.Pointer(&stub)), ftyp: t, fn: fn}
	u := t.uncommon
	for i := 0; i < u.nin; i++ {
		impl.nargs += abiWords(t.In(i).common())
	}
	for i := 0; i < u.nout; i++ {
		impl.nres += abiWords(t.Out(i).common())
	}
	p := unsafe_New(t)
	*(*unsafe.Pointer)(p) = unsafe.Pointer(impl)
	return Value{t, p, 0}
}

// callReflect runs a MakeFunc function: frame holds the argument words, then
// room for the result words.
func callReflect(impl *makeFuncImpl, frame unsafe.Pointer) {
	ft := impl.ftyp
	u := ft.uncommon
	words := unsafe.Slice((*word)(frame), 1<<20)
	args := make([]Value, u.nin)
	off := 0
	for i := range args {
		t := ft.In(i).common()
		p := unsafe_New(t)
		rest := storeWords(t, p, words[off:])
		off = len(words) - len(rest)
		args[i] = Value{t, p, 0}
	}
	out := impl.fn(args)
	if len(out) != u.nout {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	var res []word
	for i, v := range out {
		t := ft.Out(i).common()
		if v.typ == nil {
			panic("reflect: function created by MakeFunc using closure returned zero Value")
		}
		tmp := unsafe_New(t)
		v.storeTo("reflect: function created by MakeFunc using closure returned wrong type:", t, tmp)
		res = appendWords(res, t, tmp)
	}
	copy(words[off:off+len(res)], res)
}
