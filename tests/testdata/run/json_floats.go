package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	fs := []float64{0, 1, -1, 0.1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e15, 1e20, 1e21, 1.5e21, 1e-6, 9.99e-7, 1e-7,
		123.456, 5e-324, 1.7976931348623157e308, 12345678.9, 0.000123, 100000000000000000000.0}
	for _, f := range fs {
		b, _ := json.Marshal(f)
		var back float64
		err := json.Unmarshal(b, &back)
		fmt.Println(string(b), back == f, err)
	}
	f32 := []float32{0.1, 1.0 / 3, 1e-7, 1e21, 3.4e38, 16777216}
	for _, f := range f32 {
		b, _ := json.Marshal(f)
		fmt.Println(string(b))
	}
	var f float32
	fmt.Println(json.Unmarshal([]byte(`1e39`), &f), f)
	var any1 any
	json.Unmarshal([]byte(`[1e2, 1E-2, -0, 0.1e1, 123456789012345678]`), &any1)
	fmt.Println(any1)
}
