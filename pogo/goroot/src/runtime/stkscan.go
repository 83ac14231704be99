package runtime

import "unsafe"

// Precise stack scanning. The compiler gives every call site (and every preemption
// check) of a function a stack map: a bitmap over the words of its frame below the
// saved RBP, bit k for the word at fp-8*(k+1), set for the spill slots of pointer
// values live after the call, the pointer words of frame-resident locals (zeroed in
// the prologue) and the outgoing argument words holding pointers
// (compile/amd64/stackmap.py). The linker stores a function's distinct maps and a
// pc→(map index+1) table in its function-table record (link/functab.py).
//
// scanStack walks one goroutine's frames through the RBP chain from a saved state
// (sp, fp, pc) — the state swapctx records — and shades exactly the marked words of
// each frame. A frame without a map is scanned conservatively, every word of it:
// the code written in Python (intrinsics.go's counterparts in
// compile/amd64/intrinsics.py: preemptSave's register save area — a preempted frame
// may hold pointers in any register —, reflect.callFrame's copied argument area,
// makeFuncStub, doInit, callMain) and a pc with no map entry. Every candidate word is
// still checked against the heap (shade ignores anything that is not an allocated
// object), so a stale word can never corrupt the heap.

// stackCheck (POGOSTACKCHECK=1) makes a frame whose size disagrees with its stack
// map a fatal error instead of a conservatively scanned frame.
var stackCheck bool
var stackDebug bool

// scanStack shades what the frames of a stack point to. sp, fp and pc describe the
// innermost frame: its lowest address, its saved-RBP slot and the return address
// into its function; hi is the top of the stack.
func scanStack(sp, fp, pc, hi uintptr) {
	lo := sp
	for fp != 0 {
		if fp < lo || fp >= hi {
			// not a frame pointer chain we understand: be safe
			scanRange(lo, hi)
			return
		}
		scanFrame(lo, fp, pc)
		lo = fp + 16
		pc = *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
	}
}

// scanFrame shades the live pointers of the frame [lo, fp) stopped at return
// address pc.
func scanFrame(lo, fp, pc uintptr) {
	f, ok := findfunc(pc - 1)
	if !ok || f.stkmap == 0 {
		if stackDebug {
			printstring("conservative frame ")
			printstring(f.name)
			printstring("\n")
		}
		scanRange(lo, fp)
		return
	}
	nwords, p := readUvarint(f.stkmap)
	nmaps, p := readUvarint(p)
	nbytes := (nwords + 7) >> 3
	tag := pcvalue(p+nmaps*nbytes, f.entry, pc-1)
	if tag == 0 || tag > nmaps || fp-nwords*8 != lo {
		if stackCheck && tag != 0 {
			printstring("runtime: frame of ")
			printstring(f.name)
			printstring(" does not match its stack map\n")
			throw("bad stack map")
		}
		scanRange(lo, fp)
		return
	}
	m := p + (tag-1)*nbytes
	if stackDebug {
		printstring(f.name)
		printstring(" tag ")
		printnum(tag)
		printstring(" words ")
		printnum(nwords)
		printstring("\n")
	}
	alo, ahi := arenaStart, arenaUsed
	for i := uintptr(0); i < nbytes; i++ {
		bits := uintptr(*(*uint8)(unsafe.Pointer(m + i)))
		for bits != 0 {
			k := i*8 + uintptr(ctz8(bits))
			bits &= bits - 1
			v := *(*uintptr)(unsafe.Pointer(fp - 8*(k+1)))
			if v >= alo && v < ahi {
				reserveMarkStack(1)
				shade(v)
			}
		}
	}
}

func ctz8(b uintptr) int {
	n := 0
	for b&1 == 0 {
		b >>= 1
		n++
	}
	return n
}

// pcvalue reads the pctab-encoded table at p (runs of zig-zag value delta and length,
// from the function's entry on, starting at 0) and returns its value at pc.
func pcvalue(p, entry, pc uintptr) uintptr {
	at := entry
	val := 0
	for {
		u, q := readUvarint(p)
		n, q2 := readUvarint(q)
		p = q2
		if u&1 == 0 {
			val += int(u >> 1)
		} else {
			val -= int((u + 1) >> 1)
		}
		if n == 0 {
			return 0
		}
		at += n
		if pc < at {
			return uintptr(val)
		}
	}
}

var numbuf [20]byte

// printnum prints v in decimal without allocating (the collector may not).
func printnum(v uintptr) {
	i := len(numbuf)
	for {
		i--
		numbuf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	writeAll(2, unsafe.Pointer(&numbuf[i]), len(numbuf)-i)
}
