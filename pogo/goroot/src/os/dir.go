package os

import (
	"io"
	"syscall"
)

// dirState is a directory being read: a buffer of linux_dirent64 records.
type dirState struct {
	buf  []byte
	pos  int
	end  int
	done bool
}

// dirEntry is a DirEntry read from a directory.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }

func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func (d *dirEntry) String() string {
	mode := d.typ.String()
	return mode[:len(mode)-9] + " " + d.name + dirSlash(d.IsDir())
}

func dirSlash(dir bool) string {
	if dir {
		return "/"
	}
	return ""
}

func dtToMode(t byte) (FileMode, bool) {
	switch t {
	case syscall.DT_REG:
		return 0, true
	case syscall.DT_DIR:
		return ModeDir, true
	case syscall.DT_LNK:
		return ModeSymlink, true
	case syscall.DT_FIFO:
		return ModeNamedPipe, true
	case syscall.DT_SOCK:
		return ModeSocket, true
	case syscall.DT_BLK:
		return ModeDevice, true
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice, true
	}
	return 0, false
}

// nextEntry returns the next entry other than "." and "..", or ok false at
// the end of the directory.
func (f *File) nextEntry() (name string, typ byte, ok bool, err error) {
	if f.dir == nil {
		f.dir = &dirState{buf: make([]byte, 8192)}
	}
	d := f.dir
	for {
		if d.pos >= d.end {
			if d.done {
				return "", 0, false, nil
			}
			n, e := syscall.Getdents(f.fd, d.buf)
			if e == syscall.EINTR {
				continue
			}
			if e != nil {
				return "", 0, false, &PathError{Op: "readdirent", Path: f.name, Err: e}
			}
			if n <= 0 {
				d.done = true
				return "", 0, false, nil
			}
			d.pos, d.end = 0, n
		}
		rec := d.buf[d.pos:d.end]
		reclen := int(rec[16]) | int(rec[17])<<8
		typ = rec[18]
		nameb := rec[19:reclen]
		k := 0
		for k < len(nameb) && nameb[k] != 0 {
			k++
		}
		d.pos += reclen
		name = string(nameb[:k])
		if name == "." || name == ".." {
			continue
		}
		return name, typ, true, nil
	}
}

// ReadDir reads up to n entries of the directory in directory order (all of
// them if n <= 0); with n > 0 it returns io.EOF at the end.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	var out []DirEntry
	for n <= 0 || len(out) < n {
		name, t, ok, err := f.nextEntry()
		if err != nil {
			return out, err
		}
		if !ok {
			break
		}
		e := &dirEntry{parent: f.name, name: name}
		mode, known := dtToMode(t)
		if !known {
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return out, err
			}
			e.info = info
			mode = info.Mode().Type()
		}
		e.typ = mode
		out = append(out, e)
	}
	if n > 0 && len(out) == 0 {
		return out, io.EOF
	}
	if out == nil {
		out = []DirEntry{}
	}
	return out, nil
}

// Readdirnames reads up to n names of the directory (all if n <= 0).
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	for n <= 0 || len(names) < n {
		name, _, ok, err := f.nextEntry()
		if err != nil {
			return names, err
		}
		if !ok {
			break
		}
		names = append(names, name)
	}
	if n > 0 && len(names) == 0 {
		return names, io.EOF
	}
	if names == nil {
		names = []string{}
	}
	return names, nil
}

// Readdir reads up to n FileInfos of the directory (all if n <= 0).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.Readdirnames(n)
	infos := make([]FileInfo, 0, len(names))
	for _, name := range names {
		info, lerr := Lstat(f.name + "/" + name)
		if IsNotExist(lerr) {
			continue
		}
		if lerr != nil {
			return infos, lerr
		}
		infos = append(infos, info)
	}
	return infos, err
}

// ReadDir reads the named directory and returns its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sortEntries(dirs)
	return dirs, err
}

// sortEntries sorts by name (insertion into a merge sort's runs would be
// more code than directories need; this is a plain merge sort).
func sortEntries(a []DirEntry) {
	if len(a) < 2 {
		return
	}
	tmp := make([]DirEntry, len(a))
	for width := 1; width < len(a); width *= 2 {
		for lo := 0; lo < len(a); lo += 2 * width {
			mid := lo + width
			if mid > len(a) {
				mid = len(a)
			}
			hi := lo + 2*width
			if hi > len(a) {
				hi = len(a)
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if a[j].Name() < a[i].Name() {
					tmp[k] = a[j]
					j++
				} else {
					tmp[k] = a[i]
					i++
				}
				k++
			}
			for i < mid {
				tmp[k] = a[i]
				i++
				k++
			}
			for j < hi {
				tmp[k] = a[j]
				j++
				k++
			}
		}
		copy(a, tmp)
	}
}
