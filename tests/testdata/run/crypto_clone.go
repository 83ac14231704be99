package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
)

func main() {
	for _, mk := range []func() hash.Hash{md5.New, sha1.New, sha256.New, sha512.New} {
		h := mk()
		h.Write([]byte("shared prefix "))
		c, err := h.(hash.Cloner).Clone()
		fmt.Println(err)
		h.Write([]byte("one"))
		c.Write([]byte("two"))
		fmt.Printf("%x\n%x\n", h.Sum(nil), c.Sum(nil))
	}
}
