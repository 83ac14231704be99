package main

func Less[T any](a, b T) bool { return a < b }

func main() {}
