package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// plainFS and plainFile hide everything but Open, and Read, Stat and Close.
type plainFS struct{ root fs.FS }

type plainFile struct{ f fs.File }

func (p plainFile) Read(b []byte) (int, error) { return p.f.Read(b) }
func (p plainFile) Stat() (fs.FileInfo, error) { return p.f.Stat() }
func (p plainFile) Close() error               { return p.f.Close() }
func (p plainFS) Open(name string) (fs.File, error) {
	f, err := p.root.Open(name)
	if err != nil {
		return nil, err
	}
	return plainFile{f}, nil
}

func main() {
	dir, err := os.MkdirTemp("", "pogo-dirfs-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, f := range []string{"a.txt", "sub/b.txt", "sub/deeper/c.txt", "z/empty/.keep"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte("contents of "+f), 0644)
	}
	fsys := os.DirFS(dir)

	data, err := fs.ReadFile(fsys, "sub/b.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "missing.txt")
	fmt.Println(err)
	_, err = fs.ReadFile(fsys, "../escape")
	fmt.Println(err)
	_, err = fsys.Open("/abs")
	fmt.Println(err)

	entries, err := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(err)
	info, err := fs.Stat(fsys, "sub/deeper/c.txt")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	_, err = fs.Stat(fsys, "nope")
	fmt.Println(err)

	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk:", p, d.IsDir())
		if d.Name() == "z" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println(err)

	// The generic paths of ReadFile and ReadDir, through Open only.
	p := plainFS{fsys}
	data, err = fs.ReadFile(p, "a.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadDir(p, "sub")
	fmt.Println(err)
	info, err = fs.Stat(p, "a.txt")
	fmt.Println(info.Name(), err)
	f, _ := fsys.Open("a.txt")
	all, _ := io.ReadAll(f)
	f.Close()
	fmt.Println(string(all))
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("a/../b"), fs.ValidPath("/a"), fs.ValidPath("."), fs.ValidPath(""), fs.ValidPath("a/"))
}

func init() {
	dir, err := os.MkdirTemp("", "pogo-fsglob-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, f := range []string{"a.go", "b.txt", "sub/c.go", "sub/d.go", "sub/inner/e.go", "other/f.go"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte(f), 0644)
	}
	fsys := os.DirFS(dir)
	for _, pat := range []string{"*.go", "*/*.go", "sub/*", "[", "nothing", "b.txt", "*/inner/*.go"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("Glob(%q) = %q %v\n", pat, m, err)
	}
	sub, err := fs.Sub(fsys, "sub")
	fmt.Println(err)
	data, err := fs.ReadFile(sub, "c.go")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(sub, "missing.go")
	fmt.Println(err)
	m, err := fs.Glob(sub, "*.go")
	fmt.Println(m, err)
	entries, err := fs.ReadDir(sub, ".")
	for _, e := range entries {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	_, err = fs.Sub(fsys, "../x")
	fmt.Println(err)
	inner, _ := fs.Sub(sub, "inner")
	data, err = fs.ReadFile(inner, "e.go")
	fmt.Printf("%q %v\n", data, err)
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("sub walk:", p, d.IsDir())
		return nil
	})
}
