package runtime

import "unsafe"

// throw reports a fatal runtime error and exits with status 2, as gc's does.
func throw(s string) {
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	exit(2)
}

// fatalpanic prints the goroutine header that follows a panic message. Tracebacks
// (function names and file:line) come with the back-end issue.
func fatalpanic() {
	printstring("\n\ngoroutine 1 [running]:\npogo: tracebacks not supported yet\n")
	exit(2)
}

func panicmsg(s string) {
	printstring("panic: ")
	printstring(s)
	fatalpanic()
}

func gopanic(e any) {
	printstring("panic: ")
	printpanicval(e)
	fatalpanic()
}

// typeName returns the name of the type whose descriptor is at t.
func typeName(t unsafe.Pointer) string {
	return *(*string)(unsafe.Add(t, 40))
}

func printpanicval(v any) {
	switch x := v.(type) {
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
	default:
		t := efaceType(&v)
		printstring("(")
		printstring(typeName(t))
		printstring(") ")
		printpointer(efaceData(&v))
	}
}

func efaceType(e *any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(e))
}

func efaceData(e *any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(e), 8))
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	b := make([]byte, 0, 20)
	for u > 0 {
		b = append(b, byte('0'+u%10))
		u /= 10
	}
	if neg {
		b = append(b, '-')
	}
	n := len(b)
	for i := 0; i < n/2; i++ {
		b[i], b[n-1-i] = b[n-1-i], b[i]
	}
	return unsafe.String(unsafe.SliceData(b), n)
}

func panicIndex(i, n int) {
	panicmsg("runtime error: index out of range [" + itoa(i) + "] with length " + itoa(n))
}

func panicdivide() {
	panicmsg("runtime error: integer divide by zero")
}

func panicshift() {
	panicmsg("runtime error: negative shift amount")
}

func panicmakeslicelen() {
	panicmsg("runtime error: makeslice: len out of range")
}

func panicmakeslicecap() {
	panicmsg("runtime error: makeslice: cap out of range")
}

func checkSlice(lo, hi, n int) {
	if uint(hi) > uint(n) {
		panicmsg("runtime error: slice bounds out of range [:" + itoa(hi) + "] with length " + itoa(n))
	}
	if uint(lo) > uint(hi) {
		panicmsg("runtime error: slice bounds out of range [" + itoa(lo) + ":" + itoa(hi) + "]")
	}
}

func checkSlice3(lo, hi, max, c int) {
	if uint(max) > uint(c) {
		panicmsg("runtime error: slice bounds out of range [::" + itoa(max) + "] with capacity " + itoa(c))
	}
	if uint(hi) > uint(max) {
		panicmsg("runtime error: slice bounds out of range [:" + itoa(hi) + ":" + itoa(max) + "]")
	}
	if uint(lo) > uint(hi) {
		panicmsg("runtime error: slice bounds out of range [" + itoa(lo) + ":" + itoa(hi) + ":]")
	}
}

// panicdottypeE reports a failed type assertion x.(T) on an empty interface.
func panicdottypeE(have, want, iface unsafe.Pointer) {
	if have == nil {
		panicmsg("interface conversion: " + typeName(iface) + " is nil, not " + typeName(want))
	}
	panicmsg("interface conversion: " + typeName(iface) + " is " + typeName(have) + ", not " + typeName(want))
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
	pa := efaceData(&a)
	pb := efaceData(&b)
	kind := *(*uint8)(unsafe.Add(ta, 23))
	if kind == 22 || kind == 26 {
		return pa == pb
	}
	if kind == 24 {
		return *(*string)(pa) == *(*string)(pb)
	}
	if kind > 16 {
		panicmsg("runtime error: comparing uncomparable type " + typeName(ta))
	}
	size := typeSize(ta)
	for i := uintptr(0); i < size; i++ {
		if *(*byte)(unsafe.Add(pa, i)) != *(*byte)(unsafe.Add(pb, i)) {
			return false
		}
	}
	return true
}
