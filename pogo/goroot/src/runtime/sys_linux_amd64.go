package runtime

import "unsafe"

// syscall6 performs a raw Linux system call. errno is 0 on success.
func syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, errno uintptr)

const (
	sysWrite     = 1
	sysMmap      = 9
	sysMunmap    = 11
	sysMadvise   = 28
	sysExitGroup = 231
)

func write(fd int, p unsafe.Pointer, n int) int {
	r, e := syscall6(sysWrite, uintptr(fd), uintptr(p), uintptr(n), 0, 0, 0)
	if e != 0 {
		return -1
	}
	return int(r)
}

func writeAll(fd int, p unsafe.Pointer, n int) {
	for n > 0 {
		w := write(fd, p, n)
		if w <= 0 {
			return
		}
		p = unsafe.Add(p, w)
		n -= w
	}
}

func exit(code int) {
	syscall6(sysExitGroup, uintptr(code), 0, 0, 0, 0, 0)
}

func mmap(n uintptr) unsafe.Pointer {
	const protRW = 3
	const mapPrivateAnon = 0x22
	r, e := syscall6(sysMmap, 0, n, protRW, mapPrivateAnon, ^uintptr(0), 0)
	if e != 0 {
		throw("out of memory")
	}
	return unsafe.Pointer(r)
}
