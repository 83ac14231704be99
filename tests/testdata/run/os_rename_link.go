package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var dir string

func show(label string, err error) {
	if err == nil {
		fmt.Println(label, "ok")
		return
	}
	fmt.Printf("%s %T %s\n", label, err, strings.ReplaceAll(err.Error(), dir, "$TMP"))
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "pogo-os-rename-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("AAA"), 0644)
	show("rename:", os.Rename(a, b))
	_, err = os.Stat(a)
	fmt.Println("old gone:", os.IsNotExist(err))
	data, _ := os.ReadFile(b)
	fmt.Println(string(data))

	os.WriteFile(a, []byte("new A"), 0644)
	show("rename over file:", os.Rename(a, b))
	data, _ = os.ReadFile(b)
	fmt.Println(string(data))

	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0755)
	show("rename file onto dir:", os.Rename(b, sub))
	show("rename missing onto dir:", os.Rename(a, sub))
	show("rename dir:", os.Rename(sub, filepath.Join(dir, "moved")))

	show("symlink:", os.Symlink("b.txt", filepath.Join(dir, "ln")))
	target, err := os.Readlink(filepath.Join(dir, "ln"))
	fmt.Println(target, err)
	fi, _ := os.Lstat(filepath.Join(dir, "ln"))
	fmt.Println(fi.Mode()&os.ModeSymlink != 0, fi.Mode().Type() == os.ModeSymlink)
	fi, _ = os.Stat(filepath.Join(dir, "ln"))
	fmt.Println(fi.Mode().IsRegular(), fi.Size())
	show("symlink exists:", os.Symlink("b.txt", filepath.Join(dir, "ln")))
	_, err = os.Readlink(b)
	show("readlink file:", err)

	show("link:", os.Link(b, filepath.Join(dir, "hard")))
	f1, _ := os.Stat(b)
	f2, _ := os.Stat(filepath.Join(dir, "hard"))
	f3, _ := os.Stat(filepath.Join(dir, "moved"))
	fmt.Println(os.SameFile(f1, f2), os.SameFile(f1, f3))
}
