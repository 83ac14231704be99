package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

// runtime.Caller, Callers, CallersFrames, FuncForPC, debug.Stack and log's file flags.

type T struct{}

func (T) where() string {
	_, file, line, ok := runtime.Caller(0)
	return fmt.Sprint(filepath.Base(file), ":", line, " ", ok)
}

//go:noinline
func outer() {
	pc, _, line, _ := runtime.Caller(1)
	fmt.Println("called from", runtime.FuncForPC(pc).Name(), line)
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			fmt.Println(f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			break
		}
	}
	for _, ln := range strings.Split(string(debug.Stack()), "\n") {
		if strings.HasPrefix(ln, "main.") || strings.HasPrefix(ln, "goroutine") {
			fmt.Println(ln[:strings.Index(ln+"(", "(")])
		}
	}
}

func main() {
	fmt.Println(T{}.where())
	func() {
		outer()
	}()
	fmt.Println(runtime.FuncForPC(0) == nil)
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println(ok)
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("short")
	l := log.New(os.Stdout, "p: ", log.Lshortfile|log.Lmsgprefix)
	l.Printf("with %s", "prefix")
	var buf strings.Builder
	log.SetOutput(&buf)
	log.SetFlags(log.Llongfile)
	log.Print("long")
	s := buf.String()
	fmt.Print(filepath.IsAbs(s), " ", s[strings.LastIndex(s, "/")+1:])
}
