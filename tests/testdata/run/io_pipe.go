package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	r, w := io.Pipe()
	go func() {
		fmt.Fprint(w, "some io.Reader stream to be read\n")
		w.Write([]byte("second line\nthird"))
		w.Close()
	}()
	buf := make([]byte, 5)
	var sb strings.Builder
	for {
		n, err := r.Read(buf)
		sb.Write(buf[:n])
		if err != nil {
			fmt.Println("read err:", err, n)
			break
		}
	}
	fmt.Printf("%q\n", sb.String())

	// CloseWithError on the writer
	r2, w2 := io.Pipe()
	go func() {
		w2.Write([]byte("abc"))
		w2.CloseWithError(errors.New("boom"))
	}()
	data, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", data, err)

	// the reader closes: the writer sees the error
	r3, w3 := io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := w3.Write([]byte("hello world"))
		fmt.Println("write:", n, err)
		n, err = w3.Write([]byte("more"))
		fmt.Println("write again:", n, err)
		done <- true
	}()
	b := make([]byte, 4)
	n, _ := r3.Read(b)
	fmt.Printf("got %q\n", b[:n])
	r3.CloseWithError(errors.New("reader gone"))
	<-done
	n, err = r3.Read(b)
	fmt.Println("read after close:", n, err)

	// line by line through bufio
	r4, w4 := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w4, "line %d\n", i)
		}
		w4.Close()
	}()
	sc := bufio.NewScanner(r4)
	for sc.Scan() {
		fmt.Println(">", sc.Text())
	}
	w4.Close()
	_, err = w4.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
	// copy through a pipe
	r5, w5 := io.Pipe()
	go func() {
		io.Copy(w5, strings.NewReader(strings.Repeat("xyz", 1000)))
		w5.Close()
	}()
	all, err := io.ReadAll(r5)
	fmt.Println(len(all), err)
}
