package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog",
		strings.Repeat("x", 55), strings.Repeat("y", 56), strings.Repeat("z", 63), strings.Repeat("w", 64),
		strings.Repeat("0123456789", 100)}
	for _, s := range inputs {
		fmt.Printf("%x\n", md5.Sum([]byte(s)))
		fmt.Printf("%x\n", sha1.Sum([]byte(s)))
		fmt.Printf("%x\n", sha256.Sum256([]byte(s)))
		fmt.Printf("%x\n", sha256.Sum224([]byte(s)))
	}
	hs := []func() hash.Hash{md5.New, sha1.New, sha256.New, sha256.New224}
	for _, mk := range hs {
		h := mk()
		fmt.Println(h.Size(), h.BlockSize())
		// write in uneven pieces; Sum must not disturb the running state
		data := strings.Repeat("pogo hashes ", 37)
		for i := 0; i < len(data); i += 7 {
			end := i + 7
			if end > len(data) {
				end = len(data)
			}
			io.WriteString(h, data[i:end])
			if i == 70 {
				fmt.Printf("mid %x\n", h.Sum(nil))
			}
		}
		fmt.Printf("%x\n", h.Sum(nil))
		fmt.Printf("%X\n", h.Sum([]byte("prefix")))
		h.Reset()
		fmt.Fprintf(h, "%d", 42)
		fmt.Printf("%x\n", h.Sum(nil))
	}
	fmt.Println(md5.Size, sha1.Size, sha256.Size, sha256.Size224, md5.BlockSize, sha1.BlockSize, sha256.BlockSize)
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Println(sum[0], len(sum), fmt.Sprintf("%x", sum[:4]))
	var h32 hash.Hash32
	var h64 hash.Hash64
	fmt.Println(h32 == nil, h64 == nil)
}
