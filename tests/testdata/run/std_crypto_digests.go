package main

import (
	"crypto"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"fmt"
	"hash"
	"io"
	"strings"
)

func roundTrip(name string, mk func() hash.Hash, in string) {
	h := mk()
	io.WriteString(h, in)
	whole := h.Sum(nil)
	for _, cut := range []int{0, 1, 63, 64, 65, 127, 128, 129, len(in) / 2} {
		a := mk()
		io.WriteString(a, in[:cut])
		state, err := a.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			panic(err)
		}
		b := mk()
		if err := b.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
			panic(err)
		}
		c, _ := a.(hash.Cloner).Clone()
		io.WriteString(b, in[cut:])
		io.WriteString(c, in[cut:])
		if string(b.Sum(nil)) != string(whole) || string(c.Sum(nil)) != string(whole) {
			fmt.Println(name, "resume mismatch at", cut)
		}
	}
	fmt.Printf("%-11s %d %d %x\n", name, h.Size(), h.BlockSize(), whole)
	h.Reset()
	fmt.Printf("%-11s empty %x\n", name, h.Sum([]byte{0xEE}))
}

func main() {
	in := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 23)
	roundTrip("md5", md5.New, in)
	roundTrip("sha1", sha1.New, in)
	roundTrip("sha224", sha256.New224, in)
	roundTrip("sha256", sha256.New, in)
	roundTrip("sha384", sha512.New384, in)
	roundTrip("sha512", sha512.New, in)
	roundTrip("sha512/224", sha512.New512_224, in)
	roundTrip("sha512/256", sha512.New512_256, in)
	for _, n := range []int{0, 55, 56, 64, 111, 112, 128} {
		s := []byte(strings.Repeat("x", n))
		fmt.Printf("%d %x %x %x\n", n, md5.Sum(s), sha1.Sum(s), sha256.Sum224(s))
		fmt.Printf("%d %x %x\n", n, sha512.Sum384(s), sha512.Sum512_224(s))
		fmt.Printf("%d %x %x\n", n, sha256.Sum256(s), sha512.Sum512_256(s))
	}
	fmt.Printf("%x\n", sha512.Sum512([]byte("abc")))
	for _, h := range []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA256, crypto.SHA512_256, crypto.SHA3_256, crypto.BLAKE2b_512, 99} {
		if h == 99 {
			fmt.Println(h)
			continue
		}
		fmt.Println(h, h.Size(), h.Available(), h.HashFunc() == h)
		if h.Available() {
			d := h.New()
			d.Write([]byte("abc"))
			fmt.Printf("  %x\n", d.Sum(nil))
		}
	}
	var bad encoding.BinaryUnmarshaler = sha256.New().(encoding.BinaryUnmarshaler)
	fmt.Println(bad.UnmarshalBinary([]byte("sha\x03short")))
	fmt.Println(bad.UnmarshalBinary([]byte("nope")))
	defer func() { fmt.Println("recovered:", recover()) }()
	crypto.SHA3_512.New()
}
