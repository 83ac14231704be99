// Package ioutil keeps the old helpers that Go 1.16 moved to io and os; each one
// here forwards to its new home.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// Discard is io.Discard.
var Discard io.Writer = io.Discard

// ReadAll reads r to its end (io.ReadAll).
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile returns the named file's contents (os.ReadFile).
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile writes data to the named file, creating it with perm if needed (os.WriteFile).
func WriteFile(filename string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(filename, data, perm)
}

// NopCloser gives r a Close method that does nothing (io.NopCloser).
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// TempFile creates a new temporary file (os.CreateTemp).
func TempFile(dir, pattern string) (*os.File, error) { return os.CreateTemp(dir, pattern) }

// TempDir creates a new temporary directory (os.MkdirTemp).
func TempDir(dir, pattern string) (string, error) { return os.MkdirTemp(dir, pattern) }

// ReadDir lists the named directory as FileInfos sorted by file name; unlike
// os.ReadDir each entry has been stat'ed.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	infos, err := f.Readdir(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	return infos, nil
}
