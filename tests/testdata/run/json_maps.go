package main

import (
	"encoding/json"
	"fmt"
)

type Key string

type ID int

func main() {
	b, _ := json.Marshal(map[Key]int{"z": 1, "a": 2, "m": 3})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[ID]bool{3: true, 20: false, 100: true})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[uint8]string{255: "max", 0: "min"})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]map[string][]int{"outer": {"inner": {1, 2}, "e": nil}})
	fmt.Println(string(b))
	var m map[Key][]float64
	err := json.Unmarshal([]byte(`{"a":[1.5],"b":[]}`), &m)
	fmt.Println(err, m["a"], m["b"] != nil, len(m))
	var mi map[int8]int
	err = json.Unmarshal([]byte(`{"1":1,"300":2}`), &mi)
	fmt.Println(err, mi)
	existing := map[string]int{"keep": 1}
	json.Unmarshal([]byte(`{"add":2}`), &existing)
	fmt.Println(existing)
	var ms map[string]struct{ A int }
	json.Unmarshal([]byte(`{"x":{"A":1},"y":{"a":2}}`), &ms)
	fmt.Println(ms)
	var bad map[bool]int
	fmt.Println(json.Unmarshal([]byte(`{"true":1}`), &bad))
}
