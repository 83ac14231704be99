package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func dump(v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s:\n", indent, k)
			dump(x[k], indent+"  ")
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", indent, i)
			dump(e, indent+"  ")
		}
	default:
		fmt.Printf("%s%T %v\n", indent, x, x)
	}
}

func main() {
	var v any
	err := json.Unmarshal([]byte(`{"s":"str","n":12,"f":-1.25e2,"t":true,"f2":false,"z":null,"a":[1,[2,{"deep":"x"}]],"e":{},"ea":[],"u":"\u00e9\ud83d\ude00\n"}`), &v)
	fmt.Println(err)
	dump(v, "")
	var m map[string]any
	json.Unmarshal([]byte(`{"x":1}`), &m)
	fmt.Println(m)
	var arr []any
	json.Unmarshal([]byte(`[1, "2", [3]]`), &arr)
	fmt.Println(arr, len(arr))
	var f float64
	var s string
	var b bool
	fmt.Println(json.Unmarshal([]byte(`2.5`), &f), f, json.Unmarshal([]byte(`"q"`), &s), s, json.Unmarshal([]byte(`true`), &b), b)
	var mi map[int]string
	fmt.Println(json.Unmarshal([]byte(`{"1":"a","20":"b"}`), &mi), mi[1], mi[20])
	var ptr *int
	fmt.Println(json.Unmarshal([]byte(`7`), &ptr), *ptr)
}
