package runtime

import "unsafe"

// Tracebacks. Every pogo frame keeps the caller's RBP at [rbp] and the return address
// at [rbp+8], so a stack is walked by following frame pointers from the current one
// until a zero link (rt0 and goentry start with RBP = 0). Return addresses are mapped
// to functions and lines through the linker's function table (layout in
// pogo/link/functab.py): an index of entry offsets, binary-searched, pointing at
// records with the name and file (offsets into the table's pool of NUL-terminated
// names), flags, the number of argument words and a pc→line table of runs (line delta,
// length; obj/pctab.py). As in gc, runtime frames
// and compiler-generated wrappers are not shown, except runtime.gopanic below another
// frame, which is printed as panic(...) to mark where deferred code ran.

// functab points at the linker's function table (0 when there is none).
var functab uintptr

// funcInfo is one function's record in the table.
type funcInfo struct {
	entry  uintptr
	end    uintptr
	name   string
	file   uintptr // source file number (fileName)
	flags  uintptr
	args   int // argument words, -1 if unknown
	ninl   uintptr
	inl    uintptr // the inline tree's records: name, file offset, parent line value
	stkmap uintptr // the stack maps (stkscan.go), 0 if none
	pcline uintptr
}

// A line value above inlShift bits names a record (1-based) of the function's inline
// tree: the code at that pc was inlined from the record's function (link/functab.py).
const inlShift = 24

const maxTracebackFrames = 100

func readU32(p uintptr) uintptr { return uintptr(*(*uint32)(unsafe.Pointer(p))) }

// readU48 reads the 6 bytes at p (an index entry of the function table).
func readU48(p uintptr) uintptr {
	return uintptr(*(*uint32)(unsafe.Pointer(p))) | uintptr(*(*uint16)(unsafe.Pointer(p + 4)))<<32
}

// readUvarint decodes the varint at p and returns it with the address after it.
func readUvarint(p uintptr) (uintptr, uintptr) {
	var v, shift uintptr
	for {
		b := uintptr(*(*uint8)(unsafe.Pointer(p)))
		p++
		v |= (b & 0x7f) << shift
		if b < 0x80 {
			return v, p
		}
		shift += 7
	}
}

// cstring returns the NUL-terminated string at offset off of the table's name pool.
func cstring(off uintptr) string {
	p := functab + uintptr(*(*uint32)(unsafe.Pointer(functab + 12))) + off
	n := 0
	for *(*uint8)(unsafe.Pointer(p + uintptr(n))) != 0 {
		n++
	}
	return unsafe.String((*byte)(unsafe.Pointer(p)), n)
}

// fileName returns the name of source file number k (1-based; 0: none) in two parts,
// a directory shared by many files (or "") and the rest: the table stores the shared
// directory once (link/functab.py).
func fileName(k uintptr) (dir, rest string) {
	if k == 0 {
		return "", ""
	}
	n := readU32(functab + 8)
	ref := readU32(functab + 24 + (n+1)*6 + (k-1)*4)
	if ref&(1<<31) != 0 {
		dir = cstring(readU32(functab + 20))
	}
	return dir, cstring(ref &^ (1 << 31))
}

// filePath returns the whole name of source file number k.
func filePath(k uintptr) string {
	dir, rest := fileName(k)
	if dir == "" {
		return rest
	}
	return dir + rest
}

// tbFile prints the name of source file number k.
func tbFile(k uintptr) {
	dir, rest := fileName(k)
	tbString(dir)
	tbString(rest)
}

// findfunc returns the function containing pc.
func findfunc(pc uintptr) (funcInfo, bool) {
	var f funcInfo
	t := functab
	if t == 0 {
		return f, false
	}
	first := *(*uintptr)(unsafe.Pointer(t))
	n := readU32(t + 8)
	idx := t + 24 // (n+1) 6-byte entries: u24 entry offset, u24 record offset
	if n == 0 || pc < first || pc-first >= readU32(idx+n*6)&(1<<24-1) {
		return f, false
	}
	off := pc - first
	lo, hi := uintptr(0), n
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if readU32(idx+mid*6)&(1<<24-1) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	e := readU48(idx + lo*6)
	f.entry = first + e&(1<<24-1)
	f.end = first + readU32(idx+lo*6+6)&(1<<24-1)
	p := t + e>>24
	var v uintptr
	v, p = readUvarint(p)
	f.name = cstring(v)
	f.file, p = readUvarint(p)
	f.flags, p = readUvarint(p)
	f.ninl = f.flags >> 1
	var args uintptr
	args, p = readUvarint(p)
	f.args = int(args) - 1
	f.inl = p
	for i := uintptr(0); i < f.ninl*3; i++ {
		_, p = readUvarint(p)
	}
	var nmap uintptr
	nmap, p = readUvarint(p)
	if nmap != 0 {
		f.stkmap = p
	}
	f.pcline = p + nmap
	return f, true
}

// inlRecord returns record k (1-based) of f's inline tree: the inlined function, its
// file number, and the line value of the call in the enclosing code.
func (f *funcInfo) inlRecord(k int) (name string, file uintptr, parent int) {
	p := f.inl
	for i := 1; ; i++ {
		var noff, fnum, par uintptr
		noff, p = readUvarint(p)
		fnum, p = readUvarint(p)
		par, p = readUvarint(p)
		if i == k {
			return cstring(noff), fnum, int(par)
		}
	}
}

// line returns the source line, in f's own file, of the instruction at pc (0 if
// unknown); in inlined code, that of the outermost inlined call.
func (f *funcInfo) line(pc uintptr) int {
	v := f.linev(pc)
	for v>>inlShift != 0 {
		_, _, v = f.inlRecord(v >> inlShift)
	}
	return v
}

// fileLine returns the innermost source position of the instruction at pc: in
// inlined code, the inlined function's file and line.
func (f *funcInfo) fileLine(pc uintptr) (string, int) {
	v := f.linev(pc)
	if v>>inlShift == 0 {
		return filePath(f.file), v
	}
	_, file, _ := f.inlRecord(v >> inlShift)
	return filePath(file), v & (1<<inlShift - 1)
}

// linev returns the line value of the instruction at pc in f (0 if unknown).
func (f *funcInfo) linev(pc uintptr) int {
	return pcvalue(f.pcline, f.entry, f.end, pc)
}

// pcvalue reads a pctab-encoded table at p (runs of a value delta and a length from
// entry on, starting at 0; a byte below 0x80 is a whole run stepping by 1 or 2 over 1..64
// bytes; obj/pctab.py) and returns its value at pc, or 0 if pc is not before end.
func pcvalue(p, entry, end, pc uintptr) int {
	at := entry
	val := 0
	for at < end {
		b := uintptr(*(*uint8)(unsafe.Pointer(p)))
		p++
		var n uintptr
		if b < 0x80 {
			val += int(b>>6) + 1
			n = b&0x3f + 1
		} else {
			u := b & 0x3f
			if b&0x40 != 0 {
				var hi uintptr
				hi, p = readUvarint(p)
				u |= hi << 6
			}
			n, p = readUvarint(p)
			if u&1 == 0 {
				val += int(u >> 1)
			} else {
				val -= int((u + 1) >> 1)
			}
		}
		if pc < at+n {
			return val
		}
		at += n
	}
	return 0
}

// showframe reports whether gc would print a frame of f; printed says whether a
// frame has been printed already, callee names the function f called. A wrapper is
// shown only where the panic started in it.
func showframe(f *funcInfo, printed bool, callee string) bool {
	if f.flags&1 != 0 {
		return callee == "runtime.gopanic" || len(callee) > 13 && callee[:13] == "runtime.panic"
	}
	if f.name == "runtime.gopanic" {
		return printed
	}
	if len(f.name) > 8 && f.name[:8] == "runtime." {
		c := f.name[8]
		return c >= 'A' && c <= 'Z'
	}
	for i := 0; i < len(f.name); i++ {
		if f.name[i] == '.' {
			return true
		}
	}
	return false
}

// traceback prints the frames above the frame whose frame pointer is fp, innermost
// first, as gc does for a panicking goroutine.
func traceback(fp uintptr) {
	tracebackpc(*(*uintptr)(unsafe.Pointer(fp + 8)), *(*uintptr)(unsafe.Pointer(fp)))
}

// tracebackpc prints the frames from the one that will resume at return address pc
// with frame pointer fp outwards.
func tracebackpc(pc, fp uintptr) {
	printed := 0
	callee := ""
	for pc != 0 {
		f, ok := findfunc(pc - 1)
		if !ok {
			break
		}
		show := showframe(&f, printed > 0, callee)
		if f.flags&1 != 0 && f.linev(pc-1)>>inlShift != 0 {
			// a wrapper is hidden, but not the calls inlined into it
			printinlined(&f, pc)
			printed++
			show = false
		}
		callee = f.name
		if show {
			if printed == maxTracebackFrames {
				tbString("...additional frames elided...\n")
				break
			}
			printframe(&f, pc, fp)
			printed++
		}
		if fp == 0 {
			break
		}
		pc = *(*uintptr)(unsafe.Pointer(fp + 8))
		next := *(*uintptr)(unsafe.Pointer(fp))
		if next != 0 && (next <= fp || next&7 != 0) {
			break // not a caller's frame: a damaged stack ends the walk
		}
		fp = next
	}
}

// abiRegs is the number of argument words passed in registers
// (pogo/compile/amd64/abi.py); the caller reserves their spill slots, which the
// callee writes only when it keeps the argument in memory.
const abiRegs = 9

// printframe prints one frame: the call with its argument words, then the file and
// line of the call instruction (the return address pc minus one) and the offset of
// the return address from the function's entry. fp is the frame's own frame pointer.
func printframe(f *funcInfo, pc, fp uintptr) {
	if f.name == "runtime.gopanic" {
		tbString("panic({")
		tbHex(uint64(*(*uintptr)(unsafe.Pointer(fp + 16))))
		tbString("?, ")
		tbHex(uint64(*(*uintptr)(unsafe.Pointer(fp + 24))))
		tbString("?})\n")
	} else {
		printinlined(f, pc)
		printfuncname(f.name)
		tbString("(")
		if f.args < 0 {
			tbString("...")
		}
		for i := 0; i < f.args; i++ {
			if i > 0 {
				tbString(", ")
			}
			if i == 10 {
				tbString("...")
				break
			}
			tbHex(uint64(*(*uintptr)(unsafe.Pointer(fp + 16 + uintptr(i)*8))))
			if i < abiRegs {
				// passed in a register: its spill slot may be stale, as gc marks it
				tbString("?")
			}
		}
		tbString(")\n")
	}
	printfileline(f, pc)
}

// printinlined prints the frames of the calls inlined at return address pc in f,
// innermost first, as gc prints them ("name(...)", file and line, no offset).
func printinlined(f *funcInfo, pc uintptr) {
	for v := f.linev(pc - 1); v>>inlShift != 0; {
		name, file, parent := f.inlRecord(v >> inlShift)
		printfuncname(name)
		tbString("(...)\n\t")
		tbFile(file)
		tbString(":")
		tbInt(int64(v & (1<<inlShift - 1)))
		tbString("\n")
		v = parent
	}
}

func printfileline(f *funcInfo, pc uintptr) {
	tbString("\t")
	tbFile(f.file)
	tbString(":")
	tbInt(int64(f.line(pc - 1)))
	tbString(" +")
	tbHex(uint64(pc - f.entry))
	tbString("\n")
}

// printcreatedby prints where goroutine gp was started, as gc does.
func printcreatedby(gp *g) {
	if gp.gopc == 0 {
		return
	}
	f, ok := findfunc(gp.gopc - 1)
	if !ok {
		return
	}
	tbString("created by ")
	printfuncname(f.name)
	tbString(" in goroutine ")
	tbInt(gp.parentGoid)
	tbString("\n")
	printfileline(&f, gp.gopc)
}

// printfuncname prints a function name with the type arguments of generic instances
// shown as [...], as gc does.
func printfuncname(name string) {
	depth := 0
	start := 0
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case '[':
			if depth == 0 {
				tbString(name[start : i+1])
				tbString("...")
			}
			depth++
		case ']':
			depth--
			if depth == 0 {
				start = i
			}
		}
	}
	tbString(name[start:])
}

// Traceback text goes to standard error, or into tracebuf while tracebufOn is set
// (runtime.Stack).
var (
	tracebuf   []byte
	tracebufOn bool
)

func tbString(s string) {
	if tracebufOn {
		tracebuf = append(tracebuf, s...)
	} else {
		printstring(s)
	}
}

func tbHex(v uint64) {
	var b [numLen]byte
	i := digits(&b, v, true)
	tbString(unsafe.String(&b[i], numLen-i))
}

func tbInt(v int64) {
	u := uint64(v)
	if v < 0 {
		u = uint64(-v)
	}
	var b [numLen]byte
	i := digits(&b, u, false)
	if v < 0 {
		i--
		b[i] = '-'
	}
	tbString(unsafe.String(&b[i], numLen-i))
}

// Stack formats a traceback of the calling goroutine into buf and returns the number
// of bytes written (all is ignored: other goroutines are not listed yet).
func Stack(buf []byte, all bool) int {
	tracebuf = buf[:0]
	tracebufOn = true
	tbString("goroutine ")
	tbInt(getg().goid)
	tbString(" [running]:\n")
	traceback(getfp())
	if getg().gopc != 0 {
		printcreatedby(getg())
	}
	tracebufOn = false
	n := len(tracebuf)
	if n > len(buf) {
		n = len(buf)
	}
	copy(buf, tracebuf[:n])
	tracebuf = nil
	return n
}

// Caller reports the function invocation skip frames above its caller (0: the
// caller itself): the return address, its file and line. Wrappers are skipped.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	fp := getfp()
	for fp != 0 {
		ret := *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
		f, found := findfunc(ret - 1)
		if !found {
			break
		}
		// the logical frames at ret: the calls inlined there, innermost first, then
		// the function itself (unless it is a wrapper)
		v := f.linev(ret - 1)
		for v>>inlShift != 0 {
			_, ifile, parent := f.inlRecord(v >> inlShift)
			if skip == 0 {
				return ret - 1, filePath(ifile), v & (1<<inlShift - 1), true
			}
			skip--
			v = parent
		}
		if f.flags&1 != 0 {
			continue
		}
		if skip == 0 {
			return ret - 1, filePath(f.file), v, true // the call instruction, as gc's frame.PC
		}
		skip--
	}
	return 0, "", 0, false
}

// Callers fills pc with the return addresses of the calling goroutine's frames,
// skipping skip of them (0: Callers itself, 1: its caller), and returns how many
// it wrote.
func Callers(skip int, pc []uintptr) int {
	n := 0
	if skip == 0 && len(pc) > 0 {
		f := Callers
		pc[0] = funcPCOf(unsafe.Pointer(&f)) + 1
		n = 1
	} else {
		skip--
	}
	fp := getfp()
	for fp != 0 && n < len(pc) {
		ret := *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
		if _, found := findfunc(ret - 1); !found {
			break
		}
		if skip > 0 {
			skip--
			continue
		}
		pc[n] = ret
		n++
	}
	return n
}

func funcPCOf(fv unsafe.Pointer) uintptr {
	return **(**uintptr)(fv)
}

// Func is a function of the program, as FuncForPC finds it.
type Func struct {
	info funcInfo
}

// FuncForPC returns the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	f, ok := findfunc(pc)
	if !ok {
		return nil
	}
	if v := f.linev(pc); v>>inlShift != 0 {
		// code inlined there: the innermost function's name, the outermost's entry (gc)
		f.name, _, _ = f.inlRecord(v >> inlShift)
	}
	return &Func{info: f}
}

// Name returns the function's name, with gc's spelling of package paths.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.info.name
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.info.entry
}

// FileLine returns the source file and line of the instruction at pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	if f == nil {
		return "", 0
	}
	return f.info.fileLine(pc)
}

// Frame is one frame returned by Frames.Next.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames iterates over the frames of a Callers result. One return address stands
// for several logical frames when calls were inlined there: the inlined functions,
// innermost first, then the physical one, as gc reports them.
type Frames struct {
	pcs  []uintptr
	f    funcInfo // the function of the address being expanded
	pc   uintptr  // that address, less one: inside the call instruction
	v    int      // line value of the next logical frame at pc (inline tree)
	busy bool     // logical frames of pc remain
}

// CallersFrames returns an iterator over the frames of the return addresses in callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for {
		for !ci.busy {
			if len(ci.pcs) == 0 {
				return Frame{}, false
			}
			pc := ci.pcs[0]
			ci.pcs = ci.pcs[1:]
			f, ok := findfunc(pc - 1)
			if !ok {
				continue
			}
			ci.f, ci.pc, ci.v, ci.busy = f, pc-1, f.linev(pc-1), true
		}
		f := &ci.f
		if ci.v>>inlShift != 0 {
			name, file, parent := f.inlRecord(ci.v >> inlShift)
			frame = Frame{PC: ci.pc, Function: name, File: filePath(file), Line: ci.v & (1<<inlShift - 1), Entry: f.entry}
			ci.v = parent
			return frame, true
		}
		ci.busy = false
		if f.flags&1 != 0 { // a wrapper is hidden, not the calls inlined into it
			continue
		}
		frame = Frame{PC: ci.pc, Func: &Func{info: *f}, Function: f.name, File: filePath(f.file), Line: ci.v, Entry: f.entry}
		return frame, len(ci.pcs) > 0
	}
}
