package runtime

import "unsafe"

// Tracebacks. Every pogo frame keeps the caller's RBP at [rbp] and the return address
// at [rbp+8], so a stack is walked by following frame pointers from the current one
// until a zero link (rt0 and goentry start with RBP = 0). Return addresses are mapped
// to functions and lines through the linker's function table (layout in
// pogo/link/functab.py): an index of entry offsets, binary-searched, pointing at
// records with the name, the file, flags, the number of argument words and a pc→line
// table of (zig-zag varint line delta, varint length) runs. As in gc, runtime frames
// and compiler-generated wrappers are not shown, except runtime.gopanic below another
// frame, which is printed as panic(...) to mark where deferred code ran.

// functab points at the linker's function table (0 when there is none).
var functab uintptr

// funcInfo is one function's record in the table.
type funcInfo struct {
	entry  uintptr
	end    uintptr
	name   string
	file   string
	flags  uintptr
	args   int // argument words, -1 if unknown
	pcline uintptr
}

const maxTracebackFrames = 100

func readU32(p uintptr) uintptr { return uintptr(*(*uint32)(unsafe.Pointer(p))) }

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

func readString(p uintptr) (string, uintptr) {
	n, p := readUvarint(p)
	return unsafe.String((*byte)(unsafe.Pointer(p)), int(n)), p + n
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
	idx := t + 16
	if n == 0 || pc < first || pc-first >= readU32(idx+n*8) {
		return f, false
	}
	off := pc - first
	lo, hi := uintptr(0), n
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if readU32(idx+mid*8) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	f.entry = first + readU32(idx+lo*8)
	f.end = first + readU32(idx+lo*8+8)
	p := t + readU32(idx+lo*8+4)
	f.name, p = readString(p)
	var foff uintptr
	foff, p = readUvarint(p)
	if foff != 0 {
		f.file, _ = readString(t + foff)
	}
	f.flags, p = readUvarint(p)
	var args uintptr
	args, p = readUvarint(p)
	f.args = int(args) - 1
	f.pcline = p
	return f, true
}

// line returns the source line of the instruction at pc in f (0 if unknown).
func (f *funcInfo) line(pc uintptr) int {
	p := f.pcline
	at := f.entry
	line := 0
	for at < f.end {
		u, q := readUvarint(p)
		n, q2 := readUvarint(q)
		p = q2
		if u&1 == 0 {
			line += int(u >> 1)
		} else {
			line -= int((u + 1) >> 1)
		}
		if pc < at+n {
			return line
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
	printed := 0
	elided := false
	callee := ""
	for fp != 0 {
		pc := *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
		f, ok := findfunc(pc - 1)
		if !ok {
			break
		}
		show := showframe(&f, printed > 0, callee)
		callee = f.name
		if !show {
			continue
		}
		if printed == maxTracebackFrames {
			elided = true
			break
		}
		printframe(&f, pc, fp)
		printed++
	}
	if elided {
		printstring("...additional frames elided...\n")
	}
}

// printframe prints one frame: the call with its argument words, then the file and
// line of the call instruction (the return address pc minus one) and the offset of
// the return address from the function's entry. fp is the frame's own frame pointer.
func printframe(f *funcInfo, pc, fp uintptr) {
	if f.name == "runtime.gopanic" {
		printstring("panic({")
		printhex(uint64(*(*uintptr)(unsafe.Pointer(fp + 16))))
		printstring("?, ")
		printhex(uint64(*(*uintptr)(unsafe.Pointer(fp + 24))))
		printstring("?})\n")
	} else {
		printfuncname(f.name)
		printstring("(")
		if f.args < 0 {
			printstring("...")
		}
		for i := 0; i < f.args; i++ {
			if i > 0 {
				printstring(", ")
			}
			if i == 10 {
				printstring("...")
				break
			}
			printhex(uint64(*(*uintptr)(unsafe.Pointer(fp + 16 + uintptr(i)*8))))
		}
		printstring(")\n")
	}
	printfileline(f, pc)
}

func printfileline(f *funcInfo, pc uintptr) {
	printstring("\t")
	printstring(f.file)
	printstring(":")
	printint(int64(f.line(pc - 1)))
	printstring(" +")
	printhex(uint64(pc - f.entry))
	printstring("\n")
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
	printstring("created by ")
	printfuncname(f.name)
	printstring(" in goroutine ")
	printint(gp.parentGoid)
	printstring("\n")
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
				printstring(name[start : i+1])
				printstring("...")
			}
			depth++
		case ']':
			depth--
			if depth == 0 {
				start = i
			}
		}
	}
	printstring(name[start:])
}
