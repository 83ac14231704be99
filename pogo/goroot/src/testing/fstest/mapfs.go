// Package fstest holds helpers for testing file systems. pogo has MapFS, the
// in-memory file system programs and examples build trees with; TestFS is
// not there yet.
package fstest

import (
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// MapFS is an in-memory file system keyed by slash-separated paths.
// Directories exist implicitly when a path lies below them, or explicitly
// as an entry with fs.ModeDir.
type MapFS map[string]*MapFile

// A MapFile is one file (or explicit directory) of a MapFS.
type MapFile struct {
	Data    []byte
	Mode    fs.FileMode
	ModTime time.Time
	Sys     any
}

// fileInfo describes a MapFile under its base name.
type fileInfo struct {
	name string
	f    *MapFile
}

func (i *fileInfo) Name() string               { return path.Base(i.name) }
func (i *fileInfo) Size() int64                { return int64(len(i.f.Data)) }
func (i *fileInfo) Mode() fs.FileMode          { return i.f.Mode }
func (i *fileInfo) Type() fs.FileMode          { return i.f.Mode.Type() }
func (i *fileInfo) ModTime() time.Time         { return i.f.ModTime }
func (i *fileInfo) IsDir() bool                { return i.f.Mode&fs.ModeDir != 0 }
func (i *fileInfo) Sys() any                   { return i.f.Sys }
func (i *fileInfo) Info() (fs.FileInfo, error) { return i, nil }

// Open opens a file or a directory; directories list their entries sorted
// by name, implicit subdirectories with mode fs.ModeDir|0555.
func (fsys MapFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	file := fsys[name]
	if file != nil && file.Mode&fs.ModeDir == 0 {
		return &openFile{path: name, info: fileInfo{path.Base(name), file}}, nil
	}
	// A directory: gather the entries directly below name.
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	children := map[string]*fileInfo{}
	for fname, f := range fsys {
		if !strings.HasPrefix(fname, prefix) || fname == name {
			continue
		}
		rest := fname[len(prefix):]
		elem, below, nested := strings.Cut(rest, "/")
		if elem == "" {
			continue
		}
		if !nested && below == "" && f != nil {
			children[elem] = &fileInfo{elem, f}
		} else if children[elem] == nil {
			children[elem] = &fileInfo{elem, &MapFile{Mode: fs.ModeDir | 0o555}}
		}
	}
	if file == nil && len(children) == 0 && name != "." {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	entries := make([]*fileInfo, 0, len(children))
	for _, c := range children {
		entries = append(entries, c)
	}
	slices.SortFunc(entries, func(a, b *fileInfo) int { return strings.Compare(a.name, b.name) })
	if file == nil {
		file = &MapFile{Mode: fs.ModeDir | 0o555}
	}
	return &openDir{path: name, info: fileInfo{path.Base(name), file}, entries: entries}, nil
}

// ReadFile returns a copy of the file's data.
func (fsys MapFS) ReadFile(name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	of, ok := f.(*openFile)
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrInvalid}
	}
	return slices.Clone(of.info.f.Data), nil
}

// Stat describes the named file.
func (fsys MapFS) Stat(name string) (fs.FileInfo, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// ReadDir lists the named directory.
func (fsys MapFS) ReadDir(name string) ([]fs.DirEntry, error) {
	return fs.ReadDir(fsOnly{fsys}, name)
}

// Glob lists the paths matching pattern.
func (fsys MapFS) Glob(pattern string) ([]string, error) {
	return fs.Glob(fsOnly{fsys}, pattern)
}

// Sub returns the file system rooted at dir.
func (fsys MapFS) Sub(dir string) (fs.FS, error) {
	return fs.Sub(fsOnly{fsys}, dir)
}

// fsOnly hides MapFS's own Glob and Sub from the generic helpers, which
// would otherwise call back into them.
type fsOnly struct{ fs.FS }

type openFile struct {
	path   string
	info   fileInfo
	offset int64
}

func (f *openFile) Stat() (fs.FileInfo, error) { return &f.info, nil }
func (f *openFile) Close() error               { return nil }

func (f *openFile) Read(b []byte) (int, error) {
	data := f.info.f.Data
	if f.offset >= int64(len(data)) {
		return 0, io.EOF
	}
	if f.offset < 0 {
		return 0, &fs.PathError{Op: "read", Path: f.path, Err: fs.ErrInvalid}
	}
	n := copy(b, data[f.offset:])
	f.offset += int64(n)
	return n, nil
}

func (f *openFile) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekCurrent:
		offset += f.offset
	case io.SeekEnd:
		offset += int64(len(f.info.f.Data))
	}
	if offset < 0 || offset > int64(len(f.info.f.Data)) {
		return 0, &fs.PathError{Op: "seek", Path: f.path, Err: fs.ErrInvalid}
	}
	f.offset = offset
	return offset, nil
}

func (f *openFile) ReadAt(b []byte, offset int64) (int, error) {
	data := f.info.f.Data
	if offset < 0 || offset > int64(len(data)) {
		return 0, &fs.PathError{Op: "read", Path: f.path, Err: fs.ErrInvalid}
	}
	n := copy(b, data[offset:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

type openDir struct {
	path    string
	info    fileInfo
	entries []*fileInfo
	next    int
}

func (d *openDir) Stat() (fs.FileInfo, error) { return &d.info, nil }
func (d *openDir) Close() error               { return nil }

func (d *openDir) Read(b []byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.path, Err: fs.ErrInvalid}
}

// ReadDir returns the next count entries (all remaining when count <= 0).
func (d *openDir) ReadDir(count int) ([]fs.DirEntry, error) {
	rest := d.entries[d.next:]
	if count > 0 && len(rest) == 0 {
		return nil, io.EOF
	}
	if count > 0 && count < len(rest) {
		rest = rest[:count]
	}
	out := make([]fs.DirEntry, len(rest))
	for i, e := range rest {
		out[i] = e
	}
	d.next += len(rest)
	return out, nil
}
