package runtime

import "unsafe"

// Interfaces with methods. A non-empty interface value is (itab, data); an itab
// is: interface type, concrete type, a reserved word, then the code addresses of
// the concrete type's methods in the interface's method order (layout:
// pogo/compile/typedesc.py). The compiler emits itabs for the conversions it sees;
// the others (interface-to-interface conversions, assertions to interface types)
// are built here from the method records of the type descriptors, and cached.

// itabCache maps (interface type, concrete type) to the itab, or to nil and the
// missing method's name when the type does not implement the interface: type
// switches and assertions ask the same questions over and over. Open addressing,
// kept at most half full.
type itabEntry struct {
	inter, typ, tab unsafe.Pointer
	missing         string
}

var itabCache []itabEntry
var itabCount int
var itabLock mutex // guards itabCache and itabCount

func itabSlot(cache []itabEntry, inter, typ unsafe.Pointer) int {
	h := (uintptr(inter)>>3)*0x9E3779B97F4A7C15 ^ uintptr(typ)>>3
	h ^= h >> 29
	mask := len(cache) - 1
	i := int(h) & mask
	for {
		e := &cache[i]
		if e.inter == nil || e.inter == inter && e.typ == typ {
			return i
		}
		i = (i + 1) & mask
	}
}

func itabRemember(inter, typ, tab unsafe.Pointer, missing string) {
	if 2*(itabCount+1) > len(itabCache) {
		n := 64
		if len(itabCache) > 0 {
			n = 2 * len(itabCache)
		}
		bigger := make([]itabEntry, n)
		for _, e := range itabCache {
			if e.inter != nil {
				bigger[itabSlot(bigger, e.inter, e.typ)] = e
			}
		}
		itabCache = bigger
	}
	i := itabSlot(itabCache, inter, typ)
	if itabCache[i].inter == nil {
		itabCount++
	}
	itabCache[i] = itabEntry{inter, typ, tab, missing}
}

// method record accessors: name, signature, code address
func methodRecord(t unsafe.Pointer, i int) unsafe.Pointer {
	return unsafe.Add(*(*unsafe.Pointer)(unsafe.Add(t, 88)), i*40)
}

func methodName(rec unsafe.Pointer) string { return *(*string)(rec) }
func methodSig(rec unsafe.Pointer) string  { return *(*string)(unsafe.Add(rec, 16)) }
func methodFn(rec unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(rec, 32))
}

// itabType returns the dynamic type of a non-empty interface from its itab word.
func itabType(tab unsafe.Pointer) unsafe.Pointer {
	if tab == nil {
		return nil
	}
	return *(*unsafe.Pointer)(unsafe.Add(tab, 8))
}

// getitab returns the itab for concrete type typ and interface type inter, or,
// when typ lacks a method, nil with the name of the missing method.
func getitab(inter, typ unsafe.Pointer) (unsafe.Pointer, string) {
	lock(&itabLock)
	if len(itabCache) > 0 {
		e := &itabCache[itabSlot(itabCache, inter, typ)]
		if e.inter != nil {
			tab, missing := e.tab, e.missing
			unlock(&itabLock)
			return tab, missing
		}
	}
	unlock(&itabLock)
	tab, missing := buildItab(inter, typ)
	lock(&itabLock)
	itabRemember(inter, typ, tab, missing)
	unlock(&itabLock)
	return tab, missing
}

// buildItab makes the itab from the method records, or reports the missing method.
func buildItab(inter, typ unsafe.Pointer) (unsafe.Pointer, string) {
	n := typeNumMethod(inter)
	tab := mallocgc(uintptr(24+8*n), nil, true)
	*(*unsafe.Pointer)(tab) = inter
	*(*unsafe.Pointer)(unsafe.Add(tab, 8)) = typ
	tn := 0
	if typeKind(typ) != 20 {
		tn = typeNumMethod(typ)
	}
	for i := 0; i < n; i++ {
		im := methodRecord(inter, i)
		var fn unsafe.Pointer
		for j := 0; j < tn; j++ {
			tm := methodRecord(typ, j)
			if methodName(tm) == methodName(im) && methodSig(tm) == methodSig(im) {
				fn = methodFn(tm)
				break
			}
		}
		if fn == nil {
			name := methodName(im)
			for k := len(name) - 1; k >= 0; k-- {
				if name[k] == '.' {
					name = name[k+1:]
					break
				}
			}
			return nil, name
		}
		*(*unsafe.Pointer)(unsafe.Add(tab, 24+8*i)) = fn
	}
	return tab, ""
}

// getitabOK is getitab for comma-ok assertions and type switches: nil when typ
// is nil or does not implement inter.
func getitabOK(inter, typ unsafe.Pointer) unsafe.Pointer {
	if typ == nil {
		return nil
	}
	tab, _ := getitab(inter, typ)
	return tab
}

//go:linkname errors_itabFor errors.itabFor
func errors_itabFor(inter, typ unsafe.Pointer) unsafe.Pointer {
	return getitabOK(inter, typ)
}

// convI2I converts an interface value with dynamic type typ to interface inter,
// which the compiler has checked typ implements.
func convI2I(inter, typ unsafe.Pointer) unsafe.Pointer {
	if typ == nil {
		return nil
	}
	tab, missing := getitab(inter, typ)
	if tab == nil {
		panicassert("interface conversion: " + typeName(typ) + " is not " + typeName(inter) + ": missing method " + missing)
	}
	return tab
}

// panicdottypeI reports a failed assertion x.(I) to an interface type.
func panicdottypeI(have, want, iface unsafe.Pointer) {
	if have == nil {
		panicassert("interface conversion: interface is nil, not " + typeName(want))
	}
	_, missing := getitab(want, have)
	panicassert("interface conversion: " + typeName(have) + " is not " + typeName(want) + ": missing method " + missing)
}

//go:linkname fmt_getitabOK fmt.getitabOK
func fmt_getitabOK(inter, typ unsafe.Pointer) unsafe.Pointer {
	return getitabOK(inter, typ)
}
