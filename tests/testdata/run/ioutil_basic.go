package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	b, err := ioutil.ReadAll(strings.NewReader("hello, ioutil"))
	fmt.Println(string(b), err)

	n, err := io.Copy(ioutil.Discard, strings.NewReader("discarded bytes"))
	fmt.Println(n, err)
	fmt.Fprintf(ioutil.Discard, "nothing %d", 1)

	rc := ioutil.NopCloser(strings.NewReader("nop"))
	data, _ := ioutil.ReadAll(rc)
	fmt.Println(string(data), rc.Close())

	dir, err := ioutil.TempDir("", "ioutiltest")
	if err != nil {
		fmt.Println("tempdir:", err)
		return
	}
	defer os.RemoveAll(dir)
	for i, name := range []string{"zeta.txt", "alpha.txt", "mid.txt"} {
		p := filepath.Join(dir, name)
		if err := ioutil.WriteFile(p, []byte(strings.Repeat("x", i*10+1)), 0o644); err != nil {
			fmt.Println("write:", err)
		}
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	got, err := ioutil.ReadFile(filepath.Join(dir, "mid.txt"))
	fmt.Println(len(got), err)

	infos, err := ioutil.ReadDir(dir)
	fmt.Println(len(infos), err)
	for _, fi := range infos {
		if fi.IsDir() {
			fmt.Println(fi.Name(), "dir", fi.Mode().IsDir())
		} else {
			fmt.Println(fi.Name(), fi.Size(), fi.Mode().IsRegular(), fi.Mode().Perm())
		}
	}

	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))
	_, err = ioutil.ReadDir(filepath.Join(dir, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))

	f, err := ioutil.TempFile(dir, "tmp*.dat")
	if err != nil {
		fmt.Println("tempfile:", err)
		return
	}
	fmt.Println(strings.HasPrefix(filepath.Base(f.Name()), "tmp"), strings.HasSuffix(f.Name(), ".dat"))
	f.WriteString("temp content")
	f.Close()
	got, _ = ioutil.ReadFile(f.Name())
	fmt.Println(string(got))
}
