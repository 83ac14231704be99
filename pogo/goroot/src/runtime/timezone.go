package runtime

import "unsafe"

// Services for package time's zone database: the TZ variable and reading
// zoneinfo files, with raw system calls (time cannot import os).

const (
	sysRead  = 0
	sysOpen  = 2
	sysClose = 3
)

// timeGetenv is time.getenv: the value of an environment variable.
//
//go:linkname timeGetenv time.getenv
func timeGetenv(key string) (string, bool) {
	envp := unsafe.Add(argv, (argc+1)*8)
	for i := 0; ; i++ {
		p := *(*unsafe.Pointer)(unsafe.Add(envp, i*8))
		if p == nil {
			return "", false
		}
		kv := gostringnocopy(p)
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
}

// timeReadFile is time.readFile: the contents of a file of at most 10 MB.
//
//go:linkname timeReadFile time.readFile
func timeReadFile(name string) ([]byte, bool) {
	path := make([]byte, len(name)+1)
	copy(path, name)
	const oRdonlyCloexec = 0x80000
	fd, e := syscall6(sysOpen, uintptr(unsafe.Pointer(&path[0])), oRdonlyCloexec, 0, 0, 0, 0)
	if e != 0 {
		return nil, false
	}
	var data []byte
	buf := make([]byte, 4096)
	ok := true
	for {
		n, e := syscall6(sysRead, fd, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0, 0, 0)
		if e == 4 { // EINTR
			continue
		}
		if e != 0 || len(data) > 10<<20 {
			ok = false
			break
		}
		if n == 0 {
			break
		}
		data = append(data, buf[:n]...)
	}
	syscall6(sysClose, fd, 0, 0, 0, 0, 0)
	return data, ok
}
