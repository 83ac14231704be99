package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Tree struct {
	Name     string  `json:"name"`
	Children []*Tree `json:"children"`
	Empty    []int   `json:"empty"`
	Obj      struct{} `json:"obj"`
}

func main() {
	t := &Tree{Name: "root", Children: []*Tree{{Name: "a"}, {Name: "b", Empty: []int{}}}}
	b, _ := json.MarshalIndent(t, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"x": []int{1, 2}, "y": map[string]int{}}, ">", "\t")
	fmt.Println(string(b))
	var buf bytes.Buffer
	err := json.Indent(&buf, []byte(` { "a" : [ 1 , 2 , { "b" : "c d" } ] , "e" : { } } `), "", "    ")
	fmt.Println(buf.String(), err)
	buf.Reset()
	err = json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ],\n \"s\": \" keep  space \" }"))
	fmt.Println(buf.String(), err)
	buf.Reset()
	err = json.Compact(&buf, []byte(`{"a":}`))
	fmt.Println(buf.Len(), err)
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"h":"<b>&</b>"}`))
	fmt.Println(buf.String())
}
