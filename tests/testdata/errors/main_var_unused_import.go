package main

import "fmt"

var main = fmt.Println
