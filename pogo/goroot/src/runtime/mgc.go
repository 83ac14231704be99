package runtime

import "unsafe"

// The garbage collector: non-moving, stop-the-world mark-sweep, run on the
// allocating goroutine's stack when the heap has grown by GOGC percent since the
// last collection (at least to 4 MB), or by runtime.GC. The world is stopped
// (stw.go) around it; an allocation on a g0 or while the M holds a runtime lock
// never starts a collection (the next one will).
//
// Precise: a heap object is read only at the words its type's pointer bitmap
// names (mbitmap.go; memory allocated for a type whose descriptor has ptrdata 0 —
// string bytes, []byte, []int, ... — is never read). The data and bss sections
// are read at the words the linker's map marks (gcdataBounds: the bounds and the
// map, built from the package-level variables' types). Goroutine stacks are
// scanned frame by frame with the compiler's stack maps (stkscan.go): at a call,
// only the slots of pointer values live after it, frame-resident locals and the
// pointer arguments of the call are read. What stays conservative — every aligned
// word that points into an allocated object marks it — is memory without a
// description: frames of the functions written as machine code (among them
// preemptSave's register save area), descriptor-less heap memory (see
// mbitmap.go), and globals when the linker wrote no map. A stale word there can
// only keep an object alive longer (the collector never moves objects).
// Finalizers (mfinal.go) are queued after marking, before the sweep.

// MemStats records statistics about the memory allocator (gc's field names;
// fields pogo does not track stay zero).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

var memstats MemStats

var (
	heapLive   uintptr // bytes in allocated objects
	heapMarked uintptr // bytes that survived the last collection
	nextGC     uintptr // collect when heapLive reaches this
	gcPercent  int     // GOGC; negative: off
	gcStress   int     // POGOGCSTRESS=N: collect every N allocations
	stressLeft int
	gcRunning  bool

	gcRegs gobuf // the collecting goroutine's registers

	// Written by the linker: [start of .data, end of .bss) and the address of a
	// bitmap with one bit per word of that range, set for words of variables that
	// hold pointers (0: no bitmap, scan every word).
	gcdataBounds [3]uintptr

	markStack    uintptr // words: object base, byte count
	markTop      uintptr
	markCap      uintptr
)

const minHeap = 4 << 20

// gcinit reads GOGC and POGOGCSTRESS and sets the first trigger.
func gcinit() {
	mallocinit()
	gcPercent = 100
	if v, ok := gogetenv("GOGC"); ok {
		if v == "off" {
			gcPercent = -1
		} else if n, ok := atoiEnv(v); ok {
			gcPercent = n
		}
	}
	if v, ok := gogetenv("POGOGCSTRESS"); ok {
		if n, ok := atoiEnv(v); ok && n > 0 {
			gcStress = n
			stressLeft = n
		}
	}
	if v, ok := gogetenv("POGOSTACKCHECK"); ok && v == "1" {
		stackCheck = true
	}
	if v, ok := gogetenv("POGOSTACKCHECK"); ok && v == "2" {
		stackCheck = true
		stackDebug = true
	}
	setNextGC(0)
}

func setNextGC(live uintptr) {
	if gcPercent < 0 {
		nextGC = ^uintptr(0)
		return
	}
	n := live + live/100*uintptr(gcPercent)
	if n < minHeap {
		n = minHeap
	}
	nextGC = n
	memstats.NextGC = uint64(n)
}

// gcTrigger runs from malloc once the heap reached its goal (or in stress mode).
func gcTrigger() {
	if gcRunning {
		throw("malloc during garbage collection")
	}
	gp := getg()
	mp := gp.m
	if mp.locks != 0 || gp == mp.g0 || mp.preemptOff != 0 {
		return
	}
	if gcStress != 0 {
		if gcPercent < 0 {
			return
		}
		lock(&heapLock)
		stressLeft--
		due := stressLeft <= 0 || heapLive >= nextGC
		if due {
			stressLeft = gcStress
		}
		unlock(&heapLock)
		if !due {
			return
		}
	}
	// Other Ms run Go code only once the first go statement started sysmon, so
	// before that the world is already stopped (and the linker leaves the
	// scheduler out of programs without goroutines: lazy edges on startSysmon).
	stw := sysmonStarted
	if stw {
		stopTheWorld()
	}
	flushLocalStats()
	if heapLive >= nextGC || gcStress != 0 {
		gcCollect()
	}
	if stw {
		startTheWorld()
	}
	if finQueue != nil { // a hint (wakefing rechecks under finLock); lazy edge on SetFinalizer
		wakefing()
	}
}

// GC runs a garbage collection.
func GC() {
	stw := sysmonStarted // as in gcTrigger
	if stw {
		stopTheWorld()
	}
	gcCollect()
	memstats.NumForcedGC++
	if stw {
		startTheWorld()
	}
	if finQueue != nil { // a hint (wakefing rechecks under finLock); lazy edge on SetFinalizer
		wakefing()
	}
}

// flushLocalStats moves every P's allocation counts to the global ones (the
// world is stopped).
func flushLocalStats() {
	for i := 0; i <= maxProcs; i++ {
		pp := &noPCache
		if i < maxProcs {
			pp = allp[i]
			if pp == nil {
				continue
			}
		}
		heapLive += pp.heapLocal
		memstats.TotalAlloc += uint64(pp.heapLocal)
		memstats.Mallocs += pp.nmalloc
		pp.heapLocal = 0
		pp.nmalloc = 0
	}
}

// gcCollect collects with the world stopped.
func gcCollect() {
	flushLocalStats()
	gcRunning = true
	start := nanotime()
	swapctx(&gcRegs, &gcRegs) // spill the callee-saved registers into gcRegs
	gcMarkRoots()
	gcDrain()
	if finTab != nil { // tested here so that programs without SetFinalizer link no finalizer code
		finMark()
	}
	gcSweep()
	if sched.goidgen > 1 { // only goroutines' stacks shrink (shrinkStacks is linked with newproc)
		shrinkStacks()
	}
	heapMarked = heapLive
	setNextGC(heapLive)
	pause := uint64(nanotime() - start)
	memstats.PauseNs[memstats.NumGC%256] = pause
	memstats.PauseTotalNs += pause
	memstats.NumGC++
	sec, nsec, _ := time_now()
	memstats.LastGC = uint64(sec)*1000000000 + uint64(nsec)
	gcRunning = false
}

func gcMarkRoots() {
	lo, hi := gcdataBounds[0], gcdataBounds[1]
	if gcdataBounds[2] != 0 {
		scanBits(lo, (hi-lo)>>3, gcdataBounds[2], 0)
	} else {
		scanRange(lo, hi)
	}
	// Stacks (stkscan.go). The registers swapctx saves in a gobuf are not roots:
	// every register but RSP and RBP is caller-saved in pogo's ABI, so at a
	// swapctx call nothing live is in a register (a preempted goroutine's
	// registers are in preemptSave's frame, which is scanned conservatively).
	scanStack(gcRegs.sp, gcRegs.fp, gcRegs.pc, getg().stackHi)
	for gp := sched.allg; gp != nil; gp = gp.alllink {
		if gp == getg() || gp.status == gDead {
			continue
		}
		if gp.status == gSyscall {
			// entersyscall saved only an SP (its fp and pc are those of an older
			// switch): scan the blocked call's stack conservatively from there
			scanRange(gp.sched.sp, gp.stackHi)
			continue
		}
		scanStack(gp.sched.sp, gp.sched.fp, gp.sched.pc, gp.stackHi)
	}
}

// scanRange shades what every aligned word of [lo, hi) points to (conservative
// scanning: stacks and saved registers).
func scanRange(lo, hi uintptr) {
	lo = (lo + 7) &^ 7
	alo := arenaStart
	ahi := arenaUsed
	for p := lo; p+8 <= hi; p += 8 {
		v := *(*uintptr)(unsafe.Pointer(p))
		if v >= alo && v < ahi {
			reserveMarkStack(1)
			shade(v)
		}
	}
}

// reserveMarkStack makes room for n more queued objects.
func reserveMarkStack(n uintptr) {
	for markTop+2*n > markCap {
		growMarkStack()
	}
}

// shade marks the object that arena address v points into (at its start or
// inside it), if it is allocated and unmarked, and queues it for scanning unless
// it is noscan. The caller made room on the mark stack.
func shade(v uintptr) {
	s := *(**mspan)(unsafe.Pointer(spanTab + (v-arenaStart)>>pageShift*8))
	if s == nil || s.state != spanInUse || v < s.start {
		return
	}
	idx := uintptr((uint64(v-s.start) * s.divMul) >> 32)
	if idx >= s.nelems {
		return
	}
	w := idx >> 6
	bit := uint64(1) << (idx & 63)
	m := s.mark[w]
	if s.alloc[w]&bit == 0 || m&bit != 0 {
		return
	}
	s.mark[w] = m | bit
	if s.spc&1 != 0 {
		return
	}
	pushObject(s, s.start+idx*s.elemsize)
}

func growMarkStack() {
	n := markCap * 2
	if n == 0 {
		n = 64 << 10
	}
	p := uintptr(mmap(n * 8))
	if markTop > 0 {
		memmove(unsafe.Pointer(p), unsafe.Pointer(markStack), markTop*8)
	}
	if markCap > 0 {
		syscall6(sysMunmap, markStack, markCap*8, 0, 0, 0, 0)
	}
	markStack = p
	markCap = n
}

// gcDrain scans queued objects until none is left. Small objects (most of them)
// are scanned here from the pointer bits queued with them; larger ones, and
// small ones when the mark stack is nearly full, go through scanBits.
func gcDrain() {
	alo := arenaStart
	ahi := arenaUsed
	tab := spanTab
	for markTop > 0 {
		markTop -= 2
		q := markStack + markTop*8
		base := *(*uintptr)(unsafe.Pointer(q))
		bits := *(*uint64)(unsafe.Pointer(q + 8))
		if base&1 != 0 {
			base &^= 1
			scanBits(base, uintptr(bits)>>3, heapBits, (base-alo)>>3)
			continue
		}
		if markTop+128 > markCap {
			scanPattern(base, bits)
			continue
		}
		for bits != 0 {
			i := uintptr(deBruijnIdx[((bits&-bits)*deBruijn64)>>58])
			bits &= bits - 1
			v := *(*uintptr)(unsafe.Pointer(base + i<<3))
			if v < alo || v >= ahi {
				continue
			}
			s := *(**mspan)(unsafe.Pointer(tab + (v-alo)>>pageShift*8))
			if s == nil || s.state != spanInUse || v < s.start {
				continue
			}
			idx := uintptr((uint64(v-s.start) * s.divMul) >> 32)
			if idx >= s.nelems {
				continue
			}
			mw := idx >> 6
			bit := uint64(1) << (idx & 63)
			m := s.mark[mw]
			if s.alloc[mw]&bit == 0 || m&bit != 0 {
				continue
			}
			s.mark[mw] = m | bit
			if s.spc&1 != 0 {
				continue
			}
			obj := s.start + idx*s.elemsize
			q := markStack + markTop*8
			if s.elemsize <= 512 && !s.mixed {
				*(*uintptr)(unsafe.Pointer(q)) = obj
				*(*uint64)(unsafe.Pointer(q + 8)) = s.pat
				markTop += 2
			} else {
				pushObject(s, obj)
			}
		}
	}
}

// scanPattern shades what the words of the small object at base whose bits are
// set in bits point to.
func scanPattern(base uintptr, bits uint64) {
	for bits != 0 {
		i := uintptr(deBruijnIdx[((bits&-bits)*deBruijn64)>>58])
		bits &= bits - 1
		v := *(*uintptr)(unsafe.Pointer(base + i<<3))
		if v >= arenaStart && v < arenaUsed {
			reserveMarkStack(1)
			shade(v)
		}
	}
}

// gcSweep frees every allocated object left unmarked: the mark bits become the
// allocation bits; spans left empty return their pages.
func gcSweep() {
	for i := 0; i < len(partial); i++ {
		partial[i] = nil
	}
	for i := 0; i <= maxProcs; i++ {
		pp := &noPCache
		if i < maxProcs {
			pp = allp[i]
			if pp == nil {
				continue
			}
		}
		pp.heapLocal = 0
		pp.sudogcache = nil // heap objects the collector does not see in a P outside the heap
		for j := 0; j < len(pp.mcache); j++ {
			pp.mcache[j] = nil
		}
	}
	var kept *mspan
	live := uintptr(0)
	s := allspans
	for s != nil {
		next := s.allnext
		nw := (s.nelems + 63) >> 6
		n := uintptr(0)
		for i := uintptr(0); i < nw; i++ {
			m := s.mark[i]
			s.alloc[i] = m
			s.mark[i] = 0
			n += popcount(m)
		}
		memstats.Frees += uint64(s.nalloc - n)
		if n == 0 {
			freePages(s)
		} else {
			s.nalloc = n
			s.freeindex = 0
			s.needzero = true
			live += n * s.elemsize
			s.allnext = kept
			kept = s
			if n < s.nelems {
				s.next = partial[s.spc]
				partial[s.spc] = s
			}
		}
		s = next
	}
	allspans = kept
	heapLive = live
}

func popcount(x uint64) uintptr {
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return uintptr((x * 0x0101010101010101) >> 56)
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	lock(&heapLock)
	local := uintptr(0)
	nlocal := uint64(0)
	for i := 0; i < maxProcs && allp[i] != nil; i++ {
		local += allp[i].heapLocal // racy for other Ps: statistics only
		nlocal += allp[i].nmalloc
	}
	memstats.TotalAlloc += uint64(local)
	memstats.Mallocs += nlocal
	heapLive += local
	memstats.HeapAlloc = uint64(heapLive)
	memstats.Alloc = uint64(heapLive)
	memstats.HeapObjects = memstats.Mallocs - memstats.Frees
	memstats.HeapSys = uint64(arenaUsed - arenaStart)
	inuse := uintptr(0)
	for s := allspans; s != nil; s = s.allnext {
		inuse += s.npages << pageShift
	}
	memstats.HeapInuse = uint64(inuse)
	memstats.HeapIdle = memstats.HeapSys - memstats.HeapInuse
	memstats.MSpanSys = uint64(persistTotal)
	memstats.GCSys = uint64(markCap*8 + (arenaUsed-arenaStart)>>6) // mark stack, heap bitmap
	memstats.Sys = memstats.HeapSys + memstats.MSpanSys + memstats.GCSys
	memstats.EnableGC = true
	*m = memstats
	memstats.TotalAlloc -= uint64(local)
	memstats.Mallocs -= nlocal
	heapLive -= local
	unlock(&heapLock)
}

// setGCPercent sets GOGC (negative: off) and returns the previous setting.
//
//go:linkname setGCPercent runtime/debug.setGCPercent
func setGCPercent(in int32) int32 {
	prev := gcPercent
	gcPercent = int(in)
	if gcPercent < 0 {
		gcPercent = -1
	}
	setNextGC(heapMarked)
	if prev < 0 {
		return -1
	}
	return int32(prev)
}

// KeepAlive marks its argument as reachable up to this call: the value is used by
// the call (runtime bodies are never inlined), so it is live — in a stack map — at
// every call before it, and the call's own argument words are in the caller's map.
func KeepAlive(x any) {}

// gogetenv returns the value of environment variable key.
func gogetenv(key string) (string, bool) {
	envp := unsafe.Add(argv, (argc+1)*8)
	for i := 0; ; i++ {
		p := *(*unsafe.Pointer)(unsafe.Add(envp, i*8))
		if p == nil {
			return "", false
		}
		kv := gostringnocopy(p)
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
}

// atoiEnv parses a non-negative decimal number.
func atoiEnv(s string) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || n > 1<<30 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
