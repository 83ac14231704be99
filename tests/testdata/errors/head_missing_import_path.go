package main
import "fmt"
import
func main() {}
