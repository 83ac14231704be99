package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	Zip    *string `json:"zip"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age"`
	Height   float32           `json:"height"`
	Admin    bool              `json:"admin"`
	Address  Address           `json:"address"`
	Prev     *Address          `json:"prev"`
	Langs    []string          `json:"langs"`
	Scores   map[string]int    `json:"scores"`
	Matrix   [][]int           `json:"matrix"`
	Fixed    [2]int            `json:"fixed"`
	Extra    any               `json:"extra"`
	Raw      json.RawMessage   `json:"raw"`
}

func main() {
	data := `{
		"name": "Ada", "age": 36, "height": 1.65, "admin": true,
		"address": {"street": "1 Loop", "zip": "12345"},
		"prev": {"street": "0 Start", "zip": null},
		"langs": ["go", "c"], "scores": {"math": 10, "art": 7},
		"matrix": [[1,2],[3],[]], "fixed": [9, 8, 7],
		"extra": {"k": [1, "x", null]}, "raw": {"keep":  [1, 2]},
		"unknown": 123
	}`
	var p Person
	err := json.Unmarshal([]byte(data), &p)
	fmt.Println(err)
	fmt.Println(p.Name, p.Age, p.Height, p.Admin, p.Address.Street, *p.Address.Zip)
	fmt.Println(p.Prev.Street, p.Prev.Zip == nil, p.Langs, p.Scores["math"], p.Scores["art"], p.Matrix, p.Fixed)
	fmt.Println(p.Extra, string(p.Raw))
	p.Langs = []string{"a", "b", "c", "d"}
	json.Unmarshal([]byte(`{"langs":["x"],"fixed":[1]}`), &p)
	fmt.Println(p.Langs, len(p.Langs), p.Fixed, p.Name)
	json.Unmarshal([]byte(`{"prev":null,"langs":null}`), &p)
	fmt.Println(p.Prev == nil, p.Langs == nil)
}
