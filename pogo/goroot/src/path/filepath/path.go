// Package filepath manipulates file name paths of the host (Unix: '/'
// separated) and walks file trees: gc's API except EvalSymlinks and
// Localize.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// Separators of Unix.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed. (It is not path's:
// gc's two packages have distinct error values.)
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll are the special results of walk functions.
var (
	SkipDir = fs.SkipDir
	SkipAll = fs.SkipAll
)

// Clean returns the shortest equivalent path (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// ToSlash and FromSlash are the identity on Unix.
func ToSlash(p string) string { return p }

// FromSlash is the identity on Unix.
func FromSlash(p string) string { return p }

// SplitList splits a PATH-style list; an empty string gives no elements.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split splits p after its last separator.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins the non-empty elements and cleans the result.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of p.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of p.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether p is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName is "" on Unix.
func VolumeName(p string) string { return "" }

// Match reports whether name matches the shell pattern.
func Match(pattern, name string) (matched bool, err error) {
	matched, err = path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return matched, err
}

// IsLocal reports whether p is non-empty, relative and stays inside its
// directory after cleaning.
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	p = Clean(p)
	return p != ".." && !strings.HasPrefix(p, "../")
}

// Abs returns an absolute form of p, joined to the working directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that leads from basepath to targpath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	fail := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	baseRooted := len(base) > 0 && base[0] == Separator
	targRooted := len(targ) > 0 && targ[0] == Separator
	if baseRooted != targRooted {
		return "", fail
	}
	// Walk both paths element by element while they agree.
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", fail
	}
	if b0 == bl {
		return targ[t0:], nil
	}
	// Climb out of the rest of base, then descend into the rest of targ.
	ups := strings.Count(base[b0:bl], string(Separator)) + 1
	var sb strings.Builder
	for i := 0; i < ups; i++ {
		if i > 0 {
			sb.WriteByte(Separator)
		}
		sb.WriteString("..")
	}
	if t0 != tl {
		sb.WriteByte(Separator)
		sb.WriteString(targ[t0:])
	}
	return Clean(sb.String()), nil
}

// WalkFunc is the function Walk calls for each file or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the tree rooted at root in lexical order, calling fn for
// each file and directory (root included).
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		// A second call reports the error reading the directory.
		err = fn(p, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		if err := walkDir(Join(p, d1.Name()), d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Walk walks the tree rooted at root in lexical order, calling fn with
// each file's FileInfo (from Lstat).
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := fn(p, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, fn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

// Glob returns the names of all files matching pattern (nil if none); I/O
// errors are ignored, a malformed pattern is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case string(Separator):
	default:
		dir = dir[0 : len(dir)-1]
	}
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	m, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range m {
		matches, err = glob(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

func glob(dir, pattern string, matches []string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil || !fi.IsDir() {
		return matches, nil
	}
	names, err := readDirNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if matched {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}
