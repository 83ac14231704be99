// Add, Sub, AddDate, comparisons, Truncate and Round of Times.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.January, 31, 22, 15, 30, 500000000, time.UTC)
	u := t.Add(36*time.Hour + 45*time.Minute)
	fmt.Println(t, u, u.Sub(t), t.Sub(u))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -13, 1), t.AddDate(0, 0, -31))
	fmt.Println(t.Before(u), t.After(u), t.Equal(u), t.Compare(u), u.Compare(t), t.Compare(t))
	same := t.In(time.FixedZone("X", 3600))
	fmt.Println(same, same.Equal(t), same == t)
	for _, d := range []time.Duration{time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * time.Millisecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	far := time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(t), t.Sub(far), time.Time{}.IsZero(), t.IsZero())
	var zero time.Time
	fmt.Println(zero, zero.Unix(), zero.Weekday(), zero.Add(time.Hour).Hour())
}
