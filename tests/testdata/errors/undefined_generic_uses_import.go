package main

import (
	"errors"
	"io/fs"
)

func main() {
	var p, ok = errors.Nope[*fs.Nope, map[int]fs.FileMode](nil); println(p, ok)
}
