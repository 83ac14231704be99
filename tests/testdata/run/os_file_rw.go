package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "pogo-os-rw-")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "data.txt")

	f, err := os.Create(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := f.WriteString("hello, world\n")
	fmt.Println("WriteString:", n, err)
	n, err = f.Write([]byte("second line\nthird line\n"))
	fmt.Println("Write:", n, err)
	fmt.Println("Name is path:", f.Name() == name)
	fmt.Println("Close:", f.Close())

	f, err = os.Open(name)
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 10)
	for {
		n, err := f.Read(buf)
		fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	off, err := f.Seek(7, io.SeekStart)
	fmt.Println("Seek:", off, err)
	n, err = f.Read(buf[:5])
	fmt.Printf("after seek %q %v\n", buf[:n], err)
	off, err = f.Seek(-5, io.SeekEnd)
	fmt.Println("SeekEnd:", off, err)
	off, err = f.Seek(0, io.SeekCurrent)
	fmt.Println("SeekCurrent:", off, err)

	n, err = f.ReadAt(buf[:6], 13)
	fmt.Printf("ReadAt %d %q %v\n", n, buf[:n], err)
	n, err = f.ReadAt(buf, 40)
	fmt.Printf("ReadAt near end %d %q %v\n", n, buf[:n], err)

	fi, err := f.Stat()
	fmt.Println("Stat:", fi.Name(), fi.Size(), fi.Mode().IsRegular(), fi.IsDir(), err)
	fmt.Println("Close:", f.Close())

	data, err := os.ReadFile(name)
	fmt.Printf("ReadFile %q %v\n", data, err)

	// Reading an empty file gives an empty, non-nil result.
	empty := filepath.Join(dir, "empty")
	fmt.Println(os.WriteFile(empty, nil, 0644))
	data, err = os.ReadFile(empty)
	fmt.Println(len(data), data != nil, err)
}
