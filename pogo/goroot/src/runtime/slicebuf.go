package runtime

import "unsafe"

// Frame buffers of appended-to slices (the compiler's ir/slicebuf.py): a function may
// let a slice variable grow inside a small buffer of its own frame as long as nothing
// else can see that slice, and copies it to the heap when it is handed on.

// growsliceBuf is growslice for an append whose function keeps the bufLen-element
// frame buffer buf for the slice: while the new length fits, the elements go (or stay)
// at the start of buf and the capacity climbs one allocation size class at a time, so
// that a later move to the heap wastes nothing; beyond the buffer it is growslice.
func growsliceBuf(oldPtr unsafe.Pointer, oldLen, oldCap, newLen int, et unsafe.Pointer, buf unsafe.Pointer, bufLen int) (unsafe.Pointer, int) {
	if newLen > bufLen {
		return growslice(oldPtr, oldLen, oldCap, newLen, et)
	}
	size := typeSize(et)
	if oldPtr != buf && oldLen > 0 {
		memmove(buf, oldPtr, uintptr(oldLen)*size)
	}
	newCap := int(roundupsize(uintptr(newLen)*size) / size)
	if newCap > newLen {
		// the caller stores [oldLen, newLen); what lies beyond must read as zero
		memclr(unsafe.Add(buf, uintptr(newLen)*size), uintptr(newCap-newLen)*size)
	}
	return buf, newCap
}

// moveSlice copies a frame-buffered slice's whole capacity to a new heap array (its
// capacity was observed, so it is kept).
func moveSlice(et unsafe.Pointer, old unsafe.Pointer, n, c int) (unsafe.Pointer, int, int) {
	if c == 0 {
		return emptyArray(old), 0, 0
	}
	size := typeSize(et)
	p := mallocgc(uintptr(c)*size, et, true)
	memmove(p, old, uintptr(c)*size)
	return p, n, c
}

// moveSliceNoCap copies a frame-buffered slice's elements to a new heap array whose
// capacity is whatever the allocation's size class holds (nobody looked at the
// capacity, nor at the elements past the length).
func moveSliceNoCap(et unsafe.Pointer, old unsafe.Pointer, n int) (unsafe.Pointer, int, int) {
	if n == 0 {
		return emptyArray(old), 0, 0
	}
	size := typeSize(et)
	c := roundupsize(uintptr(n)*size) / size
	p := mallocgc(c*size, et, true)
	memmove(p, old, uintptr(n)*size)
	return p, n, int(c)
}

// emptyArray is the array of an empty moved slice: nil stays nil, anything else becomes
// the zero-size base (never the frame).
func emptyArray(old unsafe.Pointer) unsafe.Pointer {
	if old == nil {
		return nil
	}
	return unsafe.Pointer(&zerobase)
}
