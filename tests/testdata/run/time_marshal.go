// Binary, text and JSON encodings of Times and their errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{time.Date(2024, 5, 6, 7, 8, 9, 123, time.UTC), time.Date(1800, 1, 1, 0, 0, 0, 0, ny), time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 25*3600)), time.Date(2024, 1, 1, 0, 0, 0, 5e8, time.FixedZone("Y", -3600))} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		fmt.Println(u.UnmarshalBinary(b), u, u.Equal(t))
		tx, err := t.MarshalText()
		fmt.Println(string(tx), err)
		js, err := t.MarshalJSON()
		fmt.Println(string(js), err)
		var v time.Time
		fmt.Println(v.UnmarshalJSON(js), v)
		ab, err := t.AppendText([]byte("x="))
		fmt.Println(string(ab), err)
	}
	var w time.Time
	fmt.Println(w.UnmarshalJSON([]byte("12")), w.UnmarshalText([]byte("2024-01-01")), w.UnmarshalBinary(nil), w.UnmarshalBinary([]byte{9}))
}
