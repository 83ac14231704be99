package main

// Encoding errors (a BOM in the middle of the file) are reported in source order with the
// other lexical errors, and type checking still runs.
func main() {
	x := 1 ﻿
	_ = x
	var µ = '\400'
	_ = µ
	_ = "\xZZ"
	_ = '\u12'
	_ = '\U00110000'
	_ = '\uD800'
	var b bool = 1
}
