// Parse error messages.
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.DateOnly, "2024-13-01"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2024-1-01"},
		{time.DateTime, "2024-01-01 25:00:00"},
		{time.DateTime, "2024-01-01 10:61:00"},
		{time.DateTime, "2024-01-01 10:00:00 extra"},
		{time.RFC3339, "2024-01-01T10:00:00"},
		{time.RFC3339, "2024-01-01T10:00:00+2:00"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04XM"},
		{"Jan 2", "Foo 2"},
		{"2006-002", "2023-366"},
		{"2006-01-002", "2024-02-060"},
		{"Z07:00", "+25:00"},
		{"", "x"},
		{"2006", "\x00ab\xff"},
	}
	for _, c := range cases {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}
