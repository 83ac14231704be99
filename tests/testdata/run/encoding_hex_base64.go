package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data := []byte("pogo: Go in Python\x00\xff\x10")
	h := hex.EncodeToString(data)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Println(bytes.Equal(back, data), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Println(hex.EncodedLen(5), hex.DecodedLen(10), string(hex.AppendEncode([]byte("0x"), []byte{1, 171})))
	fmt.Print(hex.Dump(data))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("dumper streams "))
	d.Write([]byte("its input"))
	d.Close()
	var sb strings.Builder
	enc := hex.NewEncoder(&sb)
	enc.Write([]byte("AB"))
	dec, _ := io.ReadAll(hex.NewDecoder(strings.NewReader("4142")))
	fmt.Println(sb.String(), string(dec))

	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe"} {
			enc := e.EncodeToString([]byte(s))
			dec, err := e.DecodeString(enc)
			fmt.Printf("%q->%q ok=%v %v | ", s, enc, string(dec) == s, err)
		}
		fmt.Println(e.EncodedLen(10), e.DecodedLen(16))
	}
	_, err = base64.StdEncoding.DecodeString("Zm9v!")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("Zm9")
	fmt.Println(err)
	strict := base64.StdEncoding.Strict()
	_, err = strict.DecodeString("Zm9=")
	fmt.Println(err)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("custom")))
	var out bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &out)
	w.Write([]byte("streamed "))
	w.Write([]byte("through an encoder"))
	w.Close()
	fmt.Println(out.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(out.String()))
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err)
	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte("abc"))
	fmt.Println(string(dst), string(base64.StdEncoding.AppendEncode([]byte(">"), []byte("x"))))
}
