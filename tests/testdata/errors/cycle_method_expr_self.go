package main

import "unsafe"

type T8 interface {
	m() [unsafe.Sizeof(T8.m)]int
}

func main() {}
