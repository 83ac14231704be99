package runtime

import "unsafe"

// The heap bitmap: one bit per 8-byte word of the arena, set when the word of a
// "scan" object holds a pointer. malloc writes the bits of every scan object from
// its type descriptor's gcdata (the element's pattern repeated for each whole
// element of an array allocation, zero for the rest of the size-class slot), so
// the collector reads only the words that hold pointers. The bits of noscan
// objects are never read. Fallbacks, scanned as if every word were a pointer:
// memory allocated without a descriptor (typ nil: itabs built at run time) and
// types whose descriptor has no bitmap (gcdata 0 with ptrdata > 0: bitmaps longer
// than the compiler's limit, types made at run time by reflect) over their
// ptrdata prefix. The bitmap is reserved with the arena (1/64 of its size,
// MAP_NORESERVE) and costs memory only where scan objects live.

// Small objects (spans of a size class) are described by their span while all
// its objects have one layout (see mspan.typ), which is the common case and costs
// the allocator one comparison; the heap bitmap is written for the objects of
// spans where layouts mix, and for large objects.

var heapBits uintptr

// noType is the type of spans whose objects have no common type yet (or no
// longer): the address of typeless, never a type descriptor (set by
// heapBitsInit, before the first allocation).
var noType unsafe.Pointer
var typeless byte // base of the bitmap; bit i describes the word at arenaStart+8*i

// deBruijnIdx maps (x&-x)*deBruijn64>>58 to the index of x's lowest set bit.
const deBruijn64 = 0x03f79d71b4ca8b09
const deBruijnIdx = "\x00\x01\x38\x02\x39\x31\x1c\x03\x3d\x3a\x2a\x32\x26\x1d\x11\x04\x3e\x2f\x3b\x24\x2d\x2b\x33\x16\x35\x27\x21\x1e\x18\x12\x0c\x05\x3f\x37\x30\x1b\x3c\x29\x25\x10\x2e\x23\x2c\x15\x34\x20\x17\x0b\x36\x1a\x28\x0f\x22\x14\x1f\x0a\x19\x0e\x13\x09\x0d\x08\x07\x06"

func heapBitsInit(arenaSize uintptr) {
	noType = unsafe.Pointer(&typeless)
	heapBits = mmapFlags(arenaSize>>6, mapNoreserve)
	if heapBits == 0 {
		throw("out of memory reserving the heap bitmap")
	}
}

// bitRange sets (or clears) bits [w, w+n) of the bitmap at bm.
func bitRange(bm, w, n uintptr, set bool) {
	for n > 0 {
		q := (*uint64)(unsafe.Pointer(bm + (w>>6)*8))
		off := w & 63
		k := 64 - off
		if k > n {
			k = n
		}
		m := ^uint64(0)
		if k < 64 {
			m = (uint64(1)<<k - 1) << off
		}
		if set {
			*q |= m
		} else {
			*q &^= m
		}
		w += k
		n -= k
	}
}

// slotPattern is the pointer bits of a slot of slot bytes (at most 64 words)
// holding one value of type typ (nil: every word may be a pointer).
func slotPattern(typ unsafe.Pointer, slot uintptr) uint64 {
	if typ == nil {
		return uint64(1)<<(slot>>3) - 1
	}
	gcdata := *(*uintptr)(unsafe.Add(typ, 32))
	if gcdata == 0 {
		return uint64(1)<<(typePtrdata(typ)>>3) - 1
	}
	return *(*uint64)(unsafe.Pointer(gcdata))
}

// smallTyped records the layout of a new scan object at p in small span s (size
// bytes of values of type typ) when it is not simply one more value of the span's
// type: the first object gives the span its type; an object of another layout
// makes the span mixed, writing the heap bits of every object it holds.
func smallTyped(s *mspan, p, size uintptr, typ unsafe.Pointer) {
	one := typ == nil || typeSize(typ) == size
	if !s.mixed {
		if one && (s.typ == noType || s.nalloc == 1) {
			s.typ = typ
			s.pat = slotPattern(typ, s.elemsize)
			return
		}
		if one && s.typ == typ {
			return
		}
		s.mixed = true
		s.typ = noType
		for i := uintptr(0); i < s.nelems; i++ {
			if s.alloc[i>>6]&(uint64(1)<<(i&63)) != 0 {
				setSlotBits(s.start+i*s.elemsize, s.elemsize, s.pat)
			}
		}
	}
	heapBitsSet(p, s.elemsize, size, typ)
}

// slotBits loads the heap bits of a slot of at most 64 words at p.
func slotBits(p, slot uintptr) uint64 {
	w0 := (p - arenaStart) >> 3
	off := w0 & 63
	bp := heapBits + (w0>>6)*8
	bits := *(*uint64)(unsafe.Pointer(bp)) >> off
	nw := slot >> 3
	if off+nw > 64 {
		bits |= *(*uint64)(unsafe.Pointer(bp + 8)) << (64 - off)
	}
	if nw < 64 {
		bits &= uint64(1)<<nw - 1
	}
	return bits
}

// pushObject queues the marked scan object at base of span s: a slot of at most
// 64 words as (base, its pointer bits), a larger one as (base|1, its size).
// The caller made room on the mark stack.
func pushObject(s *mspan, base uintptr) {
	q := markStack + markTop*8
	markTop += 2
	if s.elemsize > 512 {
		*(*uintptr)(unsafe.Pointer(q)) = base | 1
		*(*uintptr)(unsafe.Pointer(q + 8)) = s.elemsize
		return
	}
	pat := s.pat
	if s.mixed {
		pat = slotBits(base, s.elemsize)
	}
	*(*uintptr)(unsafe.Pointer(q)) = base
	*(*uint64)(unsafe.Pointer(q + 8)) = pat
}

// setSlotBits stores the bits pat of a slot of at most 64 words at p.
func setSlotBits(p, slot uintptr, pat uint64) {
	w0 := (p - arenaStart) >> 3
	nw := slot >> 3
	m := uint64(1)<<nw - 1
	off := w0 & 63
	q := (*uint64)(unsafe.Pointer(heapBits + (w0>>6)*8))
	*q = *q&^(m<<off) | pat<<off
	if off+nw > 64 {
		q = (*uint64)(unsafe.Pointer(heapBits + (w0>>6)*8 + 8))
		*q = *q&^(m>>(64-off)) | pat>>(64-off)
	}
}

// heapBitsSet records the pointer words of a new scan object at p: a slot of
// slot bytes holding size bytes of values of type typ.
func heapBitsSet(p, slot, size uintptr, typ unsafe.Pointer) {
	w0 := (p - arenaStart) >> 3
	if slot <= 512 {
		var pat uint64
		if typ == nil {
			pat = uint64(1)<<((size+7)>>3) - 1
		} else {
			g := slotPattern(typ, 0)
			pat = g
			ew := typeSize(typ) >> 3
			end := size >> 3
			for off := ew; off+ew <= end; off += ew {
				pat |= g << off
			}
		}
		setSlotBits(p, slot, pat)
		return
	}
	if typ == nil {
		n := (size + 7) >> 3
		bitRange(heapBits, w0, n, true)
		bitRange(heapBits, w0+n, slot>>3-n, false)
		return
	}
	bitRange(heapBits, w0, slot>>3, false)
	esize := typeSize(typ)
	pw := typePtrdata(typ) >> 3
	if esize == 8 {
		// Pointer-shaped elements: every word of the array.
		bitRange(heapBits, w0, size>>3, true)
		return
	}
	gcdata := *(*uintptr)(unsafe.Add(typ, 32))
	ew := esize >> 3
	end := w0 + (size/esize)*ew
	for e := w0; e < end; e += ew {
		if gcdata == 0 {
			bitRange(heapBits, e, pw, true)
			continue
		}
		for j := uintptr(0); j < pw; j += 8 {
			b := uint64(*(*uint8)(unsafe.Pointer(gcdata + j>>3)))
			for b != 0 {
				w := e + j + uintptr(deBruijnIdx[((b&-b)*deBruijn64)>>58])
				*(*uint64)(unsafe.Pointer(heapBits + (w>>6)*8)) |= uint64(1) << (w & 63)
				b &= b - 1
			}
		}
	}
}

// scanBits shades what the words of [lo, lo+8*n) point to, reading only the words
// whose bit is set in the bitmap bm, where bit w0 describes the word at lo
// (large objects, globals): 64 words at a time through scanPattern.
func scanBits(lo, n, bm, w0 uintptr) {
	for n > 0 {
		k := 64 - w0&63
		if k > n {
			k = n
		}
		bits := *(*uint64)(unsafe.Pointer(bm + (w0>>6)*8)) >> (w0 & 63)
		if k < 64 {
			bits &= uint64(1)<<k - 1
		}
		if bits != 0 {
			scanPattern(lo, bits)
		}
		lo += k << 3
		w0 += k
		n -= k
	}
}
