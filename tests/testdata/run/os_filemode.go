package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	modes := []os.FileMode{
		0, 0644, 0755, 0777, 0400,
		os.ModeDir | 0755,
		os.ModeSymlink | 0777,
		os.ModeNamedPipe | 0600,
		os.ModeSocket | 0700,
		os.ModeDevice | os.ModeCharDevice | 0620,
		os.ModeDevice | 0660,
		os.ModeSetuid | 0755,
		os.ModeSetgid | os.ModeSticky | 0775,
		os.ModeAppend | os.ModeExclusive | os.ModeTemporary | 0600,
		os.ModeIrregular,
		fs.ModeDir | fs.ModeType,
		^os.FileMode(0),
	}
	for _, m := range modes {
		fmt.Printf("%-14s %011o dir=%-5v reg=%-5v perm=%v type=%v\n", m.String(), uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Println(fs.ModePerm, fs.ModeType == os.ModeType)
	fmt.Printf("%v %s %d\n", os.FileMode(0750), os.ModeDir|0700, os.ModeDir)
}
