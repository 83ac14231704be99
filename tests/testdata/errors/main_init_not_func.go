package main

var init = 1
var main, x = 1, 2

type init struct{}

const main = 3

func main() { _ = x }
