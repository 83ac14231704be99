package main

type P *int

func (P) M() {}

func main() {}
