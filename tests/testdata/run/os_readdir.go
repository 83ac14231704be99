package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	dir, err := os.MkdirTemp("", "pogo-os-readdir-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, n := range []string{"zeta.txt", "alpha.go", "Mixed", "beta", "a.b.c"} {
		os.WriteFile(filepath.Join(dir, n), []byte(n), 0644)
	}
	os.Mkdir(filepath.Join(dir, "subdir"), 0755)
	os.Mkdir(filepath.Join(dir, "another"), 0700)
	os.Symlink("alpha.go", filepath.Join(dir, "link"))

	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		size := int64(-1)
		if err == nil && e.Type().IsRegular() {
			size = info.Size()
		}
		fmt.Printf("%-10s dir=%-5v type=%v size=%d\n", e.Name(), e.IsDir(), e.Type(), size)
	}

	// Reading in batches: each call returns at most n, then io.EOF.
	f, _ := os.Open(dir)
	total := 0
	var names []string
	for {
		batch, err := f.ReadDir(3)
		total += len(batch)
		for _, e := range batch {
			names = append(names, e.Name())
		}
		if err == io.EOF {
			fmt.Println("EOF after", total)
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		if len(batch) > 3 {
			fmt.Println("batch too large")
		}
	}
	f.Close()
	sort.Strings(names)
	fmt.Println(names)

	f, _ = os.Open(dir)
	all, err := f.Readdirnames(-1)
	sort.Strings(all)
	fmt.Println(all, err)
	again, err := f.Readdirnames(-1)
	fmt.Println(len(again), err)
	f.Close()

	empty := filepath.Join(dir, "subdir")
	entries, err = os.ReadDir(empty)
	fmt.Println(len(entries), entries == nil, err)
}
