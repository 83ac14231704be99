package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
)

func main() {
	for _, mk := range []func() hash.Hash{md5.New, sha1.New, sha256.New, sha256.New224} {
		h := mk()
		h.Write([]byte("The quick brown fox jumps over the lazy dog, and then some more text"))
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Printf("%x %v\n", state, err)
		h2 := mk()
		err = h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		fmt.Println(err)
		h.Write([]byte(" tail"))
		h2.Write([]byte(" tail"))
		fmt.Printf("%x\n%x\n", h.Sum(nil), h2.Sum(nil))
		fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("bogus")))
		fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(state[:10]))
	}
}
