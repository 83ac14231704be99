package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "pogo-tmp-*-suffix")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	base := filepath.Base(dir)
	fmt.Println(strings.HasPrefix(base, "pogo-tmp-"), strings.HasSuffix(base, "-suffix"), len(base) > len("pogo-tmp--suffix"))
	fmt.Println(filepath.Dir(dir) == filepath.Clean(os.TempDir()))

	f, err := os.CreateTemp(dir, "note-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := filepath.Base(f.Name())
	fmt.Println(strings.HasPrefix(name, "note-"), strings.HasSuffix(name, ".txt"), filepath.Dir(f.Name()) == dir)
	f.WriteString("temporary")
	f.Seek(0, 0)
	buf := make([]byte, 20)
	n, _ := f.Read(buf)
	fmt.Println(string(buf[:n]))
	fi, _ := f.Stat()
	fmt.Println(fi.Mode())
	f.Close()

	f2, _ := os.CreateTemp(dir, "plain")
	fmt.Println(strings.HasPrefix(filepath.Base(f2.Name()), "plain"), f2.Name() != f.Name())
	f2.Close()

	d2, err := os.MkdirTemp(dir, "")
	fi, _ = os.Stat(d2)
	fmt.Println(err, fi.IsDir(), fi.Mode())

	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp(dir, "bad/*")
	fmt.Println(err)
	_, err = os.CreateTemp(filepath.Join(dir, "missing"), "x")
	fmt.Println(err != nil, os.IsNotExist(err))

	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
	os.Setenv("TMPDIR", "/some/where")
	fmt.Println(os.TempDir())
	os.Setenv("TMPDIR", "")
	fmt.Println(os.TempDir())
}
