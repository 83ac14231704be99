// Checks conversions []byte(string) and string([]byte): copies are independent of each other.
package main

import "fmt"

func rot13(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return string(b)
}

func main() {
	s := "Hello"
	b := []byte(s)
	fmt.Println(len(b), b[0], b[4])
	b[0] = 'J'
	fmt.Println(s, string(b))
	t := string(b)
	b[1] = 'E'
	fmt.Println(t, string(b))
	fmt.Println(rot13("Hello, World"), rot13(rot13("Round Trip")))
	empty := []byte("")
	fmt.Println(len(empty), "["+string(empty)+"]")
	var nilBytes []byte
	fmt.Println("[" + string(nilBytes) + "]")
	b2 := append([]byte("abc"), "def"...)
	fmt.Println(string(b2), len(b2))
	b3 := append(b2[:2], 'Z')
	fmt.Println(string(b3), string(b2))
	fmt.Println(string(b2[1:4]))
}
