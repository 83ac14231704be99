package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println(err, r.Name(), w.Name())
	fmt.Fprintf(w, "through the pipe %d\n", 42)
	w.WriteString("second write")
	w.Close()
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	n, err := r.Read(make([]byte, 1))
	fmt.Println(n, err)
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println(err)

	fmt.Println(os.Getpagesize())
	groups, err := os.Getgroups()
	fmt.Println(groups != nil || err == nil)
	exe, err := os.Executable()
	fmt.Println(filepath.IsAbs(exe), err, strings.Contains(filepath.Base(exe), "os_pipe_misc"))

	dir, _ := os.MkdirTemp("", "pogo-chown-")
	defer os.RemoveAll(dir)
	f, _ := os.Create(filepath.Join(dir, "f"))
	fmt.Println(f.Chown(os.Getuid(), os.Getgid()))
	fmt.Println(os.Chown(f.Name(), -1, -1), os.Lchown(f.Name(), -1, -1))
	err = os.Chown(filepath.Join(dir, "missing"), -1, -1)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$TMP"))
	f.Close()
	fmt.Println(strings.ReplaceAll(f.Chown(0, 0).Error(), dir, "$TMP"))
}
