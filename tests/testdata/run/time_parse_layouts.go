// Parse with predefined and custom layouts, time zones and fractional seconds.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-11-25T09:07:03Z"},
		{time.RFC3339, "2024-11-25T09:07:03.125+01:00"},
		{time.RFC3339Nano, "2024-11-25T09:07:03.123456789-05:30"},
		{time.DateTime, "2023-06-01 23:59:59"},
		{time.DateOnly, "2020-02-29"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"},
		{time.RFC822Z, "02 Jan 06 15:04 -0700"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-365"},
		{"Jan _2 2006", "feb  3 2013"},
		{"January 2, 2006 GMT-07", "March 14, 2015 GMT-07"},
		{"15:04:05", "10:11:12.345"},
		{"15:04:05,000", "10:11:12,345"},
		{"2006-01-02 15:04:05.999", "2020-01-01 00:00:00.5"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t, err)
		if err == nil {
			name, off := t.Zone()
			fmt.Println("  ", t.Unix(), t.Nanosecond(), name, off, t.Location())
		}
	}
	t, err := time.ParseInLocation(time.DateTime, "2024-01-01 12:00:00", time.FixedZone("ABC", 7200))
	fmt.Println(t, err, t.UTC())
}
