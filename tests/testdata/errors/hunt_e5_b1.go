package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string)
}

type ReadWriter interface {
	Reader
	Writer
}

type File struct{ data string }

func (f *File) Read() string { return f.data }

func main() {
	var rw ReadWriter = &File{}
	var r Reader = File{}
	w := rw.(Writer)
	f := r.(*File)
	n := r.(int)
	var e error = "oops"
	fmt.Println(rw, r, w, f, n, e)
}
