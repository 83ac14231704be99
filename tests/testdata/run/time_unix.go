// Conversions to and from Unix time.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []int64{0, 1, -1, 1700000000, 2147483648, -62135596800, 253402300799} {
		t := time.Unix(s, 0).UTC()
		fmt.Println(s, t, t.Unix(), t.UnixMilli(), t.Weekday())
	}
	t := time.Unix(1, 2500000000).UTC()
	fmt.Println(t, t.Unix(), t.Nanosecond(), t.UnixNano(), t.UnixMicro())
	t = time.Unix(0, -1).UTC()
	fmt.Println(t, t.UnixNano())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1500000).UTC())
	l := time.Unix(86400*365, 0)
	fmt.Println(l.Location(), l.UTC().Location(), l.Format(time.RFC3339), l.Equal(l.UTC()))
}
