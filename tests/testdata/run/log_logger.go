package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "prefix: ", 0)
	l.Print("a", 1, 2, "b")
	l.Printf("formatted %d", 42)
	l.Println("with", "newline")
	l.Print("already ends with newline\n")
	l.Print()
	l.SetPrefix("[msg] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix before message")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)

	out := log.New(os.Stdout, "", 0)
	out.Println("to stdout")
	fmt.Println(out.Output(1, "via Output"))

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("standard logger")
	log.Printf("%q", "quoted")
	fmt.Println(log.Prefix(), log.Flags(), log.Writer() == os.Stdout, log.Default().Prefix())
	fmt.Println(log.LstdFlags, log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("panic %d", 7)
	}()
	d := log.New(os.Stdout, "x", log.LstdFlags)
	d.SetOutput(os.Stdout)
	log.SetOutput(os.Stderr)
	log.Fatalln("fatal goes to stderr", 3)
}
