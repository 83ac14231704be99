package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type meta struct {
	Version int
	Name    string
}

type Conflict1 struct{ X int }
type Conflict2 struct{ X int }

type Record struct {
	Base
	*meta
	Name string `json:"name"`
	Conflict1
	Conflict2
}

type Tagged struct {
	Base `json:"base"`
	Note string
}

func main() {
	r := Record{Base: Base{1, "today"}, meta: &meta{Version: 2, Name: "shadowed"}, Name: "rec"}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Record{Name: "nometa"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Tagged{Base{3, "x"}, "n"})
	fmt.Println(string(b))
	var r2 Record
	err = json.Unmarshal([]byte(`{"id":9,"created":"c","name":"n","X":5}`), &r2)
	fmt.Println(err, r2.ID, r2.Created, r2.Name, r2.Conflict1.X, r2.Conflict2.X)
	var t Tagged
	err = json.Unmarshal([]byte(`{"base":{"id":4},"Note":"z"}`), &t)
	fmt.Println(err, t.ID, t.Note)
}
