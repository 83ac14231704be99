package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c世\xf0\x9f\x98"
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println(len(s))
	var count int
	for range "héllo" {
		count++
	}
	fmt.Println(count)
	t := "日本語"
	fmt.Println(t[0], t[1:4], len(t), string(t[3]), t[3:6] == "本")
	bs := []byte(t)
	fmt.Println(len(bs), bs[:3])
	fmt.Printf("%q %+q %x % x %X\n", s, t, t, "hi", []byte("hi"))
	const c = "constant"
	var arr [len(c)]int
	fmt.Println(len(arr), len(c), c[2:5])
	x := "abc"
	y := x
	x += "def"
	fmt.Println(x, y, x < y, "abc" < "abd", "" < "a", "Z" < "a")
	fmt.Println(string(rune('a'+1)), 'x'-'a', "\u00e9" == "é")
	raw := `raw\n
line`
	fmt.Println(raw, len(raw))
	b := []byte("hello")
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Println(string(b))
	r := []rune("héllo")
	r[1] = 'E'
	fmt.Println(string(r), len(string(r)))
}
