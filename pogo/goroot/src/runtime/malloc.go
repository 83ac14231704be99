package runtime

import "unsafe"

// The heap. One large address range (the arena) is reserved with mmap at start-up
// (MAP_NORESERVE: only touched pages cost memory) and handed out in 8 KiB pages.
// Objects up to 32 KiB are rounded to gc's size classes (so cap() after append
// matches gc) and carved from spans: runs of pages holding objects of one size
// class, either all "scan" (may hold pointers) or all "noscan" (the collector
// never looks inside them). A larger object gets a span of its own. Each span has
// an allocation bitmap and a mark bitmap; allocating takes the next clear bit of
// the current span of the size class. A table with one *mspan per arena page maps
// any address, interior pointers included, to its span and object. Span headers
// live outside the arena (persistent memory), so the collector never sees them.
// The collector itself is in mgc.go. heapLock guards all of it (and memstats);
// the collector runs with the world stopped. Each P has a current span per small
// size class (p.mcache) that only it allocates from, without the lock; only
// taking a new span (refill) and large objects lock the heap. The bytes a P
// allocates reach heapLive at its next refill (and at each collection).

const (
	pageShift    = 13
	pageSize     = 1 << pageShift
	maxSmallSize = 32768
	numClasses   = 68
	maxObjs      = 1024 // objects per span at most (8-byte class, one page)
	madvDontneed = 4
)

// sizeClasses holds gc's small object size classes, each as a little-endian
// uint16 count of 8-byte units.
const sizeClasses = "\x00\x00\x01\x00\x02\x00\x03\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0c\x00\x0e\x00\x10\x00\x12\x00\x14\x00\x16\x00\x18\x00\x1a\x00\x1c\x00\x1e\x00\x20\x00\x24\x00\x28\x00\x2c\x00\x30\x00\x34\x00\x38\x00\x3c\x00\x40\x00\x48\x00\x50\x00\x58\x00\x60\x00\x70\x00\x80\x00\x90\x00\xa0\x00\xb0\x00\xc0\x00\xe0\x00\x00\x01\x20\x01\x50\x01\x80\x01\x90\x01\xb0\x01\x00\x02\x60\x02\xa0\x02\x00\x03\x30\x03\x50\x03\x60\x03\x00\x04\xa0\x04\xc0\x04\x00\x05\x50\x05\x00\x06\xa0\x06\x00\x07\x00\x08\x00\x09\x50\x09\x00\x0a\xa0\x0a\x00\x0c\x50\x0d\x00\x0e\x00\x10"

// Size class tables, filled by mallocinit.
var classSize [numClasses]uintptr
var classPages [numClasses]uintptr
var class8 [1024/8 + 1]uint8                      // size ≤ 1024: class of (size+7)/8
var class128 [(maxSmallSize-1024)/128 + 1]uint8 // larger: class of (size-1024+127)/128

// Span states.
const (
	spanDead  = iota // header unused (in the header free list)
	spanInUse        // holds objects
	spanFree         // a run of free pages
)

type mspan struct {
	start     uintptr
	npages    uintptr
	elemsize  uintptr // object size (a large object: the whole span)
	nelems    uintptr
	freeindex uintptr // allocation resumes its search for a clear bit here
	nalloc    uintptr // allocated objects (bits set in alloc)
	spc       uintptr // span class: class*2 + noscan (class 0: a large object)
	divMul    uint64  // offset*divMul>>32 is offset/elemsize (exact for every span offset; 0 for large spans)
	state     int
	needzero  bool     // the memory may hold old data
	// Pointer layout of a small scan span's objects (mbitmap.go): while
	// !mixed, every allocated object is one value of type typ (nil: all words
	// may be pointers) and pat holds its bits; once objects of another layout
	// share the span, mixed is set and the heap bitmap describes each object.
	// typ is noType in a span without a type and in a mixed span.
	typ   unsafe.Pointer
	pat   uint64
	mixed bool
	next      *mspan   // partial list of the span class, or the free-run list
	prev      *mspan   // free-run list
	allnext   *mspan   // every span in use
	alloc     [maxObjs / 64]uint64
	mark      [maxObjs / 64]uint64
}

var heapLock mutex

var (
	arenaStart uintptr
	arenaUsed  uintptr // pages below this have been handed out at least once
	arenaEnd   uintptr
	spanTab    uintptr // *mspan per arena page

	allspans *mspan
	freeRuns *mspan // free page runs, doubly linked
	partial  [numClasses * 2]*mspan // spans of the class with clear alloc bits

	spanHeaders  *mspan // header free list (linked by next)
	persistCur   uintptr
	persistEnd   uintptr
	persistTotal uintptr

	zerobase uintptr
)

// mallocinit builds the size class tables and reserves the arena.
func mallocinit() {
	for c := 1; c < numClasses; c++ {
		sz := (uintptr(sizeClasses[2*c]) | uintptr(sizeClasses[2*c+1])<<8) * 8
		classSize[c] = sz
		np := (8*sz + pageSize - 1) / pageSize
		if np == 0 {
			np = 1
		}
		classPages[c] = np
	}
	c := 1
	for i := 0; i < len(class8); i++ {
		for classSize[c] < uintptr(i*8) {
			c++
		}
		class8[i] = uint8(c)
	}
	for i := 0; i < len(class128); i++ {
		for classSize[c] < uintptr(1024+i*128) {
			c++
		}
		class128[i] = uint8(c)
	}
	// Reserve as much address space as the kernel grants, from 64 GiB down.
	for size := uintptr(64 << 30); size >= 256<<20; size >>= 1 {
		p := mmapFlags(size+pageSize, mapNoreserve)
		if p == 0 {
			continue
		}
		arenaStart = (p + pageSize - 1) &^ (pageSize - 1)
		arenaUsed = arenaStart
		arenaEnd = arenaStart + size
		spanTab = mmapFlags(size>>pageShift*8, mapNoreserve)
		if spanTab == 0 {
			throw("out of memory reserving the span table")
		}
		heapBitsInit(size)
		return
	}
	throw("out of memory reserving the heap")
}

// mmapFlags maps n bytes of zeroed read-write memory; 0 if the kernel refuses.
func mmapFlags(n uintptr, flags uintptr) uintptr {
	const protRW = 3
	const mapPrivateAnon = 0x22
	r, e := syscall6(sysMmap, 0, n, protRW, mapPrivateAnon|flags, ^uintptr(0), 0)
	if e != 0 {
		return 0
	}
	return r
}

func spanSlot(p uintptr) **mspan {
	return (**mspan)(unsafe.Pointer(spanTab + (p-arenaStart)>>pageShift*8))
}

// newSpanHeader returns a cleared span header from persistent memory.
func newSpanHeader() *mspan {
	s := spanHeaders
	if s != nil {
		spanHeaders = s.next
		memclr(unsafe.Pointer(s), unsafe.Sizeof(mspan{})) // less code than a field-by-field clear
		return s
	}
	n := unsafe.Sizeof(mspan{})
	if persistCur+n > persistEnd {
		const chunk = 256 << 10
		persistCur = uintptr(mmap(chunk))
		persistEnd = persistCur + chunk
		persistTotal += chunk
	}
	s = (*mspan)(unsafe.Pointer(persistCur))
	persistCur += (n + 7) &^ 7
	return s
}

func freeSpanHeader(s *mspan) {
	s.state = spanDead
	s.next = spanHeaders
	spanHeaders = s
}

func unlinkRun(r *mspan) {
	if r.prev != nil {
		r.prev.next = r.next
	} else {
		freeRuns = r.next
	}
	if r.next != nil {
		r.next.prev = r.prev
	}
	r.next = nil
	r.prev = nil
}

func pushRun(r *mspan) {
	r.state = spanFree
	r.prev = nil
	r.next = freeRuns
	if freeRuns != nil {
		freeRuns.prev = r
	}
	freeRuns = r
	*spanSlot(r.start) = r
	*spanSlot(r.start + (r.npages-1)<<pageShift) = r
}

// allocPages takes npages pages (first fit among the free runs, else fresh arena
// pages) and returns them as an in-use span.
func allocPages(npages uintptr) *mspan {
	var s *mspan
	for r := freeRuns; r != nil; r = r.next {
		if r.npages < npages {
			continue
		}
		if r.npages == npages {
			unlinkRun(r)
			s = r
		} else {
			s = newSpanHeader()
			s.start = r.start
			s.npages = npages
			s.needzero = r.needzero
			r.start += npages << pageShift
			r.npages -= npages
			*spanSlot(r.start) = r
		}
		break
	}
	if s == nil {
		n := npages << pageShift
		if n > arenaEnd-arenaUsed {
			throw("out of memory")
		}
		s = newSpanHeader()
		s.start = arenaUsed
		s.npages = npages
		arenaUsed += n
	}
	s.state = spanInUse
	s.freeindex = 0
	s.nalloc = 0
	for i := 0; i < len(s.alloc); i++ {
		s.alloc[i] = 0
		s.mark[i] = 0
	}
	for i := uintptr(0); i < npages; i++ {
		*spanSlot(s.start + i<<pageShift) = s
	}
	s.allnext = allspans
	allspans = s
	return s
}

// freePages returns an in-use span's pages to the free runs, merging with free
// neighbours. Large runs go back to the kernel (their pages read as zero again).
func freePages(s *mspan) {
	if s.npages >= 16 {
		syscall6(sysMadvise, s.start, s.npages<<pageShift, madvDontneed, 0, 0, 0)
		s.needzero = false
	} else {
		s.needzero = true
	}
	s.state = spanFree
	s.nalloc = 0
	if s.start > arenaStart {
		p := *spanSlot(s.start - 1)
		if p != nil && p.state == spanFree && p.start+p.npages<<pageShift == s.start {
			unlinkRun(p)
			p.npages += s.npages
			p.needzero = p.needzero || s.needzero
			freeSpanHeader(s)
			s = p
		}
	}
	end := s.start + s.npages<<pageShift
	if end < arenaUsed {
		n := *spanSlot(end)
		if n != nil && n.state == spanFree && n.start == end {
			unlinkRun(n)
			s.npages += n.npages
			s.needzero = s.needzero || n.needzero
			freeSpanHeader(n)
		}
	}
	pushRun(s)
}

// nextFree allocates the next free object of a small-object span, or returns 0.
func (s *mspan) nextFree() uintptr {
	i := s.freeindex
	for i < s.nelems {
		w := s.alloc[i>>6]
		if w == ^uint64(0) {
			i = (i + 64) &^ 63
			continue
		}
		bit := uint64(1) << (i & 63)
		if w&bit == 0 {
			s.alloc[i>>6] = w | bit
			s.freeindex = i + 1
			s.nalloc++
			return s.start + i*s.elemsize
		}
		i++
	}
	s.freeindex = i
	return 0
}

// refill makes a span with a free object pp's current span of class spc
// (heapLock held), and moves pp's allocation counts to the global ones.
func refill(pp *p, spc uintptr) *mspan {
	heapLive += pp.heapLocal
	memstats.TotalAlloc += uint64(pp.heapLocal)
	memstats.Mallocs += pp.nmalloc
	pp.heapLocal = 0
	pp.nmalloc = 0
	s := partial[spc]
	if s != nil {
		partial[spc] = s.next
		s.next = nil
	} else {
		c := spc >> 1
		s = allocPages(classPages[c])
		s.spc = spc
		s.elemsize = classSize[c]
		s.nelems = s.npages << pageShift / s.elemsize
		s.divMul = uint64(^uint32(0))/uint64(s.elemsize) + 1
		s.typ = noType
		s.mixed = false
	}
	pp.mcache[spc] = s
	return s
}

func sizeClass(size uintptr) uintptr {
	if size <= 1024 {
		return uintptr(class8[(size+7)>>3])
	}
	return uintptr(class128[(size-1024+127)>>7])
}

// roundupsize returns the size of the memory block that an allocation of
// size bytes really gets.
func roundupsize(size uintptr) uintptr {
	if size <= maxSmallSize {
		if size == 0 {
			return 0
		}
		return classSize[sizeClass(size)]
	}
	return (size + pageSize - 1) &^ (pageSize - 1)
}

// mallocgc allocates size bytes for values of type typ (a type descriptor; nil
// when unknown, which the collector treats as possibly holding pointers in every
// word).
func mallocgc(size uintptr, typ unsafe.Pointer, needzero bool) unsafe.Pointer {
	noscan := typ != nil && typePtrdata(typ) == 0
	return malloc(size, typ, noscan, needzero)
}

// mallocNoscan allocates size bytes that never hold pointers (string bytes), not zeroed.
func mallocNoscan(size uintptr) unsafe.Pointer {
	return malloc(size, nil, true, false)
}

// malloc allocates size bytes; unless noscan, the heap bitmap records the pointer
// words of values of type typ filling them (see mbitmap.go).
func malloc(size uintptr, typ unsafe.Pointer, noscan bool, needzero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if heapLive >= nextGC || gcStress != 0 {
		gcTrigger()
	}
	if !noscan {
		needzero = true // the collector reads every word of a scan object
	}
	var p uintptr
	var s *mspan
	pp := getg().m.p
	noP := pp == nil // a g0 without a P (a fatal error's traceback): the lock's own cache
	if noP {
		lock(&heapLock)
		pp = &noPCache
	}
	if size <= maxSmallSize {
		var spc uintptr
		if size <= 1024 {
			spc = uintptr(class8[(size+7)>>3]) << 1
		} else {
			spc = uintptr(class128[(size-1024+127)>>7]) << 1
		}
		if noscan {
			spc++
		}
		s = pp.mcache[spc]
		if s != nil {
			// Fast path: the next object of the current span is free.
			i := s.freeindex
			if i < s.nelems {
				w := s.alloc[i>>6]
				bit := uint64(1) << (i & 63)
				if w&bit == 0 {
					s.alloc[i>>6] = w | bit
					s.freeindex = i + 1
					s.nalloc++
					p = s.start + i*s.elemsize
				}
			}
			if p == 0 {
				p = s.nextFree()
			}
		}
		if p == 0 {
			if !noP {
				lock(&heapLock)
			}
			s = refill(pp, spc)
			p = s.nextFree()
			for p == 0 {
				s = refill(pp, spc)
				p = s.nextFree()
			}
			if !noP {
				unlock(&heapLock)
			}
		}
		pp.heapLocal += s.elemsize
		pp.nmalloc++
	} else {
		if !noP {
			lock(&heapLock)
		}
		npages := (size + pageSize - 1) >> pageShift
		s = allocPages(npages)
		s.spc = 0
		if noscan {
			s.spc = 1
		}
		s.elemsize = npages << pageShift
		s.divMul = 0
		s.nelems = 1
		s.alloc[0] = 1
		s.nalloc = 1
		p = s.start
		heapLive += s.elemsize
		memstats.TotalAlloc += uint64(s.elemsize)
		memstats.Mallocs++
		if !noP {
			unlock(&heapLock)
		}
	}
	if needzero && s.needzero {
		if s.elemsize >= 64<<10 {
			// Let the kernel supply zero pages as they are touched.
			syscall6(sysMadvise, p, s.elemsize, madvDontneed, 0, 0, 0)
		} else {
			memclrWords(p, s.elemsize)
		}
	}
	if !noscan {
		if s.elemsize > 512 {
			heapBitsSet(p, s.elemsize, size, typ)
		} else if s.typ != typ || typ != nil && *(*uintptr)(typ) != size {
			smallTyped(s, p, size, typ)
		}
		// else: one more value of the span's type, described by s.pat.
	}
	if noP {
		unlock(&heapLock)
	}
	return unsafe.Pointer(p)
}

// noPCache is the allocation cache of Ms without a P, used under heapLock.
var noPCache p

func typeSize(typ unsafe.Pointer) uintptr {
	return *(*uintptr)(typ)
}

func typePtrdata(typ unsafe.Pointer) uintptr {
	return *(*uintptr)(unsafe.Add(typ, 8))
}

func newobject(typ unsafe.Pointer) unsafe.Pointer {
	return malloc(*(*uintptr)(typ), typ, *(*uintptr)(unsafe.Add(typ, 8)) == 0, true)
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

// memclrWords zeroes n bytes at p; both are multiples of 8.
func memclrWords(p uintptr, n uintptr) {
	for e := p + n; p < e; p += 8 {
		*(*uintptr)(unsafe.Pointer(p)) = 0
	}
}

// appendslice is append(s, src...) for a slice s = (p, n, c) and the m
// elements of type et at src (a slice's or a string's): a single call instead
// of inline growth and copy code at every such append.
func appendslice(p unsafe.Pointer, n, c int, src unsafe.Pointer, m int, et unsafe.Pointer) (unsafe.Pointer, int, int) {
	if m == 0 {
		return p, n, c
	}
	newLen := n + m
	if uint(newLen) > uint(c) {
		p, c = growslice(p, n, c, newLen, et)
	}
	memmove(unsafe.Add(p, uintptr(n)*typeSize(et)), src, uintptr(m)*typeSize(et))
	return p, newLen, c
}

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
