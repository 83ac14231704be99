// Package runtime is pogo's Go runtime: program entry, system calls, memory
// allocation and garbage collection (malloc.go, mgc.go), strings, printing,
// panics, and goroutines (GOMAXPROCS Ps, Ms for them and for blocking system
// calls: proc.go, sched.go, runq.go, mthread.go, stw.go), channels and select, sleeping (time.go) and
// semaphores for sync. It is compiled by pogo like any
// other package; the few functions without a body are supplied by the code
// generator (see pogo/compile/amd64/intrinsics.py), where Go itself uses assembly.
package runtime

import "unsafe"

// rt0 is the ELF entry point. It reads argc and argv from the initial stack,
// moves to the main goroutine's 1 GB stack mapping and calls bootstrap.
func rt0()

// doInit calls every package's init function, in the order the linker wrote
// into runtime.inittasks (dependency order).
func doInit()

// callMain calls main.main.
func callMain()

var argc int
var argv unsafe.Pointer

// bootstrap runs on the main goroutine's stack (see rt0): it records the arguments, runs package
// initialisation in dependency order, then main.main, and exits with status 0.
func bootstrap(c int, v unsafe.Pointer, stk uintptr) {
	argc = c
	argv = v
	schedinit()
	gcinit()
	if stk != 0 {
		// rt0 moved to a 1 GB mapping: its lowest page becomes the guard
		syscall6(sysMprotect, stk, guardSize, 0, 0, 0, 0)
		maing.stackLo = stk + guardSize
		maing.stackHi = stk + guardSize + mainStackSize
		stackguardReset(&maing)
	} else {
		maing.stackHi = getfp() // the collector scans the main stack up to here
	}
	stackinit()
	initsig()
	doInit()
	callMain()
	// As gc: a goroutine still running a panic's deferred calls gets a chance to
	// finish (it may recover), and a fatal report in progress ends the process
	// with its own status.
	for i := 0; sysmonStarted && i < 1000 && load32((*uint32)(unsafe.Pointer(&runningPanicDefers))) != 0; i++ {
		Gosched()
	}
	for load32((*uint32)(unsafe.Pointer(&panicking))) != 0 {
		usleep(1000000)
	}
	exit(0)
}

//go:linkname os_runtime_args os.runtime_args
func os_runtime_args() []string {
	args := make([]string, argc)
	for i := 0; i < argc; i++ {
		p := *(*unsafe.Pointer)(unsafe.Add(argv, i*8))
		args[i] = gostringnocopy(p)
	}
	return args
}

// gostringnocopy makes a string of the NUL-terminated bytes at p, without copying.
func gostringnocopy(p unsafe.Pointer) string {
	n := 0
	for *(*byte)(unsafe.Add(p, n)) != 0 {
		n++
	}
	return unsafe.String((*byte)(p), n)
}

//go:linkname syscall_runtime_envs syscall.runtime_envs
func syscall_runtime_envs() []string {
	// envp follows argv's terminating NULL on the initial stack.
	envp := unsafe.Add(argv, (argc+1)*8)
	n := 0
	for *(*unsafe.Pointer)(unsafe.Add(envp, n*8)) != nil {
		n++
	}
	envs := make([]string, n)
	for i := 0; i < n; i++ {
		envs[i] = gostringnocopy(*(*unsafe.Pointer)(unsafe.Add(envp, i*8)))
	}
	return envs
}
