package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

// Small functions are inlined by both compilers; runtime.Caller, runtime.Callers and
// CallersFrames must still report every logical frame with its own name and line.

func line0() int {
	_, _, line, _ := runtime.Caller(0)
	return line
}

func line1() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func viaHelper() int { return line1() }

func stack() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s %s:%d inlined=%v", f.Function, filepath.Base(f.File), f.Line, f.Func == nil))
		if !more || f.Function == "main.main" {
			break
		}
	}
	return out
}

func level2() []string { return stack() }
func level1() []string { return level2() }

type T struct{ n int }

func (t T) frames() []string { return level1() }

func main() {
	fmt.Println("line0:", line0())
	fmt.Println("line1:", line1())
	fmt.Println("via helper:", viaHelper())
	for _, s := range level1() {
		fmt.Println(s)
	}
	fmt.Println("--")
	for _, s := range (T{1}).frames() {
		fmt.Println(s)
	}
}
