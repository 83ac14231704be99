package fmt

import "unsafe"

// isReflectValue reports whether t is the descriptor of reflect.Value, which fmt
// prints as the value it holds, as gc's does. Callers test this before calling
// reflectValueArg, so that the linker can leave reflectValueArg out of programs
// with no reflect.Value descriptor (pogo/link/lazy.py).
func isReflectValue(t unsafe.Pointer) bool {
	return t != nil && descName(t) == "reflect.Value"
}

// reflectValueArg returns the value held by arg, a reflect.Value. The Value's first
// two words are its type descriptor and the address of the value (layout:
// pogo/goroot/src/reflect/value.go).
func reflectValueArg(arg any) any {
	v := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&arg), 8))
	typ := *(*unsafe.Pointer)(v)
	if typ == nil {
		return "<invalid reflect.Value>"
	}
	ptr := *(*unsafe.Pointer)(unsafe.Add(v, 8))
	if descKind(typ) == 20 { // an interface: its dynamic value
		tab := *(*unsafe.Pointer)(ptr)
		if tab != nil && *(*int)(unsafe.Add(typ, 96)) > 0 {
			tab = *(*unsafe.Pointer)(unsafe.Add(tab, 8))
		}
		var a any
		*(*unsafe.Pointer)(unsafe.Pointer(&a)) = tab
		*(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&a), 8)) = *(*unsafe.Pointer)(unsafe.Add(ptr, 8))
		return a
	}
	return makeAny(typ, ptr)
}
