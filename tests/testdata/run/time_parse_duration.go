// ParseDuration on valid and invalid input.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"0", "1ns", "1us", "1µs", "1μs", "2.5ms", "1.5s", "-1m30s", "+2h45m", "1h2m3s4ms5us6ns",
		".5h", "1.h", "0.000000001s", "9223372036854775807ns", "-9223372036854775808ns", "9223372036854775808ns",
		"", "1", "1x", "-", "s", "1.2.3s", "3000000h", "1e3s", "5 s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %d %v\n", s, d, int64(d), err)
	}
}
