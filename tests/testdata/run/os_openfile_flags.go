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

func content(name string) {
	b, err := os.ReadFile(name)
	fmt.Printf("  content %q %v\n", b, err)
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "pogo-os-flags-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "log.txt")

	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	show("create excl:", err)
	f.WriteString("one\n")
	f.Close()
	_, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	show("create excl again:", err)
	fmt.Println("IsExist:", os.IsExist(err))

	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	show("append:", err)
	f.WriteString("two\n")
	_, err = f.WriteAt([]byte("x"), 0)
	show("WriteAt on append:", err)
	f.Close()
	content(name)

	f, _ = os.OpenFile(name, os.O_RDWR, 0)
	f.WriteAt([]byte("ONE"), 0)
	f.Seek(0, 2)
	f.WriteString("three\n")
	f.Close()
	content(name)

	f, _ = os.OpenFile(name, os.O_WRONLY|os.O_TRUNC, 0)
	f.WriteString("fresh")
	f.Close()
	content(name)

	show("Truncate:", os.Truncate(name, 3))
	content(name)
	show("Truncate missing:", os.Truncate(filepath.Join(dir, "zz"), 3))

	fi, _ := os.Stat(name)
	fmt.Println("mode:", fi.Mode(), fi.Mode().Perm())
	show("Chmod:", os.Chmod(name, 0640))
	fi, _ = os.Stat(name)
	fmt.Println("mode:", fi.Mode())
	os.WriteFile(filepath.Join(dir, "exec"), []byte("#!/bin/sh\n"), 0700)
	fi, _ = os.Stat(filepath.Join(dir, "exec"))
	fmt.Println("exec mode:", fi.Mode(), fi.Size())
	fi, _ = os.Stat(dir)
	fmt.Println("dir mode:", fi.Mode(), fi.IsDir())

	_, err = os.OpenFile(filepath.Join(dir, "nodir", "f"), os.O_CREATE|os.O_WRONLY, 0644)
	show("create in missing dir:", err)
	_, err = os.Create(dir)
	show("create on dir:", err)
}
