// Date construction with normalisation, and the calendar accessors.
package main

import (
	"fmt"
	"time"
)

func main() {
	dates := []time.Time{
		time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2023, time.February, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2000, 13, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 60, 0, time.UTC),
		time.Date(2021, 1, 0, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, -1, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2024, 6, 15, 10, 30, 0, 0, time.FixedZone("EST", -5*3600)),
	}
	for _, t := range dates {
		y, w := t.ISOWeek()
		fmt.Println(t, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay(), y, w)
	}
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Sunday; d <= time.Saturday+1; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
}
