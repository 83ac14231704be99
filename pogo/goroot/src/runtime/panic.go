package runtime

import "unsafe"

// throw reports a fatal runtime error and exits with status 2, as gc's does.
func throw(s string) {
	startpanic()
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	exit(2)
}

// fatalpanic prints the goroutine header and the traceback that follow a panic
// message (see traceback.go).
// panicking counts goroutines reporting a fatal panic or error. While it is set the
// main goroutine's return does not end the process with status 0 (the report ends
// it with 2), and other Ps run no more goroutines (freezetheworld), as in gc.
var panicking int32

// panickingG is the goroutine reporting: it is never stopped for the freeze (its
// report may call Error or String methods, which have preemption checks).
var panickingG *g

// runningPanicDefers counts goroutines running the deferred calls of a panic; a
// returning main goroutine gives them a chance to finish first.
var runningPanicDefers int32

// startpanic begins a fatal report.
func startpanic() {
	if xadd32(&panicking, 1) == 1 {
		panickingG = getg()
	}
	freezetheworld()
}

// freezetheworld stops other Ps at their next preemption check and keeps idle Ms
// from starting goroutines (the collector's stop request, which nobody will lift).
func freezetheworld() {
	if sysmonStarted {
		store32(&sched.gcwaiting, 1)
		store32(&preemptFlag, 1)
	}
}

// Breakpoint stands for gc's trap instruction. With no debugger attached gc's program
// dies of SIGTRAP: the same report here (signal line, traceback), exit status 2.
func Breakpoint() {
	startpanic()
	printstring("SIGTRAP: trace trap\n\ngoroutine ")
	printint(getg().goid)
	printstring(" [running]:\n")
	traceback(getfp())
	exit(2)
}

func fatalpanic() {
	for p := getg().panics; p != nil; p = p.link {
		// gc shows the signal once, after the whole chain of panics
		if p.sigpc != 0 {
			printstring("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=")
			printhex(uint64(p.sigpc))
			printstring("]")
			break
		}
	}
	printstring("\n\ngoroutine ")
	printint(getg().goid)
	printstring(" [running]:\n")
	traceback(getfp())
	if getg().gopc != 0 { // only goroutines started by newproc have a creator
		printcreatedby(getg())
	}
	exit(2)
}

// typeName returns the name of the type whose descriptor is at t.
func typeName(t unsafe.Pointer) string {
	return *(*string)(unsafe.Add(t, 40))
}

func printpanicval(v any) {
	switch x := v.(type) {
	case error:
		printstring(x.Error())
	case stringer:
		printstring(x.String())
	case nil:
		printstring("nil")
	case bool:
		printbool(x)
	case int:
		printint(int64(x))
	case int8:
		printint(int64(x))
	case int16:
		printint(int64(x))
	case int32:
		printint(int64(x))
	case int64:
		printint(x)
	case uint:
		printuint(uint64(x))
	case uint8:
		printuint(uint64(x))
	case uint16:
		printuint(uint64(x))
	case uint32:
		printuint(uint64(x))
	case uint64:
		printuint(x)
	case uintptr:
		printuint(uint64(x))
	case string:
		printstring(x)
	case float32:
		printfloat32(float64(x))
	case float64:
		printfloat(x)
	case complex64:
		printcomplex(float64(real(x)), float64(imag(x)), 32)
	case complex128:
		printcomplex(real(x), imag(x), 64)
	default:
		printcustompanicval(v)
	}
}

// printcustompanicval prints a panic value of a defined type as gc does: a basic
// underlying type shows as T(value) (strings quoted), anything else as (T) address.
func printcustompanicval(v any) {
	t := efaceType(&v)
	p := efaceData(&v)
	k := typeKind(t)
	if k == 24 || k >= 1 && k <= 16 {
		printstring(typeName(t))
		printstring("(")
		switch {
		case k == 24:
			printstring("\"")
			printstring(*(*string)(p))
			printstring("\"")
		case k == 1:
			printbool(*(*bool)(p))
		case k == 2 || k == 6:
			printint(*(*int64)(p))
		case k == 3:
			printint(int64(*(*int8)(p)))
		case k == 4:
			printint(int64(*(*int16)(p)))
		case k == 5:
			printint(int64(*(*int32)(p)))
		case k == 7 || k == 11 || k == 12:
			printuint(*(*uint64)(p))
		case k == 8:
			printuint(uint64(*(*uint8)(p)))
		case k == 9:
			printuint(uint64(*(*uint16)(p)))
		case k == 10:
			printuint(uint64(*(*uint32)(p)))
		case k == 13:
			printfloat32(float64(*(*float32)(p)))
		case k == 14:
			printfloat(*(*float64)(p))
		case k == 15:
			c := *(*complex64)(p)
			printcomplex(float64(real(c)), float64(imag(c)), 32)
		case k == 16:
			c := *(*complex128)(p)
			printcomplex(real(c), imag(c), 64)
		}
		printstring(")")
		return
	}
	printstring("(")
	printstring(typeName(t))
	printstring(") ")
	printpointer(p)
}

func efaceType(e *any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(e))
}

func efaceData(e *any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(e), 8))
}

//go:linkname syscall_itoa syscall.itoa
func syscall_itoa(v int) string { return itoa(v) }

func itoa(v int) string {
	u := uint64(v)
	if v < 0 {
		u = uint64(-v)
	}
	var b [numLen]byte
	i := digits(&b, u, false)
	if v < 0 {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func panicIndex(i, n int) {
	if i < 0 {
		panicbounds("index out of range [" + itoa(i) + "]")
	}
	panicbounds("index out of range [" + itoa(i) + "] with length " + itoa(n))
}

// panicmem reports a nil pointer dereference. pogo checks pointers explicitly
// before using them, so there is no signal; gopanic notes where the check failed
// (memfaultpc) for the signal line gc prints when the panic is fatal.
func panicmem() {
	gopanic(errorString(memoryErrorText))
}

// memfaultpc returns, when the gopanic frame at fp was called by panicmem, the
// address of panicmem's call (the faulting instruction in gc's report); else 0.
func memfaultpc(fp uintptr) uintptr {
	ret := *(*uintptr)(unsafe.Pointer(fp + 8))
	f, ok := findfunc(ret - 1)
	if !ok || f.name != "runtime.panicmem" {
		return 0
	}
	callerfp := *(*uintptr)(unsafe.Pointer(fp))
	return *(*uintptr)(unsafe.Pointer(callerfp + 8)) - 5
}

func panicdivide() {
	panicerror("integer divide by zero")
}

func panicshift() {
	panicerror("negative shift amount")
}

func panicmakeslicelen() {
	panicerror("makeslice: len out of range")
}

func panicmakeslicecap() {
	panicerror("makeslice: cap out of range")
}

// panicSliceConvert reports a slice too short for its conversion to an array.
func panicSliceConvert(have, want int) {
	panicbounds("cannot convert slice with length " + itoa(have) + " to array or pointer to array with length " + itoa(want))
}

// The slice-expression checks. gc names the bound "length" for strings and arrays and
// "capacity" for slices, and shows a negative index alone in its position.
func checkSlice(lo, hi, n int)    { checkSlice2(lo, hi, n, " with length ") }
func checkSliceCap(lo, hi, c int) { checkSlice2(lo, hi, c, " with capacity ") }

func checkSlice3(lo, hi, max, c int)    { checkSlice3Of(lo, hi, max, c, " with capacity ") }
func checkSlice3Len(lo, hi, max, n int) { checkSlice3Of(lo, hi, max, n, " with length ") }

func sliceFail(msg string) {
	panicbounds("slice bounds out of range [" + msg + "]")
}

func checkSlice2(lo, hi, bound int, what string) {
	if uint(hi) > uint(bound) {
		if hi < 0 {
			sliceFail(":" + itoa(hi))
		}
		panicbounds("slice bounds out of range [:" + itoa(hi) + "]" + what + itoa(bound))
	}
	if uint(lo) > uint(hi) {
		if lo < 0 {
			sliceFail(itoa(lo) + ":")
		}
		sliceFail(itoa(lo) + ":" + itoa(hi))
	}
}

func checkSlice3Of(lo, hi, max, bound int, what string) {
	if uint(max) > uint(bound) {
		if max < 0 {
			sliceFail("::" + itoa(max))
		}
		panicbounds("slice bounds out of range [::" + itoa(max) + "]" + what + itoa(bound))
	}
	if uint(hi) > uint(max) {
		if hi < 0 {
			sliceFail(":" + itoa(hi) + ":")
		}
		sliceFail(":" + itoa(hi) + ":" + itoa(max))
	}
	if uint(lo) > uint(hi) {
		if lo < 0 {
			sliceFail(itoa(lo) + "::")
		}
		sliceFail(itoa(lo) + ":" + itoa(hi) + ":")
	}
}

// panicdottypeE reports a failed type assertion x.(T) on an empty interface.
func panicdottypeE(have, want, iface unsafe.Pointer) {
	if have == nil {
		panicassert("interface conversion: " + typeName(iface) + " is nil, not " + typeName(want))
	}
	panicassert("interface conversion: " + typeName(iface) + " is " + typeName(have) + ", not " + typeName(want))
}

// efaceeq reports whether two empty interfaces hold equal values.
func efaceeq(a, b any) bool {
	ta := efaceType(&a)
	if ta != efaceType(&b) {
		return false
	}
	if ta == nil {
		return true
	}
	return ifaceDataEq(ta, efaceData(&a), efaceData(&b))
}

// ifaceDataEq compares two interface data words holding values of type t.
func ifaceDataEq(t, pa, pb unsafe.Pointer) bool {
	if typeDirect(t) {
		return pa == pb
	}
	if !typeComparable(t) {
		// gc names the dynamic type, not the uncomparable part inside it
		panicerror("comparing uncomparable type " + typeName(t))
	}
	return typedEqual(t, pa, pb)
}

// typeComparable reports whether == is defined on values of type t.
func typeComparable(t unsafe.Pointer) bool {
	switch typeKind(t) {
	case 19, 21, 23: // func, map, slice
		return false
	case 17: // array
		return typeComparable(typeElem(t))
	case 25: // struct
		for i := 0; i < typeNumField(t); i++ {
			ft, _ := typeField(t, i)
			if !typeComparable(ft) {
				return false
			}
		}
	}
	return true
}

// Type descriptor accessors (layout: pogo/compile/typedesc.py).
func typeKind(t unsafe.Pointer) uint8           { return *(*uint8)(unsafe.Add(t, 23)) }
func typeDirect(t unsafe.Pointer) bool          { return *(*uint8)(unsafe.Add(t, 20))&1 != 0 }
func typeElem(t unsafe.Pointer) unsafe.Pointer  { return *(*unsafe.Pointer)(unsafe.Add(t, 56)) }
func typeLen(t unsafe.Pointer) int              { return *(*int)(unsafe.Add(t, 64)) }
func typeNumField(t unsafe.Pointer) int         { return *(*int)(unsafe.Add(t, 80)) }
func typeNumMethod(t unsafe.Pointer) int        { return *(*int)(unsafe.Add(t, 96)) }

func typeField(t unsafe.Pointer, i int) (unsafe.Pointer, uintptr) {
	rec := unsafe.Add(*(*unsafe.Pointer)(unsafe.Add(t, 72)), i*32)
	off := *(*uintptr)(unsafe.Add(rec, 24))
	return *(*unsafe.Pointer)(unsafe.Add(rec, 16)), off &^ (1 << 63)
}

func typeFieldName(t unsafe.Pointer, i int) string {
	rec := unsafe.Add(*(*unsafe.Pointer)(unsafe.Add(t, 72)), i*32)
	return *(*string)(rec)
}

// typedEqual reports whether the values of type t at a and b are equal, with Go's
// == semantics; uncomparable types panic as in gc.
func typedEqual(t, a, b unsafe.Pointer) bool {
	k := typeKind(t)
	switch k {
	case 24: // string
		return *(*string)(a) == *(*string)(b)
	case 17: // array
		et := typeElem(t)
		es := typeSize(et)
		for i := 0; i < typeLen(t); i++ {
			if !typedEqual(et, unsafe.Add(a, uintptr(i)*es), unsafe.Add(b, uintptr(i)*es)) {
				return false
			}
		}
		return true
	case 25: // struct
		for i := 0; i < typeNumField(t); i++ {
			ft, off := typeField(t, i)
			if typeFieldName(t, i) == "_" {
				continue
			}
			if !typedEqual(ft, unsafe.Add(a, off), unsafe.Add(b, off)) {
				return false
			}
		}
		return true
	case 20: // interface
		ta := *(*unsafe.Pointer)(a)
		tb := *(*unsafe.Pointer)(b)
		if typeNumMethod(t) > 0 {
			if ta != nil {
				ta = *(*unsafe.Pointer)(unsafe.Add(ta, 8))
			}
			if tb != nil {
				tb = *(*unsafe.Pointer)(unsafe.Add(tb, 8))
			}
		}
		if ta != tb {
			return false
		}
		if ta == nil {
			return true
		}
		return ifaceDataEq(ta, *(*unsafe.Pointer)(unsafe.Add(a, 8)), *(*unsafe.Pointer)(unsafe.Add(b, 8)))
	case 19, 21, 23: // func, map, slice
		panicerror("comparing uncomparable type " + typeName(t))
	case 13: // float32: NaN != NaN, +0 == -0
		return *(*float32)(a) == *(*float32)(b)
	case 14:
		return *(*float64)(a) == *(*float64)(b)
	case 15:
		return *(*complex64)(a) == *(*complex64)(b)
	case 16:
		return *(*complex128)(a) == *(*complex128)(b)
	}
	size := typeSize(t)
	for i := uintptr(0); i < size; i++ {
		if *(*byte)(unsafe.Add(a, i)) != *(*byte)(unsafe.Add(b, i)) {
			return false
		}
	}
	return true
}
