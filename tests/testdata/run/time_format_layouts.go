// Formatting with the predefined layouts and custom layouts.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Monday, January 2, 2006 at 3:04pm (MST)", "02/01/06 15h04", "__2 002 _2 2", ".000 .999 ,000000 .9",
		"Z07:00 Z0700 Z07 -07:00:00 -070000 Z07:00:00", "Jan January Janx Mon Monday Monx", "2006_2006 _2006", "no layout here"}
	times := []time.Time{
		time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC),
		time.Date(2024, 11, 25, 9, 7, 3, 120000000, time.FixedZone("CET", 3600)),
		time.Date(1999, 7, 4, 0, 0, 0, 1, time.FixedZone("", -(3*3600+30*60))),
		time.Date(12, 3, 5, 12, 59, 59, 999999999, time.UTC),
	}
	for _, t := range times {
		for _, l := range layouts {
			fmt.Printf("%-48q %s\n", l, t.Format(l))
		}
		fmt.Println(string(t.AppendFormat([]byte("at: "), time.Kitchen)), t.String())
	}
}
