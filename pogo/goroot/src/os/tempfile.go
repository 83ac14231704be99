package os

import (
	"errors"
	"syscall"
)

var errPatternHasSeparator = errors.New("pattern contains path separator")

// randomName returns a random decimal number, like gc's temporary names.
func randomName() string {
	var b [4]byte
	syscall.Getrandom(b[:], 0)
	v := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	var d [10]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(d[i:])
}

// splitPattern splits pattern at its last '*' into prefix and suffix.
func splitPattern(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinTemp(dir, name string) string {
	if dir == "" {
		dir = TempDir()
	}
	if dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new file in dir (TempDir if empty) whose name is
// pattern with its last '*' (or its end) replaced by a random number.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := joinTemp(dir, prefix+randomName()+suffix)
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir if empty) named like
// CreateTemp's files, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := splitPattern(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := joinTemp(dir, prefix+randomName()+suffix)
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		if IsNotExist(err) {
			if _, serr := Stat(dir); IsNotExist(serr) {
				return "", err
			}
		}
		return "", err
	}
}
