// IsDST and ZoneBounds, including rule-based zones past the last transition.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{time.Date(2024, 7, 1, 0, 0, 0, 0, ny), time.Date(2024, 1, 1, 0, 0, 0, 0, ny), time.Date(2050, 7, 1, 0, 0, 0, 0, ny), time.Date(1850, 7, 1, 0, 0, 0, 0, ny), time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)} {
		s, e := t.ZoneBounds()
		fmt.Println(t.IsDST(), s, e)
	}
}
