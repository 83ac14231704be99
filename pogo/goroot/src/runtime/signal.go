package runtime

import "unsafe"

// Stack overflow is normally found by the prologue checks (stack.go). The stacks that
// never move (the main goroutine's 1 GB stack set up by rt0, the g0s') also have a
// PROT_NONE guard page below them, so running off their end faults. A SIGSEGV
// handler on its own signal stack tells an overflow (the faulting thread's stack
// pointer is at or below the low end of the current goroutine's stack) from other
// faults and reports it as gc does, exit status 2.

const mainStackSize = 1 << 30

const (
	sysRtSigaction = 13
	sysSigaltstack = 131
	sigSEGV        = 11
	saSiginfo      = 0x4
	saOnstack      = 0x08000000
	saRestorer     = 0x04000000
	sigStackSize   = 64 << 10
)

// sigtramp is the handler's entry point (machine code from the compiler).
func sigtramp()

type sigactiont struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

type stackt struct {
	sp    uintptr
	flags int32
	size  uintptr
}

func initsig() {
	st := stackt{sp: uintptr(mmap(sigStackSize)), size: sigStackSize}
	syscall6(sysSigaltstack, uintptr(unsafe.Pointer(&st)), 0, 0, 0, 0, 0)
	f := sigtramp
	code := **(**uintptr)(unsafe.Pointer(&f))
	sa := sigactiont{handler: code, flags: saSiginfo | saOnstack | saRestorer, restorer: code}
	syscall6(sysRtSigaction, sigSEGV, uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}

// sighandler runs on the signal stack for a SIGSEGV; it never returns.
func sighandler(sig uintptr, info, ctx unsafe.Pointer) {
	addr := *(*uintptr)(unsafe.Add(info, 16))
	sp := *(*uintptr)(unsafe.Add(ctx, 160)) // uc_mcontext.gregs[REG_RSP]
	pc := *(*uintptr)(unsafe.Add(ctx, 168)) // gregs[REG_RIP]
	gp := getg()
	if gp != nil && gp.stackLo != 0 && sp < gp.stackLo+4096 && sp+(64<<20) > gp.stackLo {
		printstring("runtime: goroutine stack exceeds 1000000000-byte limit\n")
		printstring("fatal error: stack overflow\n")
		exit(2)
	}
	printstring("unexpected fault address ")
	printhex(uint64(addr))
	printstring("\nfatal error: fault\n[signal SIGSEGV: segmentation violation addr=")
	printhex(uint64(addr))
	printstring(" pc=")
	printhex(uint64(pc))
	printstring("]\n")
	exit(2)
}
