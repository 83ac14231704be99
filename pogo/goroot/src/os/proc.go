// Package os provides a platform-independent interface to operating system
// functionality. pogo's version: Args, Exit, the environment, process ids,
// *File with reading, writing, seeking and directory listing, the file
// system calls (Open, Create, OpenFile, ReadFile, WriteFile, ReadDir, Stat,
// Mkdir*, Remove*, Rename, temporary files), DirFS, and gc's error values
// and texts.
// FileInfo has no ModTime yet (it needs package time).
package os

import "syscall"

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = runtime_args()
}

// runtime_args is provided by the runtime.
func runtime_args() []string

// Exit causes the current program to exit with the given status code.
func Exit(code int) {
	syscall.Exit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall.Getegid() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	var u syscall.Utsname
	if e := syscall.Uname(&u); e != nil {
		return "", NewSyscallError("uname", e)
	}
	b := make([]byte, 0, 65)
	for _, c := range u.Nodename {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b), nil
}

// Getpagesize returns the memory page size.
func Getpagesize() int { return syscall.Getpagesize() }

// Getgroups returns the caller's supplementary group ids.
func Getgroups() ([]int, error) {
	gids, err := syscall.Getgroups()
	return gids, NewSyscallError("getgroups", err)
}

// Executable returns the path of the running program (/proc/self/exe).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	return p, nil
}
