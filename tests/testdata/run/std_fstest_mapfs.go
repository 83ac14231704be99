package main

import (
	"fmt"
	"io"
	"io/fs"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"a.txt":         {Data: []byte("alpha")},
		"b/c.go":        {Data: []byte("package c")},
		"b/d/e.txt":     {Data: []byte("deep")},
		"empty":         {Mode: fs.ModeDir | 0o755},
		"b/d/f/g/h.txt": {Data: []byte("h")},
	}
	for _, name := range []string{".", "a.txt", "b", "b/d", "empty", "nope", "b/", "/a.txt", "b/d/f"} {
		entries, err := fs.ReadDir(fsys, name)
		var names []string
		for _, e := range entries {
			names = append(names, fs.FormatDirEntry(e))
		}
		info, serr := fs.Stat(fsys, name)
		if serr == nil {
			fmt.Printf("%q: %q %v | %s %d %v %v\n", name, names, err, info.Name(), info.Size(), info.Mode(), info.IsDir())
		} else {
			fmt.Printf("%q: %q %v | %v\n", name, names, err, serr)
		}
	}
	data, err := fs.ReadFile(fsys, "b/d/e.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "b")
	fmt.Println(err)
	for _, pat := range []string{"*", "*.txt", "b/*", "*/*/*.txt", "[", "b/d/*/*/*"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Println(pat, m, err)
	}
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d.IsDir(), err)
		return nil
	})
	sub, err := fs.Sub(fsys, "b")
	fmt.Println(err)
	data, err = fs.ReadFile(sub, "d/e.txt")
	fmt.Printf("%q %v\n", data, err)
	f, _ := fsys.Open("a.txt")
	buf := make([]byte, 3)
	n, err := f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	s := f.(io.Seeker)
	pos, err := s.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(f)
	fmt.Println(pos, err, string(rest))
	n, err = f.(io.ReaderAt).ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	_, err = s.Seek(-1, io.SeekStart)
	fmt.Println(err, f.Close())
	d, _ := fsys.Open("b")
	rd := d.(fs.ReadDirFile)
	for {
		es, err := rd.ReadDir(1)
		if err != nil {
			fmt.Println("readdir end:", err)
			break
		}
		fmt.Println("entry", es[0].Name(), es[0].IsDir())
	}
	_, err = d.Read(buf)
	fmt.Println(err)
}
