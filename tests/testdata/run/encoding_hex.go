package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := []byte("Hello Gopher!\x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc, hex.EncodedLen(len(src)), hex.DecodedLen(len(enc)))
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{1, 0xab, 0xCD}), string(dst))
	fmt.Printf("%s\n", hex.AppendEncode([]byte("x="), []byte{0xde, 0xad}))

	for _, s := range []string{"48656c6c6f", "DEADbeef", "", "abc", "zz", "0g", "a", "4x", "12 34"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v\n", s, b, err)
	}
	var ibe hex.InvalidByteError
	_, err := hex.DecodeString("12\u00e934")
	fmt.Println(errors.As(err, &ibe), err)
	fmt.Println(errors.Is(hex.ErrLength, hex.ErrLength), hex.InvalidByteError('\n'))
	out, err := hex.AppendDecode([]byte("<"), []byte("3e3e"))
	fmt.Printf("%q %v\n", out, err)
	n, err := hex.Decode(make([]byte, 4), []byte("0102zz"))
	fmt.Println(n, err)

	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.\n\tTabs\x01\x7f")))
	fmt.Printf("%q\n", hex.Dump(nil))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("in "))
	d.Write([]byte("several writes, "))
	d.Write([]byte("exactly 32 byte"))
	d.Close()
	d.Close()
	d = hex.Dumper(os.Stdout)
	d.Write(bytes.Repeat([]byte{'A'}, 16))
	d.Close()

	var sb strings.Builder
	e := hex.NewEncoder(&sb)
	e.Write([]byte("stream"))
	e.Write([]byte("ing"))
	fmt.Println(sb.String())
	dec := hex.NewDecoder(strings.NewReader("73747265616d"))
	all, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("616")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(hex.NewDecoder(strings.NewReader("61q2")))
	fmt.Printf("%q %v\n", all, err)
}
