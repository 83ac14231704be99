package main
import "fmt" ; import "a\x"
