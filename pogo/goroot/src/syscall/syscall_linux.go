// Package syscall is pogo's interface to the Linux kernel: raw system calls
// with no libc involved.
package syscall

import "unsafe"

func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)

const (
	SYS_WRITE      = 1
	SYS_EXIT_GROUP = 231
)

// Write writes all of p to the file descriptor fd.
// Errors are not reported yet: Errno values need methods, which come later.
func Write(fd int, p []byte) (n int, err error) {
	for n < len(p) {
		r, _, e := rawSyscall6(SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(unsafe.SliceData(p)))+uintptr(n), uintptr(len(p)-n), 0, 0, 0)
		if e != 0 {
			return n, nil
		}
		n += int(r)
	}
	return n, nil
}

// Exit ends the process with the given status.
func Exit(code int) {
	rawSyscall6(SYS_EXIT_GROUP, uintptr(code), 0, 0, 0, 0, 0)
}
