package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Msg struct {
	Kind string `json:"kind"`
	N    int    `json:"n"`
}

func main() {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := 0; i < 3; i++ {
		enc.Encode(Msg{"tick", i})
	}
	enc.Encode([]string{"<html>"})
	enc.SetEscapeHTML(false)
	enc.Encode([]string{"<html>"})
	enc.SetIndent("", " ")
	enc.Encode(map[string]int{"a": 1})
	fmt.Print(buf.String())

	dec := json.NewDecoder(strings.NewReader(`{"kind":"a","n":1} {"kind":"b","n":2}
	[1,2,3] "str" 42 true null {"kind":"c"}`))
	for {
		var v any
		err := dec.Decode(&v)
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
	dec = json.NewDecoder(strings.NewReader(`{"kind":"x","n":5,"extra":1}`))
	dec.DisallowUnknownFields()
	var m Msg
	fmt.Println(dec.Decode(&m), m)
	dec = json.NewDecoder(strings.NewReader(`{"n": 1.5} {"n": 12345678901234567890}`))
	dec.UseNumber()
	var v map[string]any
	fmt.Println(dec.Decode(&v), v)
	n := v["n"].(json.Number)
	f, _ := n.Float64()
	_, ierr := n.Int64()
	fmt.Println(n.String(), f, ierr)
	fmt.Println(dec.Decode(&v), v)
	dec = json.NewDecoder(strings.NewReader(`[1, 2`))
	var arr []int
	fmt.Println(dec.Decode(&arr))
	dec = json.NewDecoder(strings.NewReader(`{"a":1} x`))
	fmt.Println(dec.Decode(&v), dec.Decode(&v))
}
