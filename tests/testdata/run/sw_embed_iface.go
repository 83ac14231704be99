package main

import (
	"errors"
	"fmt"
)

type Logger interface{ Log(string) string }

type prefixLog struct{ p string }

func (l prefixLog) Log(s string) string { return l.p + s }

type Service struct {
	Logger
	name string
}

type Stack struct {
	error
	depth int
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) int }

type file struct{ data []string }

func (f *file) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *file) Write(s string) int { f.data = append(f.data, s); return len(s) }

type wrapped struct {
	ReadWriter
	count int
}

func (w *wrapped) Write(s string) int { w.count++; return w.ReadWriter.Write("[" + s + "]") }

func main() {
	s := Service{prefixLog{"> "}, "svc"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	st := Stack{errors.New("boom"), 3}
	fmt.Println(st.Error(), st.depth)
	var e error = st
	fmt.Println(e)
	w := &wrapped{ReadWriter: &file{}}
	w.Write("a")
	w.Write("b")
	var rw ReadWriter = w
	rw.Write("c")
	fmt.Println(w.count, rw.Read(), rw.Read(), rw.Read(), rw.Read() == "")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var empty Service
	fmt.Println(empty.Log("x"))
}
