package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "iou")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	for _, name := range []string{"b.txt", "a.txt", "c.txt"} {
		if err := ioutil.WriteFile(filepath.Join(dir, name), []byte("data "+name), 0o644); err != nil {
			panic(err)
		}
	}
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Println(fi.Name(), fi.Size(), fi.IsDir())
	}
	b, err := ioutil.ReadFile(filepath.Join(dir, "a.txt"))
	fmt.Printf("%q %v\n", b, err)
	all, _ := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("reader")))
	fmt.Println(string(all))
	n, _ := fmt.Fprint(ioutil.Discard, "gone")
	fmt.Println(n)
	f, err := ioutil.TempFile(dir, "x*.tmp")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".tmp"))
	f.Close()
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
	_, err = ioutil.ReadDir(filepath.Join(dir, "missing"))
	fmt.Println(err != nil)
}
