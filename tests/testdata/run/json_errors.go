package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Inner struct {
	Age int `json:"age"`
}

type T struct {
	Name  string `json:"name"`
	Age   int    `json:"age"`
	Small int8   `json:"small"`
	In    Inner  `json:"inner"`
	List  []int  `json:"list"`
}

func main() {
	inputs := []string{
		``, ` `, `x`, `{`, `{"a"`, `{"a":`, `{"a" 1}`, `{"a":1 "b":2}`, `[1,]`, `[1 2]`, `{,}`, `{"a":1,}`,
		`"abc`, "\"a\x01\"", `"\x"`, `"\u12g4"`, `tru`, `trux`, `nul`, `-`, `-a`, `01`, `1.`, `1.e5`, `1e`, `1e+`,
		`[1] x`, `{} {}`, `{"a":[}`, `'single'`, `[ "\uD83D\uDE00" ]`, `{"name":"ok"}`, `nulL`, `fals`, `1.5e3`, `"é"`,
	}
	for _, in := range inputs {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		fmt.Printf("%q: %v valid=%v\n", in, err, json.Valid([]byte(in)))
	}
	var t T
	for _, in := range []string{`{"age":"old"}`, `{"name":5}`, `{"inner":{"age":true}}`, `{"small":300}`, `{"age":1.5}`,
		`{"list":{"a":1}}`, `{"list":[1,"x",3]}`, `[1,2]`, `"str"`, `{"age":12345678901234567890}`} {
		t = T{}
		err := json.Unmarshal([]byte(in), &t)
		var ute *json.UnmarshalTypeError
		fmt.Println(err, errors.As(err, &ute), t.List)
	}
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	fmt.Println(json.Unmarshal([]byte(`1`), t))
	var np *T
	fmt.Println(json.Unmarshal([]byte(`1`), np))
	var se *json.SyntaxError
	err := json.Unmarshal([]byte(`[1,2,x]`), &t)
	fmt.Println(errors.As(err, &se), se.Offset)
	_, err = json.Marshal(math.NaN())
	fmt.Println(err)
	_, err = json.Marshal(math.Inf(-1))
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
}
