// LoadLocation from the system zoneinfo files: transitions, POSIX rules past 2037, Date across DST gaps.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Zurich", "Asia/Kolkata", "Australia/Sydney", "UTC", "Local", "", "Nope/Zone", "../etc", "America/St_Johns", "Pacific/Chatham"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(name, loc, err)
		if err != nil {
			continue
		}
		for _, u := range []int64{-3e9, 0, 1e9, 1710054000, 1710057600, 1730613600, 4e9, 5e9, 6.5e9} {
			t := time.Unix(u, 0).In(loc)
			fmt.Println("  ", t, t.Format(time.RFC3339), t.YearDay())
		}
		d := time.Date(2024, 3, 10, 2, 30, 0, 0, loc)
		e := time.Date(2024, 11, 3, 1, 30, 0, 0, loc)
		f := time.Date(2060, 7, 1, 12, 0, 0, 0, loc)
		fmt.Println("  ", d, e, f, f.Unix())
		p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-04 12:00 EDT", loc)
		fmt.Println("  ", p, err)
	}
	t, err := time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST")
	fmt.Println(t, err)
}
