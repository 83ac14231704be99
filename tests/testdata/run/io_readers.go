package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	buf := make([]byte, 8)
	n, err := io.ReadFull(strings.NewReader("exactly8"), buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(strings.NewReader("short"), buf)
	fmt.Println(n, err)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("0123456789"), buf, 3)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("01"), buf, 3)
	fmt.Println(n, err)
	n, err = io.ReadAtLeast(strings.NewReader("01"), buf, 9)
	fmt.Println(n, err)

	lr := io.LimitReader(strings.NewReader("limited to ten bytes"), 10)
	all, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", all)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: 0}
	n, err = l.Read(buf)
	fmt.Println(n, err)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), bytes.NewReader([]byte("two ")), strings.NewReader("three"))
	for {
		n, err := mr.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	nested := io.MultiReader(io.MultiReader(strings.NewReader("a"), strings.NewReader("b")), strings.NewReader("c"))
	all, _ = io.ReadAll(nested)
	fmt.Println(string(all))

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee'd data"), &log)
	all, _ = io.ReadAll(tr)
	fmt.Println(string(all), "|", log.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println(sr.Size())
	all, _ = io.ReadAll(sr)
	fmt.Println(string(all))
	pos, err := sr.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	n, _ = sr.Read(buf[:3])
	fmt.Println(string(buf[:n]))
	pos, err = sr.Seek(-1, io.SeekEnd)
	fmt.Println(pos, err)
	_, err = sr.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = sr.Seek(0, 9)
	fmt.Println(err)
	n, err = sr.ReadAt(buf[:4], 6)
	fmt.Println(n, err, string(buf[:n]))
	n, err = sr.ReadAt(buf[:4], 20)
	fmt.Println(n, err)
	r, off, size := sr.Outer()
	fmt.Println(r != nil, off, size)

	rc := io.NopCloser(strings.NewReader("nop"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)
	all, _ = io.ReadAll(rc)
	fmt.Println(string(all))
}
