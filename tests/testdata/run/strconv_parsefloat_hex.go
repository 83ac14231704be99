// Hexadecimal floats, underscores with a base prefix, and the special words.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1p0", "0x1.8p1", "-0X.8P-2", "0x1.fffffffffffffp1023", "0x1p1024", "0x1p-1074", "0x1p-1075",
		"0x1.0000000000000801p0", "0x_1_0p4", "0x1p+1_0", "inf", "+Inf", "-infinity", "INFINITY", "nan", "NaN", "-nan", "infin"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
}
