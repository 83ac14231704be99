package fmt

import "unsafe"

// reflectValueArg reports whether arg is a reflect.Value and, if so, returns the
// value it holds: fmt prints a reflect.Value as its contents, as gc's does.
// The Value's first two words are its type descriptor and the address of the
// value (layout: pogo/goroot/src/reflect/value.go).
func reflectValueArg(arg any) (any, bool) {
	t := *(*unsafe.Pointer)(unsafe.Pointer(&arg))
	if t == nil || descName(t) != "reflect.Value" {
		return nil, false
	}
	v := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&arg), 8))
	typ := *(*unsafe.Pointer)(v)
	if typ == nil {
		return "<invalid reflect.Value>", true
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
		return a, true
	}
	return makeAny(typ, ptr), true
}
