package main

import "unsafe"

type T [unsafe.Sizeof(T{})]int

type U [len(U{})]int

func main() {}
