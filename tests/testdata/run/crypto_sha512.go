package main

import (
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", strings.Repeat("a", 111), strings.Repeat("b", 112), strings.Repeat("c", 127), strings.Repeat("d", 128), strings.Repeat("0123456789", 123)} {
		fmt.Printf("%x\n%x\n", sha512.Sum512([]byte(s)), sha512.Sum384([]byte(s)))
		fmt.Printf("%x\n%x\n", sha512.Sum512_224([]byte(s)), sha512.Sum512_256([]byte(s)))
	}
	for _, mk := range []func() hash.Hash{sha512.New, sha512.New384, sha512.New512_224, sha512.New512_256} {
		h := mk()
		fmt.Println(h.Size(), h.BlockSize())
		for i := 0; i < 50; i++ {
			fmt.Fprintf(h, "chunk %d;", i)
		}
		fmt.Println(hex.EncodeToString(h.Sum(nil)))
		st, _ := h.(encoding.BinaryMarshaler).MarshalBinary()
		fmt.Printf("%x\n", st)
		h2 := mk()
		fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
		h.Write([]byte("more"))
		h2.Write([]byte("more"))
		fmt.Printf("%x\n%x\n", h.Sum(nil), h2.Sum(nil))
		h.Reset()
		fmt.Printf("%x\n", h.Sum([]byte{1, 2}))
	}
	fmt.Println(sha512.Size, sha512.Size384, sha512.Size224, sha512.Size256, sha512.BlockSize)
}
