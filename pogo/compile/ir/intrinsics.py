"""Functions declared without a body whose machine code the code generator supplies.

Go implements these in assembly; pogo's amd64 back end emits them directly (see
pogo/compile/amd64/intrinsics.py). Any other body-less function is resolved by the linker
(for example through //go:linkname to a definition in another package).
"""

INTRINSICS: frozenset[str] = frozenset({
    "runtime.rt0",  # ELF entry point: stack, argc/argv, then runtime.bootstrap
    "runtime.syscall6",  # raw Linux system call
    "runtime.doInit",  # run every package's init function in link order
    "runtime.callMain",  # call main.main
    "syscall.rawSyscall6",
    "runtime.getfp",  # the caller's frame pointer (RBP)
    "runtime.getg",  # the running goroutine (R14)
    "runtime.setg",  # set R14: the goroutine this thread runs
    "runtime.jumpto",  # resume a frame after recover: load RSP/RBP, make deferproc return 1
    "runtime.memmove",  # REP MOVSB, backwards when the areas overlap that way
    "runtime.memclr",  # REP STOSB
    "runtime.swapctx",  # goroutine switch: save RSP/RBP/resume PC, load another g's
    "runtime.cputicks",  # RDTSC, seeds the runtime's PRNG
    "runtime.preemptSave",  # cold path of a preemption check: save registers, preemptPark
    "runtime.morestack",  # cold path of a prologue stack check: runtime.newstack, move RSP/RBP
    "runtime.clone",  # start an OS thread running a function on a given stack
    "runtime.cas32",  # LOCK CMPXCHG
    "runtime.xchg32",  # XCHG
    "runtime.xadd32",  # LOCK XADD
    "runtime.load32",  # MOV (a load is atomic and ordered on amd64)
    "runtime.store32",  # XCHG (a store that is also a full barrier)
    "runtime.xadd64",  # LOCK XADD
    "runtime.load64",  # MOV
    "runtime.casuintptr",  # LOCK CMPXCHG
    "runtime.xchguintptr",  # XCHG
    "runtime.loaduintptr",  # MOV
    "runtime.storeuintptr",  # XCHG
    "reflect.callFrame",  # Value.Call: call a func value with a frame of argument words
    "reflect.makeFuncStub",  # code of MakeFunc closures: passes RDX and the frame to callReflect
    "math.Sqrt",  # SQRTSD, correctly rounded as gc's intrinsic
    "math.archFMA",  # VFMADD231SD; only called when math.cpuHasFMA reports the instruction
    "math.cpuHasFMA",  # CPUID/XGETBV: FMA and AVX usable (gc's useFMA), selects Exp's FMA path
    "runtime.sigtramp",  # SIGSEGV handler entry: C arguments to runtime.sighandler
    "math/bits.Mul64",  # MUL: the 128-bit product
    "math/bits.Len64",  # BSR
    "math/bits.TrailingZeros64",  # BSF
}) | frozenset(f"sync/atomic.{op}{t}" for op in ("Add", "Load", "Store", "Swap", "CompareAndSwap")
               for t in ("Int32", "Int64", "Uint32", "Uint64", "Uintptr")) | frozenset(
    f"sync/atomic.{op}Pointer" for op in ("Load", "Store", "Swap", "CompareAndSwap"))
