// Strings built in loops (concatenation, conversions, strconv) with a few kept
// alive in a slice across many collections.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var kept []string
	h := uint32(2166136261)
	for i := 0; i < 200000; i++ {
		s := "item-" + strconv.Itoa(i)
		s = s + ":" + strings.Repeat("x", i%40)
		b := []byte(s)
		b[0] = 'I'
		t := string(b)
		for j := 0; j < len(t); j++ {
			h = (h ^ uint32(t[j])) * 16777619
		}
		if i%5000 == 0 {
			kept = append(kept, t)
		}
	}
	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		sb.WriteString(strconv.Itoa(i))
	}
	fmt.Println(h, len(sb.String()))
	for _, s := range kept {
		fmt.Println(s)
	}
}
