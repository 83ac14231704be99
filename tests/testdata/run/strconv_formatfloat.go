// strconv: FormatFloat and AppendFloat in formats e E f g G b, shortest and fixed precision, for float64 and float32.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 0.5, 1.5, 2.5, 1.0 / 3, 2.0 / 3, 123456789.125, 1e21, 1e20, 1e-7, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 100, 0.000123, 99.995, 3.141592653589793}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b'} {
			fmt.Print(strconv.FormatFloat(v, f, -1, 64), " ", strconv.FormatFloat(v, f, 3, 64), " ", strconv.FormatFloat(v, f, -1, 32), " ", strconv.FormatFloat(v, f, 0, 64), " | ")
		}
		fmt.Println(string(strconv.AppendFloat([]byte("x="), v, 'g', 10, 64)))
	}
	fmt.Println(strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(1.5, 'z', -1, 64))
}
