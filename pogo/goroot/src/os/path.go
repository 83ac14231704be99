package os

import "syscall"

// Mkdir creates a directory with the given permissions (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := syscall.Mkdir(name, syscallMode(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents; an existing
// directory is not an error.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	// Create the parent first: drop trailing slashes, then the last element.
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	start := end
	for start > 0 && path[start-1] != '/' {
		start--
	}
	if start > 1 {
		if err := MkdirAll(path[:start-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		if dir, err1 := Lstat(path); err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	e := syscall.Unlink(name)
	if e == nil {
		return nil
	}
	e1 := syscall.Rmdir(name)
	if e1 == nil {
		return nil
	}
	// rmdir of a non-directory says ENOTDIR: then unlink's error is the real one.
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// RemoveAll removes path and everything it contains; a missing path is not
// an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	return removeAll(path)
}

func removeAll(path string) error {
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	fi, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !fi.IsDir() {
		return err
	}
	f, oerr := Open(path)
	if oerr != nil {
		if IsNotExist(oerr) {
			return nil
		}
		return oerr
	}
	names, rerr := f.Readdirnames(-1)
	f.Close()
	var first error
	for _, name := range names {
		if e := removeAll(path + "/" + name); e != nil && first == nil {
			first = e
		}
	}
	if rerr != nil && first == nil {
		first = rerr
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	if first != nil {
		return first
	}
	return err
}

// Rename moves oldpath to newpath, replacing a file at newpath.
func Rename(oldpath, newpath string) error {
	if fi, err := Lstat(newpath); err == nil && fi.IsDir() {
		ofi, oerr := Lstat(oldpath)
		if oerr != nil {
			if pe, ok := oerr.(*PathError); ok {
				oerr = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, oerr}
		}
		if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := syscall.Rename(oldpath, newpath); e != nil {
		return &LinkError{"rename", oldpath, newpath, e}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	if e := syscall.Link(oldname, newname); e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := syscall.Symlink(oldname, newname); e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// Readlink returns the target of the named symbolic link.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		k, e := syscall.Readlink(name, b)
		if e != nil {
			return "", &PathError{Op: "readlink", Path: name, Err: e}
		}
		if k < n {
			return string(b[:k]), nil
		}
	}
}

// Getwd returns a rooted name of the current directory; $PWD when it names
// the same directory as ".".
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		if d, err := Stat(pwd); err == nil && SameFile(dot, d) {
			return pwd, nil
		}
	}
	for n := 256; ; n *= 2 {
		b := make([]byte, n)
		k, e := syscall.Getcwd(b)
		if e == syscall.ERANGE {
			continue
		}
		if e != nil {
			return "", NewSyscallError("getwd", e)
		}
		if k > 0 && b[k-1] == 0 {
			k--
		}
		return string(b[:k]), nil
	}
}

// Chdir changes the current directory.
func Chdir(dir string) error {
	if e := syscall.Chdir(dir); e != nil {
		return &PathError{Op: "chdir", Path: dir, Err: e}
	}
	return nil
}

// Chdir makes the open directory f the current directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	return Chdir(f.name)
}

// TempDir returns $TMPDIR, or /tmp when it is empty.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		return "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", newError("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", newError("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		return dir + "/.cache", nil
	}
	if dir[0] != '/' {
		return "", newError("path in $XDG_CACHE_HOME is relative")
	}
	return dir, nil
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", newError("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		return dir + "/.config", nil
	}
	if dir[0] != '/' {
		return "", newError("path in $XDG_CONFIG_HOME is relative")
	}
	return dir, nil
}
