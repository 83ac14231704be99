// Package ioutil keeps the deprecated I/O helpers older programs still use;
// each is a thin forward to its replacement in io or os.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// ReadAll reads r to EOF. Deprecated: use io.ReadAll.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile returns the contents of a file. Deprecated: use os.ReadFile.
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to a file, creating it with perm if needed.
// Deprecated: use os.WriteFile.
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// ReadDir returns the FileInfo of each entry of a directory, sorted by name.
// Deprecated: use os.ReadDir (which returns cheaper DirEntry values).
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	slices.SortFunc(list, func(a, b fs.FileInfo) int { return strings.Compare(a.Name(), b.Name()) })
	return list, nil
}

// NopCloser wraps r with a Close that does nothing. Deprecated: use io.NopCloser.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is a Writer that accepts everything. Deprecated: use io.Discard.
var Discard io.Writer = io.Discard

// TempFile creates a new temporary file. Deprecated: use os.CreateTemp.
func TempFile(dir, pattern string) (*os.File, error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory. Deprecated: use os.MkdirTemp.
func TempDir(dir, pattern string) (string, error) { return os.MkdirTemp(dir, pattern) }
