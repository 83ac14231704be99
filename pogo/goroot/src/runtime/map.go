package runtime

import "unsafe"

// Maps are hash tables with open addressing and linear probing. A map value is a
// pointer to an hmap (nil for a nil map). Keys, values and slot states live in
// three parallel arrays of cap slots (cap a power of two); the table doubles when
// it is 3/4 full, counting deleted slots (tombstones). Keys are hashed and
// compared through their type descriptors, so any comparable key type works.
// The map type descriptor (pogo/compile/typedesc.py) gives the key type at
// offset 104 and the element type at offset 56.

type hmap struct {
	count int            // live entries
	used  int            // live entries plus tombstones
	cap   int            // slots, a power of two (0 before the first insert)
	keys  unsafe.Pointer // cap keys
	vals  unsafe.Pointer // cap values
	state unsafe.Pointer // cap bytes: slotEmpty, slotFull or slotDeleted
	gen   int            // incremented whenever the arrays are replaced
}

const (
	slotEmpty   = 0
	slotFull    = 1
	slotDeleted = 2
)

var nanSeed uintptr

// zeroVal is returned by lookups of missing keys (values up to its size).
var zeroVal [1024]byte

func mapKeyType(mt unsafe.Pointer) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Add(mt, 104)) }

func makemap(mt unsafe.Pointer, hint int) unsafe.Pointer {
	if hint < 0 {
		panicerror("makemap: size out of range")
	}
	h := new(hmap)
	if hint > 0 {
		c := 8
		for c*3/4 < hint {
			c *= 2
		}
		mapAlloc(mt, h, c)
	}
	return unsafe.Pointer(h)
}

func mapAlloc(mt unsafe.Pointer, h *hmap, c int) {
	kt := mapKeyType(mt)
	vt := typeElem(mt)
	h.cap = c
	h.keys = mallocgc(typeSize(kt)*uintptr(c), kt, true)
	h.vals = mallocgc(typeSize(vt)*uintptr(c), vt, true)
	h.state = malloc(uintptr(c), nil, true, true)
	h.used = h.count
	h.gen++
}

func slotState(h *hmap, i int) uint8 { return *(*uint8)(unsafe.Add(h.state, i)) }

// find returns the slot holding key, or -1.
func mapFind(mt unsafe.Pointer, h *hmap, key unsafe.Pointer) int {
	if h == nil || h.count == 0 {
		return -1
	}
	kt := mapKeyType(mt)
	ks := typeSize(kt)
	mask := h.cap - 1
	i := int(typehash(kt, key, 0)) & mask
	for {
		s := slotState(h, i)
		if s == slotEmpty {
			return -1
		}
		if s == slotFull && typedEqual(kt, unsafe.Add(h.keys, uintptr(i)*ks), key) {
			return i
		}
		i = (i + 1) & mask
	}
}

func mapaccess1(mt, m, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(mt, m, key)
	return p
}

func mapaccess2(mt, m, key unsafe.Pointer) (unsafe.Pointer, bool) {
	h := (*hmap)(m)
	vt := typeElem(mt)
	if h == nil || h.count == 0 {
		typehash(mapKeyType(mt), key, 0) // panics for unhashable interface keys, as gc does
		return mapZero(vt), false
	}
	i := mapFind(mt, h, key)
	if i < 0 {
		return mapZero(vt), false
	}
	return unsafe.Add(h.vals, uintptr(i)*typeSize(vt)), true
}

func mapZero(vt unsafe.Pointer) unsafe.Pointer {
	if typeSize(vt) <= uintptr(len(zeroVal)) {
		return unsafe.Pointer(&zeroVal[0])
	}
	return mallocgc(typeSize(vt), vt, true)
}

// mapassign returns the address of key's value slot, adding the key if needed.
func mapassign(mt, m, key unsafe.Pointer) unsafe.Pointer {
	h := (*hmap)(m)
	if h == nil {
		gopanic(plainError("assignment to entry in nil map"))
	}
	kt := mapKeyType(mt)
	vt := typeElem(mt)
	ks := typeSize(kt)
	if i := mapFind(mt, h, key); i >= 0 {
		return unsafe.Add(h.vals, uintptr(i)*typeSize(vt))
	}
	if h.cap == 0 || (h.used+1)*4 > h.cap*3 {
		mapGrow(mt, h)
	}
	mask := h.cap - 1
	i := int(typehash(kt, key, 0)) & mask
	for slotState(h, i) == slotFull {
		i = (i + 1) & mask
	}
	if slotState(h, i) == slotEmpty {
		h.used++
	}
	*(*uint8)(unsafe.Add(h.state, i)) = slotFull
	memmove(unsafe.Add(h.keys, uintptr(i)*ks), key, ks)
	h.count++
	return unsafe.Add(h.vals, uintptr(i)*typeSize(vt))
}

// mapGrow rehashes into fresh arrays, twice as large unless most used slots are
// tombstones. The old arrays are left intact for iterators that still use them.
func mapGrow(mt unsafe.Pointer, h *hmap) {
	kt := mapKeyType(mt)
	vt := typeElem(mt)
	ks := typeSize(kt)
	vs := typeSize(vt)
	oldCap, oldKeys, oldVals, oldState := h.cap, h.keys, h.vals, h.state
	c := 8
	for c*3/4 <= h.count+1 {
		c *= 2
	}
	if c < oldCap {
		c = oldCap
	}
	mapAlloc(mt, h, c)
	mask := c - 1
	for j := 0; j < oldCap; j++ {
		if *(*uint8)(unsafe.Add(oldState, j)) != slotFull {
			continue
		}
		k := unsafe.Add(oldKeys, uintptr(j)*ks)
		i := int(typehash(kt, k, 0)) & mask
		for slotState(h, i) == slotFull {
			i = (i + 1) & mask
		}
		*(*uint8)(unsafe.Add(h.state, i)) = slotFull
		memmove(unsafe.Add(h.keys, uintptr(i)*ks), k, ks)
		memmove(unsafe.Add(h.vals, uintptr(i)*vs), unsafe.Add(oldVals, uintptr(j)*vs), vs)
	}
	h.used = h.count
}

func mapdelete(mt, m, key unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil {
		typehash(mapKeyType(mt), key, 0)
		return
	}
	i := mapFind(mt, h, key)
	if i < 0 {
		return
	}
	kt := mapKeyType(mt)
	vt := typeElem(mt)
	*(*uint8)(unsafe.Add(h.state, i)) = slotDeleted
	memclr(unsafe.Add(h.keys, uintptr(i)*typeSize(kt)), typeSize(kt))
	memclr(unsafe.Add(h.vals, uintptr(i)*typeSize(vt)), typeSize(vt))
	h.count--
}

func mapclear(mt, m unsafe.Pointer) {
	h := (*hmap)(m)
	if h == nil || h.count == 0 {
		return
	}
	mapAlloc(mt, h, h.cap)
	h.count = 0
	h.used = 0
}

func maplen(m unsafe.Pointer) int {
	if m == nil {
		return 0
	}
	return (*hmap)(m).count
}

// hiter is a map iterator. It walks the arrays the map had when iteration
// started; if the map has since been rehashed, each key is looked up again so
// that deleted entries are skipped and values are current.
type hiter struct {
	key   unsafe.Pointer // the current entry's key and value, or nil at the end
	val   unsafe.Pointer
	mt    unsafe.Pointer
	h     *hmap
	keys  unsafe.Pointer
	vals  unsafe.Pointer
	state unsafe.Pointer
	cap   int
	gen   int
	i     int // slots visited so far
	start int // the random slot the walk starts at
}

func mapiterinit(mt, m unsafe.Pointer) unsafe.Pointer {
	it := new(hiter)
	it.mt = mt
	h := (*hmap)(m)
	if h != nil {
		it.h = h
		it.keys, it.vals, it.state, it.cap, it.gen = h.keys, h.vals, h.state, h.cap, h.gen
		if it.cap > 0 {
			// Go leaves the order unspecified and gc makes it differ from one
			// range to the next, so programs cannot come to depend on it: walk
			// the slots circularly from a random one.
			it.start = int(randUint64() & uint64(it.cap-1))
		}
	}
	mapiternext(unsafe.Pointer(it))
	return unsafe.Pointer(it)
}

func mapiternext(p unsafe.Pointer) {
	it := (*hiter)(p)
	ks := typeSize(mapKeyType(it.mt))
	vs := typeSize(typeElem(it.mt))
	for it.i < it.cap {
		i := (it.start + it.i) & (it.cap - 1)
		it.i++
		if *(*uint8)(unsafe.Add(it.state, i)) != slotFull {
			continue
		}
		k := unsafe.Add(it.keys, uintptr(i)*ks)
		if it.h.gen == it.gen {
			it.key = k
			it.val = unsafe.Add(it.vals, uintptr(i)*vs)
			return
		}
		j := mapFind(it.mt, it.h, k)
		if j < 0 {
			continue
		}
		it.key = unsafe.Add(it.h.keys, uintptr(j)*ks)
		it.val = unsafe.Add(it.h.vals, uintptr(j)*vs)
		return
	}
	it.key = nil
	it.val = nil
}

// typehash hashes the value of type t at p (FNV-1a over its meaningful bytes).
func typehash(t, p unsafe.Pointer, h uintptr) uintptr {
	if h == 0 {
		h = 14695981039346656037
	}
	switch typeKind(t) {
	case 24: // string
		s := *(*string)(p)
		for i := 0; i < len(s); i++ {
			h = (h ^ uintptr(s[i])) * 1099511628211
		}
		return (h ^ uintptr(len(s))) * 1099511628211
	case 17: // array
		et := typeElem(t)
		for i := 0; i < typeLen(t); i++ {
			h = typehash(et, unsafe.Add(p, uintptr(i)*typeSize(et)), h)
		}
		return h
	case 25: // struct
		for i := 0; i < typeNumField(t); i++ {
			ft, off := typeField(t, i)
			if typeFieldName(t, i) != "_" {
				h = typehash(ft, unsafe.Add(p, off), h)
			}
		}
		return h
	case 20: // interface
		dt := *(*unsafe.Pointer)(p)
		if dt == nil {
			return h
		}
		if typeNumMethod(t) > 0 {
			dt = *(*unsafe.Pointer)(unsafe.Add(dt, 8))
		}
		if !typeComparable(dt) {
			panicerror("hash of unhashable type " + typeName(dt))
		}
		h = (h ^ uintptr(dt)) * 1099511628211
		data := unsafe.Add(p, 8)
		if !typeDirect(dt) {
			data = *(*unsafe.Pointer)(data)
		}
		return typehash(dt, data, h)
	case 19, 21, 23: // func, map, slice
		panicerror("hash of unhashable type " + typeName(t))
	case 13: // floats: +0 and -0 are equal keys; every NaN is a distinct key
		return floathash(float64(*(*float32)(p)), h)
	case 14:
		return floathash(*(*float64)(p), h)
	case 15: // complex numbers: their two parts, as floats
		c := *(*complex64)(p)
		return floathash(float64(imag(c)), floathash(float64(real(c)), h))
	case 16:
		c := *(*complex128)(p)
		return floathash(imag(c), floathash(real(c), h))
	}
	n := typeSize(t)
	for i := uintptr(0); i < n; i++ {
		h = (h ^ uintptr(*(*uint8)(unsafe.Add(p, i)))) * 1099511628211
	}
	return h
}

// floathash hashes a float key: +0 and -0 alike, every NaN differently.
func floathash(f float64, h uintptr) uintptr {
	if f == 0 {
		return h
	}
	if f != f {
		nanSeed++
		return (h ^ nanSeed) * 1099511628211
	}
	b := *(*uint64)(unsafe.Pointer(&f))
	for i := 0; i < 8; i++ {
		h = (h ^ uintptr(b>>(8*i)&0xff)) * 1099511628211
	}
	return h
}

//go:linkname fmt_mapiterinit fmt.mapiterinit
func fmt_mapiterinit(mt, m unsafe.Pointer) unsafe.Pointer {
	return mapiterinit(mt, m)
}

//go:linkname fmt_mapiternext fmt.mapiternext
func fmt_mapiternext(it unsafe.Pointer) {
	mapiternext(it)
}

//go:linkname fmt_maplen fmt.maplen
func fmt_maplen(m unsafe.Pointer) int {
	return maplen(m)
}
