package runtime

import "unsafe"

// Precise stack scanning. The compiler gives every call site (and every preemption
// check) of a function a stack map: the words of its frame (word k at sp+8k, sp =
// fp - frame size; the incoming arguments are words from frame size/8 + 2 on) that
// hold live pointers there — the spill slots of pointer values live after the call,
// the pointer words of frame-resident locals (zeroed in the prologue), the outgoing
// argument words holding pointers and the live pointer arguments the function
// uses in place (compile/amd64/stackmap.py). The linker stores a function's distinct maps (each a
// count and uvarint gaps between word numbers) and a pc→(map number+1) table in its
// function-table record (link/functab.py).
//
// scanStack walks one goroutine's frames through the RBP chain from a saved state
// (sp, fp, pc) — the state swapctx records — and shades exactly the mapped words of
// each frame. A frame without a map is scanned conservatively, every word of it: the
// functions written as machine code (compile/amd64/intrinsics.py: preemptSave's
// register save area, where a preempted frame's register values are;
// reflect.callFrame's copied argument words; makeFuncStub, doInit, callMain) and a pc
// with no map entry. Every candidate word is still checked against the heap (shade
// ignores anything that is not an allocated object).

// stackCheck (POGOSTACKCHECK=1) makes a frame whose size disagrees with its stack
// map a fatal error instead of a conservatively scanned frame; POGOSTACKCHECK=2 also
// prints every frame scanned and its map.
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
	p, n, ok := frameMap(lo, fp, pc)
	if !ok {
		scanRange(lo, fp)
		return
	}
	alo, ahi := arenaStart, arenaUsed
	k := uintptr(0)
	for ; n > 0; n-- {
		var gap uintptr
		gap, p = readUvarint(p)
		k += gap
		v := *(*uintptr)(unsafe.Pointer(lo + 8*k))
		if v >= alo && v < ahi {
			reserveMarkStack(1)
			shade(v)
		}
		k++
	}
}

// frameMap finds the stack map of the frame [lo, fp) stopped at return address pc:
// it returns the map's first gap and its word count, or ok false when the frame must
// be treated conservatively (no map at pc, or a frame whose size disagrees with it;
// the copier of stack.go uses it too).
func frameMap(lo, fp, pc uintptr) (p, n uintptr, ok bool) {
	f, found := findfunc(pc - 1)
	if !found || f.stkmap == 0 {
		if stackDebug {
			printstring("conservative frame ")
			printstring(f.name)
			printstring("\n")
		}
		return 0, 0, false
	}
	nwords, p := readUvarint(f.stkmap)
	nmaps, p := readUvarint(p)
	maps := p
	for i := uintptr(0); i < nmaps; i++ { // the pc table follows the maps
		p = skipMap(p)
	}
	tag := uintptr(pcvalue(p, f.entry, f.end, pc-1))
	if tag == 0 || tag > nmaps || fp-nwords*8 != lo {
		if stackCheck && tag != 0 {
			printstring("runtime: frame of ")
			printstring(f.name)
			printstring(" does not match its stack map\n")
			throw("bad stack map")
		}
		return 0, 0, false
	}
	if stackDebug {
		printstring(f.name)
		printstring(" map ")
		printnum(tag)
		printstring(" words ")
		printnum(nwords)
		printstring("\n")
	}
	p = maps
	for i := uintptr(1); i < tag; i++ {
		p = skipMap(p)
	}
	n, p = readUvarint(p)
	return p, n, true
}

// skipMap returns the address just past the stack map at p (a uvarint count, then
// that many uvarints).
func skipMap(p uintptr) uintptr {
	n, p := readUvarint(p)
	for ; n > 0; n-- {
		_, p = readUvarint(p)
	}
	return p
}

var numbuf [numLen]byte

// printnum prints v in decimal without allocating (the collector may not, and
// printuint's buffer is a heap cell in package runtime).
func printnum(v uintptr) {
	i := digits(&numbuf, uint64(v), false)
	writeAll(2, unsafe.Pointer(&numbuf[i]), numLen-i)
}
