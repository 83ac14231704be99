package main

var v = v
var a = f()

func f() int { return a }

type F = F
type G = H
type H = G
type I = []I

func main() {}
