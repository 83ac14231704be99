// Package syscall is pogo's interface to the Linux kernel: raw system calls
// with no libc involved, the Errno type with gc's texts, the file system
// calls package os is built on, and the process environment.
package syscall

import (
	"errors"
	"internal/oserror"
	"unsafe"
)

func rawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)

// System call numbers of Linux on amd64.
const (
	SYS_READ       = 0
	SYS_WRITE      = 1
	SYS_CLOSE      = 3
	SYS_FSTAT      = 5
	SYS_LSEEK      = 8
	SYS_PREAD64    = 17
	SYS_PWRITE64   = 18
	SYS_GETPID     = 39
	SYS_UNAME      = 63
	SYS_FSYNC      = 74
	SYS_FTRUNCATE  = 77
	SYS_GETCWD     = 79
	SYS_CHDIR      = 80
	SYS_FCHMOD     = 91
	SYS_GETUID     = 102
	SYS_GETGID     = 104
	SYS_GETEUID    = 107
	SYS_GETEGID    = 108
	SYS_GETPPID    = 110
	SYS_GETDENTS64 = 217
	SYS_EXIT_GROUP = 231
	SYS_OPENAT     = 257
	SYS_MKDIRAT    = 258
	SYS_NEWFSTATAT = 262
	SYS_UNLINKAT   = 263
	SYS_RENAMEAT   = 264
	SYS_LINKAT     = 265
	SYS_SYMLINKAT  = 266
	SYS_READLINKAT = 267
	SYS_FCHMODAT   = 268
	SYS_GETRANDOM  = 318
)

// Flags and modes of open, stat and friends.
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_ACCMODE   = 0x3
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_SYNC      = 0x101000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
	O_CLOEXEC   = 0x80000

	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200

	DT_UNKNOWN = 0
	DT_FIFO    = 1
	DT_CHR     = 2
	DT_DIR     = 4
	DT_BLK     = 6
	DT_REG     = 8
	DT_LNK     = 10
	DT_SOCK    = 12

	AT_FDCWD            = -0x64
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100
)

// Stdin, Stdout and Stderr are the standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// An Errno is a kernel error number; its Error text is gc's.
type Errno uintptr

func (e Errno) Error() string {
	if s := errnoText(e); s != "" {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is reports whether e is one of the portable errors of package io/fs.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether retrying the call may succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether e is a time-out.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// itoa is the runtime's decimal formatting (runtime/panic.go), shared rather than
// written twice into every binary.
func itoa(v int) string

func errnoErr(e uintptr) error {
	if e == 0 {
		return nil
	}
	return Errno(e)
}

// Syscall makes system call trap; it exists for programs that call the
// kernel directly.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2, e := blockingSyscall6(trap, a1, a2, a3, 0, 0, 0)
	return r1, r2, Errno(e)
}

// Syscall6 is Syscall with six arguments.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2, e := blockingSyscall6(trap, a1, a2, a3, a4, a5, a6)
	return r1, r2, Errno(e)
}

// BytePtrFromString returns a pointer to a NUL-terminated copy of s; it
// fails with EINVAL when s holds a NUL byte.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// ByteSliceFromString returns a NUL-terminated copy of s.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

func bufPtr(p []byte) uintptr {
	return uintptr(unsafe.Pointer(unsafe.SliceData(p)))
}

// runtime_waitRead returns when reading fd will not block the other goroutines
// (provided by the runtime).
func runtime_waitRead(fd int)

// The runtime's bracket around a system call that may block: meanwhile other
// goroutines may run on other threads.
func runtime_entersyscall()
func runtime_exitsyscall()

// blockingSyscall6 makes a system call that may take long (pipes, terminals,
// FIFOs, disks) without holding up the other goroutines.
func blockingSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr) {
	runtime_entersyscall()
	r1, r2, errno = rawSyscall6(trap, a1, a2, a3, a4, a5, a6)
	runtime_exitsyscall()
	return r1, r2, errno
}

// Read reads up to len(p) bytes from fd.
func Read(fd int, p []byte) (n int, err error) {
	runtime_waitRead(fd)
	r, _, e := blockingSyscall6(SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)), 0, 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Write writes all of p to fd, retrying short writes.
func Write(fd int, p []byte) (n int, err error) {
	for n < len(p) {
		r, _, e := blockingSyscall6(SYS_WRITE, uintptr(fd), bufPtr(p)+uintptr(n), uintptr(len(p)-n), 0, 0, 0)
		if e != 0 {
			if e == uintptr(EINTR) {
				continue
			}
			return n, Errno(e)
		}
		n += int(r)
	}
	return n, nil
}

// Pread reads from fd at offset off, leaving the file offset alone.
func Pread(fd int, p []byte, off int64) (n int, err error) {
	r, _, e := blockingSyscall6(SYS_PREAD64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(off), 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Pwrite writes to fd at offset off, leaving the file offset alone.
func Pwrite(fd int, p []byte, off int64) (n int, err error) {
	r, _, e := blockingSyscall6(SYS_PWRITE64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(off), 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Open opens path with the given flags and permission bits.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return -1, err
	}
	for {
		r, _, e := blockingSyscall6(SYS_OPENAT, atFDCWD, bufPtr(p), uintptr(mode), uintptr(perm), 0, 0)
		if e == uintptr(EINTR) {
			continue
		}
		if e != 0 {
			return -1, Errno(e)
		}
		return int(r), nil
	}
}

// Close closes fd.
func Close(fd int) error {
	_, _, e := rawSyscall6(SYS_CLOSE, uintptr(fd), 0, 0, 0, 0, 0)
	return errnoErr(e)
}

// Seek sets fd's offset for the next Read or Write.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := rawSyscall6(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence), 0, 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int64(r), nil
}

// Fsync flushes fd's data to storage.
func Fsync(fd int) error {
	_, _, e := blockingSyscall6(SYS_FSYNC, uintptr(fd), 0, 0, 0, 0, 0)
	return errnoErr(e)
}

// Ftruncate changes the size of the file open as fd.
func Ftruncate(fd int, length int64) error {
	_, _, e := rawSyscall6(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0, 0, 0, 0)
	return errnoErr(e)
}

// Fchmod changes the mode of the file open as fd.
func Fchmod(fd int, mode uint32) error {
	_, _, e := rawSyscall6(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0, 0, 0, 0)
	return errnoErr(e)
}

// Chmod changes the mode of the file at path.
func Chmod(path string, mode uint32) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_FCHMODAT, atFDCWD, bufPtr(p), uintptr(mode), 0, 0, 0)
	return errnoErr(e)
}

// Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time as seconds and nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time in nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Stat_t is the kernel's struct stat on amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// Fstat describes the file open as fd.
func Fstat(fd int, st *Stat_t) error {
	_, _, e := rawSyscall6(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(st)), 0, 0, 0, 0)
	return errnoErr(e)
}

func fstatat(path string, st *Stat_t, flags int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_NEWFSTATAT, atFDCWD, bufPtr(p), uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

// Stat describes the file at path, following symbolic links.
func Stat(path string, st *Stat_t) error { return fstatat(path, st, 0) }

// Lstat describes the file at path itself, even a symbolic link.
func Lstat(path string, st *Stat_t) error { return fstatat(path, st, AT_SYMLINK_NOFOLLOW) }

// Getdents reads directory entries (struct linux_dirent64) of fd into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := rawSyscall6(SYS_GETDENTS64, uintptr(fd), bufPtr(buf), uintptr(len(buf)), 0, 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Mkdir creates the directory path.
func Mkdir(path string, mode uint32) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_MKDIRAT, atFDCWD, bufPtr(p), uintptr(mode), 0, 0, 0)
	return errnoErr(e)
}

func unlinkat(path string, flags int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_UNLINKAT, atFDCWD, bufPtr(p), uintptr(flags), 0, 0, 0)
	return errnoErr(e)
}

// Unlink removes the file path.
func Unlink(path string) error { return unlinkat(path, 0) }

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return unlinkat(path, AT_REMOVEDIR) }

// Rename renames oldpath to newpath.
func Rename(oldpath, newpath string) error {
	o, err := ByteSliceFromString(oldpath)
	if err != nil {
		return err
	}
	n, err := ByteSliceFromString(newpath)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_RENAMEAT, atFDCWD, bufPtr(o), atFDCWD, bufPtr(n), 0, 0)
	return errnoErr(e)
}

// Link makes newpath a hard link to oldpath.
func Link(oldpath, newpath string) error {
	o, err := ByteSliceFromString(oldpath)
	if err != nil {
		return err
	}
	n, err := ByteSliceFromString(newpath)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_LINKAT, atFDCWD, bufPtr(o), atFDCWD, bufPtr(n), 0, 0)
	return errnoErr(e)
}

// Symlink makes newpath a symbolic link to oldpath.
func Symlink(oldpath, newpath string) error {
	o, err := ByteSliceFromString(oldpath)
	if err != nil {
		return err
	}
	n, err := ByteSliceFromString(newpath)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_SYMLINKAT, bufPtr(o), atFDCWD, bufPtr(n), 0, 0, 0)
	return errnoErr(e)
}

// Readlink reads the target of the symbolic link path into buf.
func Readlink(path string, buf []byte) (n int, err error) {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return -1, err
	}
	r, _, e := rawSyscall6(SYS_READLINKAT, atFDCWD, bufPtr(p), bufPtr(buf), uintptr(len(buf)), 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Getcwd writes the current directory, NUL-terminated, into buf.
func Getcwd(buf []byte) (n int, err error) {
	r, _, e := rawSyscall6(SYS_GETCWD, bufPtr(buf), uintptr(len(buf)), 0, 0, 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Chdir changes the current directory.
func Chdir(path string) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_CHDIR, bufPtr(p), 0, 0, 0, 0, 0)
	return errnoErr(e)
}

func noErr(trap uintptr) int {
	r, _, _ := rawSyscall6(trap, 0, 0, 0, 0, 0, 0)
	return int(r)
}

// Getpid returns the process id.
func Getpid() int { return noErr(SYS_GETPID) }

// Getppid returns the parent's process id.
func Getppid() int { return noErr(SYS_GETPPID) }

// Getuid returns the real user id.
func Getuid() int { return noErr(SYS_GETUID) }

// Geteuid returns the effective user id.
func Geteuid() int { return noErr(SYS_GETEUID) }

// Getgid returns the real group id.
func Getgid() int { return noErr(SYS_GETGID) }

// Getegid returns the effective group id.
func Getegid() int { return noErr(SYS_GETEGID) }

// Utsname is the kernel's struct utsname.
type Utsname struct {
	Sysname    [65]int8
	Nodename   [65]int8
	Release    [65]int8
	Version    [65]int8
	Machine    [65]int8
	Domainname [65]int8
}

// Uname describes the running kernel and host.
func Uname(buf *Utsname) error {
	_, _, e := rawSyscall6(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0, 0, 0, 0)
	return errnoErr(e)
}

// Getrandom fills p with random bytes from the kernel.
func Getrandom(p []byte, flags int) (n int, err error) {
	r, _, e := rawSyscall6(SYS_GETRANDOM, bufPtr(p), uintptr(len(p)), uintptr(flags), 0, 0, 0)
	if e != 0 {
		return -1, Errno(e)
	}
	return int(r), nil
}

// Exit ends the process with the given status.
func Exit(code int) {
	rawSyscall6(SYS_EXIT_GROUP, uintptr(code), 0, 0, 0, 0, 0)
}

// atFDCWD is AT_FDCWD as a system call argument word.
const atFDCWD = ^uintptr(0x63)

// SYS_GETTIMEOFDAY is gettimeofday's system call number.
const SYS_GETTIMEOFDAY = 96

// Timeval is a time in seconds and microseconds.
type Timeval struct {
	Sec  int64
	Usec int64
}

// Gettimeofday reads the wall clock.
func Gettimeofday(tv *Timeval) error {
	_, _, e := rawSyscall6(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0, 0, 0, 0)
	return errnoErr(e)
}

// More system call numbers.
const (
	SYS_FCHOWN    = 93
	SYS_FCHOWNAT  = 260
	SYS_PIPE2     = 293
	SYS_GETGROUPS = 115
)

// Pipe2 creates a pipe: p[0] is the read end, p[1] the write end.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var fds [2]int32
	_, _, e := rawSyscall6(SYS_PIPE2, uintptr(unsafe.Pointer(&fds)), uintptr(flags), 0, 0, 0, 0)
	if e != 0 {
		return Errno(e)
	}
	p[0] = int(fds[0])
	p[1] = int(fds[1])
	return nil
}

// Pipe is Pipe2 without flags.
func Pipe(p []int) error { return Pipe2(p, 0) }

func fchownat(path string, uid, gid int, flags int) error {
	p, err := ByteSliceFromString(path)
	if err != nil {
		return err
	}
	_, _, e := rawSyscall6(SYS_FCHOWNAT, atFDCWD, bufPtr(p), uintptr(uid), uintptr(gid), uintptr(flags), 0)
	return errnoErr(e)
}

// Chown changes the owner of the file at path.
func Chown(path string, uid, gid int) error { return fchownat(path, uid, gid, 0) }

// Lchown changes the owner of path itself, even a symbolic link.
func Lchown(path string, uid, gid int) error {
	return fchownat(path, uid, gid, AT_SYMLINK_NOFOLLOW)
}

// Fchown changes the owner of the file open as fd.
func Fchown(fd int, uid, gid int) error {
	_, _, e := rawSyscall6(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid), 0, 0, 0)
	return errnoErr(e)
}

// Getgroups returns the supplementary group ids.
func Getgroups() (gids []int, err error) {
	var buf [256]uint32
	r, _, e := rawSyscall6(SYS_GETGROUPS, uintptr(len(buf)), uintptr(unsafe.Pointer(&buf)), 0, 0, 0, 0)
	if e != 0 {
		return nil, Errno(e)
	}
	gids = make([]int, r)
	for i := range gids {
		gids[i] = int(buf[i])
	}
	return gids, nil
}

// Getpagesize returns the memory page size.
func Getpagesize() int { return 4096 }
