package main

type T struct{ a [iota]int }

func main() {}
