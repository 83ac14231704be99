package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	var a [4]int
	str := "hello"
	i, j, k := 1, 0, 9
	try(func() { _ = s[i:j] })
	try(func() { _ = s[:k] })
	try(func() { _ = s[k:] })
	try(func() { _ = s[i:j:4] })
	try(func() { _ = s[i:4:j] })
	try(func() { _ = s[:k:k] })
	try(func() { _ = a[i:j] })
	try(func() { _ = a[:k] })
	try(func() { _ = a[k:] })
	try(func() { _ = a[1:2:k] })
	try(func() { _ = str[i:j] })
	try(func() { _ = str[:k] })
	try(func() { _ = str[k:] })
	p := &a
	try(func() { _ = p[:k] })
	try(func() { _ = s[-i:] })
	try(func() { _ = s[4:] })
	try(func() { _ = s[:4] })
}
