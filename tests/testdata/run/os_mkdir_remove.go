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
	fmt.Println(label, strings.ReplaceAll(err.Error(), dir, "$TMP"))
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "pogo-os-mkdir-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	deep := filepath.Join(dir, "a", "b", "c", "d")
	show("MkdirAll:", os.MkdirAll(deep, 0755))
	show("MkdirAll again:", os.MkdirAll(deep, 0755))
	show("MkdirAll trailing slash:", os.MkdirAll(filepath.Join(dir, "x", "y")+"/", 0755))
	fi, _ := os.Stat(deep)
	fmt.Println(fi.IsDir(), fi.Mode().IsDir(), fi.Name())

	file := filepath.Join(dir, "a", "file")
	os.WriteFile(file, []byte("data"), 0644)
	show("MkdirAll over file:", os.MkdirAll(file, 0755))
	show("MkdirAll under file:", os.MkdirAll(filepath.Join(file, "sub"), 0755))

	show("Remove file:", os.Remove(file))
	fmt.Println("file exists:", exists(file))
	show("Remove empty dir:", os.Remove(deep))
	show("Remove non-empty dir:", os.Remove(filepath.Join(dir, "a")))

	for i := 0; i < 5; i++ {
		os.WriteFile(filepath.Join(dir, "a", "b", fmt.Sprintf("f%d", i)), []byte("x"), 0644)
	}
	show("RemoveAll:", os.RemoveAll(filepath.Join(dir, "a")))
	fmt.Println("a exists:", exists(filepath.Join(dir, "a")))
	show("RemoveAll missing:", os.RemoveAll(filepath.Join(dir, "nothing", "here")))
	show("RemoveAll empty:", os.RemoveAll(""))
	show("RemoveAll dot:", os.RemoveAll(filepath.Join(dir, "x")+"/."))
	fmt.Println("x exists:", exists(filepath.Join(dir, "x")))

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("left:", e.Name())
	}
}
