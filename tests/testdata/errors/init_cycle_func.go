package main

var x = f()

func f() int { return x }

func main() {}
