// ParseFloat on ordinary decimal strings, with both bit sizes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "-0", "1", "3.14159", "-2.5e-3", "1e10", ".5", "5.", "+7", "6.02214076e23",
		"0.1", "0.30000000000000004", "123456789012345678901234567890", "1E-5", "0.000001"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, float32(g), err2)
	}
}
