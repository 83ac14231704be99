package main

import "fmt"

func main() {
	var a, b, c int
	var s, t string
	var r rune
	n, err := fmt.Sscanf("age: 42, name: bob", "age: %d, name: %s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("12345678", "%3d%2d%d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("abcdef", "%2s%3s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("ff 0x10 777 101", "%x %v %o %b", &a, &b, &c, &a)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("FF", "%X", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	fmt.Println(n, err, string(r))
	n, err = fmt.Sscanf("x y", "%c %c", &r, &a)
	fmt.Println(n, err, string(r), a)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf(`"hello, \"world\"" `+"`raw`", "%q %q", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	fmt.Println(n, err, s)
	var bs []byte
	n, err = fmt.Sscanf("474F", "%X", &bs)
	fmt.Println(n, err, string(bs))
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("  7  8", "%d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("3-4", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("true false", "%t %v", new(bool), new(bool))
	fmt.Println(n, err)
	n, err = fmt.Sscanf("(1,2)", "(%d,%d)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("key=val", "key=%s", &s)
	fmt.Println(n, err, s)
}
