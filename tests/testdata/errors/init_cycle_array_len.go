package main

const n = len([n]int{})

type T [unsafe.Sizeof(T{})]int

var arr [len(arr)]int

func main() {}
