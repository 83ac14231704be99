package main

import (
	"flag"
	"fmt"
)

func main() {
	var a float64
	var b float32
	var s string
	n, err := fmt.Sscan("3.25 -1e3 word", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscanf("x=0.5", "x=%g", &a)
	fmt.Println(n, err, a)
	_, err = fmt.Sscan("abc", &a)
	fmt.Println(err)
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	r := fs.Float64("r", 1.5, "ratio")
	fs.Parse([]string{"-r", "2.75"})
	fmt.Println(*r)
}
