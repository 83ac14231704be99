// The print/println built-ins format floats like gc's runtime (stderr is compared: exit status 3).
package main

import "os"

func main() {
	x := 0.0
	println(1.5, -2.25e-10, 1e300, x, -x, 1/x, x/x, 123456789.0, 9.9999999)
	var f float32 = 0.1
	println(f, f*3, float32(1e-40))
	print(0.5, "\n")
	os.Exit(3)
}
