package main

type T int

func (T) M() {}
func (T) M() {}

func main() {}
