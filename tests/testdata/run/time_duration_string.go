// Duration constants, String, conversions, Truncate, Round and Abs.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, 999999, time.Millisecond, 1234567890, time.Second, 61 * time.Second,
		90 * time.Minute, 25*time.Hour + 30*time.Second + 5*time.Millisecond, -time.Microsecond, -2*time.Hour - time.Nanosecond,
		1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		fmt.Println("  ", d.Truncate(time.Second), d.Round(time.Second), d.Round(time.Hour), d.Truncate(0), d.Abs())
	}
	fmt.Printf("%v %s %d %T\n", 3*time.Second, time.Minute, time.Millisecond, time.Hour)
}
