package main

import (
	"encoding"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"strings"
)

func show(name string, h hash.Hash, in string) {
	io.WriteString(h, in)
	fmt.Printf("%-8s size=%d block=%d sum=%x\n", name, h.Size(), h.BlockSize(), h.Sum([]byte("pre:")))
	if h32, ok := h.(hash.Hash32); ok {
		fmt.Printf("%-8s sum32=%#08x\n", name, h32.Sum32())
	}
	if h64, ok := h.(hash.Hash64); ok {
		fmt.Printf("%-8s sum64=%#016x\n", name, h64.Sum64())
	}
	// Split the input across a marshal/unmarshal round trip and a clone.
	h.Reset()
	io.WriteString(h, in[:len(in)/2])
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic(err)
	}
	c, err := h.(hash.Cloner).Clone()
	if err != nil {
		panic(err)
	}
	h.Reset()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		panic(err)
	}
	io.WriteString(h, in[len(in)/2:])
	io.WriteString(c, in[len(in)/2:])
	fmt.Printf("%-8s resumed=%x cloned=%x\n", name, h.Sum(nil), c.Sum(nil))
	err = h.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("bogus"))
	fmt.Println(name, "bad state:", err != nil)
}

func main() {
	in := "The quick brown fox jumps over the lazy dog. " + strings.Repeat("pogo!", 3000)
	show("fnv32", fnv.New32(), in)
	show("fnv32a", fnv.New32a(), in)
	show("fnv64", fnv.New64(), in)
	show("fnv64a", fnv.New64a(), in)
	show("fnv128", fnv.New128(), in)
	show("fnv128a", fnv.New128a(), in)
	show("crc32", crc32.NewIEEE(), in)
	show("castagn", crc32.New(crc32.MakeTable(crc32.Castagnoli)), in)
	show("crc64iso", crc64.New(crc64.MakeTable(crc64.ISO)), in)
	show("crc64ecm", crc64.New(crc64.MakeTable(crc64.ECMA)), in)
	show("adler32", adler32.New(), in)
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")), crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Koopman)))
	fmt.Println(crc32.Update(crc32.ChecksumIEEE([]byte("hel")), crc32.IEEETable, []byte("lo")))
	fmt.Println(crc64.Checksum([]byte("hello"), crc64.MakeTable(crc64.ECMA)), adler32.Checksum([]byte("Wikipedia")))
	fmt.Println(adler32.Checksum([]byte(strings.Repeat("\xff", 100000))))
	var s32 hash.Hash32 = fnv.New32a()
	s32.Write([]byte("hello"))
	fmt.Println(s32.Sum32(), crc32.Size, crc64.Size, adler32.Size)
}
