package main

import "fmt"

func main() {
	println(1.5, complex(1, 2))
	var c complex64 = 3 + 4i
	println(c)
	fmt.Println(c, complex(1.5, -2))
	fmt.Printf("%v %f %g %e %.2f %+v %#v %T\n", c, c, c, c, c, c, c, c)
}
