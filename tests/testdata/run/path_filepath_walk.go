package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "pogo-walk-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := []string{"b/z.txt", "b/a.go", "a/deep/er/file", "a/x", "c", "skip/me", "skip/too/far"}
	for _, f := range files {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, []byte(f), 0644)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(dir, p)
		return r
	}

	fmt.Println("WalkDir:")
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "skip" {
			fmt.Println("  skipping", rel(p))
			return filepath.SkipDir
		}
		fmt.Printf("  %-16s dir=%v type=%v\n", rel(p), d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("err:", err)

	fmt.Println("Walk:")
	err = filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Printf("  %-16s size=%d dir=%v\n", rel(p), info.Size(), info.IsDir())
		if info.Name() == "deep" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println("err:", err)

	count := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		count++
		if count == 4 {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("SkipAll after", count, err)

	stop := errors.New("stop here")
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if strings.HasSuffix(p, "x") {
			return stop
		}
		return nil
	})
	fmt.Println(err == stop)

	err = filepath.WalkDir(filepath.Join(dir, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("called for", rel(p), d == nil, strings.ReplaceAll(err.Error(), dir, "$TMP"))
		return err
	})
	fmt.Println(os.IsNotExist(err))

	// Walking a single file visits just that file.
	filepath.WalkDir(filepath.Join(dir, "c"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("single:", rel(p), d.IsDir(), fs.FormatDirEntry(d))
		return nil
	})
}
