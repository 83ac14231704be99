package main

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>", "Many hands make light work."}
	encs := []struct {
		name string
		enc  *base64.Encoding
	}{
		{"Std", base64.StdEncoding},
		{"URL", base64.URLEncoding},
		{"RawStd", base64.RawStdEncoding},
		{"RawURL", base64.RawURLEncoding},
	}
	for _, e := range encs {
		for _, in := range inputs {
			s := e.enc.EncodeToString([]byte(in))
			back, err := e.enc.DecodeString(s)
			fmt.Printf("%-6s %-30q %-40q %v %v %d %d\n", e.name, in, s, string(back) == in, err, e.enc.EncodedLen(len(in)), e.enc.DecodedLen(len(s)))
		}
	}

	bad := []string{"Zm9v!", "Zm9", "Zm9vYg=", "Zm9vYg==Zm9v", "Z===", "=", "Zm9vYmFy\n", "Zm9v\r\nYmFy", "Zm\n9v", "Zm9vYg=\n=", "Zm9vYh==", "Zm9vYmE=", "Zm9vYmF="}
	for _, s := range bad {
		b, err := base64.StdEncoding.DecodeString(s)
		sb, serr := base64.StdEncoding.Strict().DecodeString(s)
		fmt.Printf("%-16q %q %v | strict %q %v\n", s, b, err, sb, serr)
	}
	b, err := base64.RawStdEncoding.DecodeString("Zm9vYg==")
	fmt.Printf("%q %v\n", b, err)

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	s := custom.EncodeToString([]byte("custom!"))
	back, err := custom.DecodeString(s)
	fmt.Println(s, string(back), err)
	fmt.Println(base64.StdEncoding.WithPadding(base64.NoPadding).EncodeToString([]byte("ab")))

	for _, f := range []func(){
		func() { base64.NewEncoding("short") },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.WithPadding('\n') },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}

	w := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	w.Write([]byte("streamed "))
	w.Write([]byte("in"))
	w.Write([]byte(" pieces"))
	w.Close()
	fmt.Println()
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("c3RyZWFt\nZWQgaW4g\r\ncGllY2Vz"))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(base64.NewDecoder(base64.RawURLEncoding, strings.NewReader("c3RyZWFtZWQ")))
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("c3RyZ")))
	fmt.Printf("%q %v\n", all, err)
	fmt.Printf("%s\n", base64.StdEncoding.AppendEncode([]byte("data:"), []byte("hi")))
	ad, err := base64.StdEncoding.AppendDecode([]byte("got "), []byte("aGk="))
	fmt.Printf("%s %v\n", ad, err)
}
