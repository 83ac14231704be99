package main

const c = c
const x = y
const y = x
const p, q = q, p

func main() {}
