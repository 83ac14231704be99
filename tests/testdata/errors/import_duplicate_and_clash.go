package main

import "fmt"
import "fmt"
import fmt "os"
import "strings"

var strings = 1

func main() { fmt.Println() }
