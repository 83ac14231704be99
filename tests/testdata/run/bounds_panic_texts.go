package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := make([]int, 2, 5)
	a := [4]int{}
	str := "hello"
	i, j, k := 7, 3, 9
	m := -2
	try("idx neg", func() { _ = s[m] })
	try("idx", func() { _ = s[i] })
	try("slice hi>cap", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[j:2] })
	try("slice lo>len", func() { _ = s[i:] })
	try("slice neg hi", func() { _ = s[:m] })
	try("slice neg lo", func() { _ = s[m:] })
	try("arr hi", func() { _ = a[:i] })
	try("arr lo>hi", func() { _ = a[j:2] })
	try("str hi", func() { _ = str[:i] })
	try("str lo>hi", func() { _ = str[j:2] })
	try("str neg", func() { _ = str[m:] })
	try("s3 max>cap", func() { _ = s[1:2:k] })
	try("s3 hi>max", func() { _ = s[1:j:2] })
	try("s3 lo>hi", func() { _ = s[j:2:3] })
	try("s3 neg max", func() { _ = s[1:2:m] })
	try("s3 neg hi", func() { _ = s[1:m:3] })
	try("s3 neg lo", func() { _ = s[m:2:3] })
	try("a3 max", func() { _ = a[1:2:k] })
	try("str idx neg", func() { _ = str[m] })
	try("arr idx", func() { _ = a[i] })
}
