package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

var dir string

// show prints an error with the temporary directory hidden.
func show(label string, err error) {
	if err == nil {
		fmt.Println(label, "<nil>")
		return
	}
	fmt.Printf("%s %T %s\n", label, err, strings.ReplaceAll(err.Error(), dir, "$TMP"))
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "pogo-os-err-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	_, err = os.Open("/definitely/not/here")
	show("open:", err)
	fmt.Println(os.IsNotExist(err), os.IsExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err, pe.Err == syscall.ENOENT)
	}

	sub := filepath.Join(dir, "sub")
	show("mkdir:", os.Mkdir(sub, 0755))
	err = os.Mkdir(sub, 0755)
	show("mkdir again:", err)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))

	os.WriteFile(filepath.Join(sub, "f"), []byte("x"), 0644)
	err = os.Remove(sub)
	show("remove non-empty:", err)
	fmt.Println(os.IsExist(err))
	show("remove missing:", os.Remove(filepath.Join(dir, "missing")))
	show("mkdir under file:", os.Mkdir(filepath.Join(sub, "f", "x"), 0755))
	show("stat missing:", func() error { _, err := os.Stat(filepath.Join(dir, "nope")); return err }())
	show("lstat missing:", func() error { _, err := os.Lstat(filepath.Join(dir, "nope")); return err }())
	show("readdir file:", func() error { _, err := os.ReadDir(filepath.Join(sub, "f")); return err }())
	show("chdir missing:", os.Chdir(filepath.Join(dir, "gone")))
	show("rename missing:", os.Rename(filepath.Join(dir, "a"), filepath.Join(dir, "b")))

	f, _ := os.Create(filepath.Join(dir, "c"))
	show("close:", f.Close())
	show("close twice:", f.Close())
	_, err = f.Write([]byte("x"))
	show("write closed:", err)
	fmt.Println(errors.Is(err, os.ErrClosed))
	_, err = f.Read(make([]byte, 1))
	show("read closed:", err)

	var nilFile *os.File
	_, err = nilFile.Read(nil)
	show("nil file:", err)
	fmt.Println(err == os.ErrInvalid)

	ro, _ := os.Open(filepath.Join(dir, "c"))
	_, err = ro.Write([]byte("x"))
	show("write read-only:", err)
	ro.Close()

	for _, e := range []syscall.Errno{syscall.EPERM, syscall.ENOENT, syscall.EACCES, syscall.EEXIST, syscall.ENOTDIR, syscall.EISDIR, syscall.EINVAL, syscall.ENOSPC, syscall.EAGAIN, syscall.ENOTEMPTY, 0, 200} {
		fmt.Printf("%d %q %v %v\n", int(e), e.Error(), e.Is(fs.ErrNotExist), e.Is(fs.ErrPermission))
	}
	fmt.Println(os.ErrInvalid, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrClosed)
	fmt.Println(os.IsPermission(syscall.EACCES), os.IsNotExist(syscall.ENOENT), os.IsNotExist(errors.New("x")))
	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}
	fmt.Println(le, errors.Unwrap(le) == syscall.EXDEV)
	se := os.NewSyscallError("getwd", syscall.ENOENT)
	fmt.Println(se, os.IsNotExist(se), os.NewSyscallError("x", nil) == nil)
}
