package runtime

import "unsafe"

// The allocator is a bump allocator over 64 MB chunks obtained with mmap: memory
// comes zeroed from the kernel and is never reused. The garbage collector issue
// replaces it; until then sizes are rounded to gc's size classes so that cap()
// after append matches gc exactly.

const chunkSize = 64 << 20

var heapCur uintptr
var heapEnd uintptr
var zerobase uintptr

// sizeClasses holds gc's small object size classes, each as a little-endian
// uint16 count of 8-byte units.
const sizeClasses = "\x00\x00\x01\x00\x02\x00\x03\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0c\x00\x0e\x00\x10\x00\x12\x00\x14\x00\x16\x00\x18\x00\x1a\x00\x1c\x00\x1e\x00\x20\x00\x24\x00\x28\x00\x2c\x00\x30\x00\x34\x00\x38\x00\x3c\x00\x40\x00\x48\x00\x50\x00\x58\x00\x60\x00\x70\x00\x80\x00\x90\x00\xa0\x00\xb0\x00\xc0\x00\xe0\x00\x00\x01\x20\x01\x50\x01\x80\x01\x90\x01\xb0\x01\x00\x02\x60\x02\xa0\x02\x00\x03\x30\x03\x50\x03\x60\x03\x00\x04\xa0\x04\xc0\x04\x00\x05\x50\x05\x00\x06\xa0\x06\x00\x07\x00\x08\x00\x09\x50\x09\x00\x0a\xa0\x0a\x00\x0c\x50\x0d\x00\x0e\x00\x10"

const maxSmallSize = 32768
const pageSize = 8192

// roundupsize returns the size of the memory block that an allocation of
// size bytes really gets.
func roundupsize(size uintptr) uintptr {
	if size <= maxSmallSize {
		for i := 0; i < len(sizeClasses); i += 2 {
			c := (uintptr(sizeClasses[i]) | uintptr(sizeClasses[i+1])<<8) * 8
			if c >= size {
				return c
			}
		}
	}
	return (size + pageSize - 1) &^ (pageSize - 1)
}

func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	size = (size + 15) &^ 15
	if heapCur+size > heapEnd {
		n := uintptr(chunkSize)
		if size > n {
			n = (size + pageSize - 1) &^ (pageSize - 1)
		}
		p := uintptr(mmap(n))
		heapCur = p
		heapEnd = p + n
	}
	p := heapCur
	heapCur += size
	return unsafe.Pointer(p)
}

func typeSize(typ unsafe.Pointer) uintptr {
	return *(*uintptr)(typ)
}

func newobject(typ unsafe.Pointer) unsafe.Pointer {
	return mallocgc(typeSize(typ), typ, true)
}

func newarray(typ unsafe.Pointer, n int) unsafe.Pointer {
	return mallocgc(typeSize(typ)*uintptr(n), typ, true)
}

func makeslice(et unsafe.Pointer, len, cap int) unsafe.Pointer {
	size := typeSize(et)
	if len < 0 {
		panicmakeslicelen()
	}
	if cap < len {
		panicmakeslicecap()
	}
	return mallocgc(size*uintptr(cap), et, true)
}

// growslice returns the new backing array and capacity for an append that
// needs newLen elements, using gc's growth formula and size classes.
func growslice(oldPtr unsafe.Pointer, oldLen, oldCap, newLen int, et unsafe.Pointer) (unsafe.Pointer, int) {
	size := typeSize(et)
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		newcap = newLen
	} else {
		const threshold = 256
		if oldCap < threshold {
			newcap = doublecap
		} else {
			for 0 <= newcap && newcap < newLen {
				newcap += (newcap + 3*threshold) >> 2
			}
			if newcap <= 0 {
				newcap = newLen
			}
		}
	}
	if size == 0 {
		return unsafe.Pointer(&zerobase), newcap
	}
	mem := roundupsize(uintptr(newcap) * size)
	newcap = int(mem / size)
	p := mallocgc(mem, et, true)
	memmove(p, oldPtr, uintptr(oldLen)*size)
	return p, newcap
}

func memmove(dst, src unsafe.Pointer, n uintptr)

// newclosure allocates a closure object of 1+n words: the code address, then n
// captured words (the compiler fills them in).
func newclosure(n int) unsafe.Pointer {
	return mallocgc(uintptr(8*(n+1)), nil, true)
}

// memclr zeroes n bytes at p.
func memclr(p unsafe.Pointer, n uintptr)

func slicecopy(toPtr unsafe.Pointer, toLen int, fromPtr unsafe.Pointer, fromLen int, width uintptr) int {
	n := fromLen
	if toLen < n {
		n = toLen
	}
	if n > 0 && width > 0 {
		memmove(toPtr, fromPtr, uintptr(n)*width)
	}
	return n
}
