package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	ID       int      `json:"id"`
	Name     string   `json:"name,omitempty"`
	Price    float64  `json:"price,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	Internal string   `json:"-"`
	Dash     string   `json:"-,"`
	Count    int      `json:",omitempty"`
	Quoted   int      `json:"quoted,string"`
	Flag     bool     `json:"flag,string"`
	Ptr      *int     `json:"ptr,omitempty"`
	Plain    string
	hidden   string
	Map      map[string]int `json:"map,omitempty"`
}

func main() {
	b, _ := json.Marshal(Item{ID: 1, Internal: "x", Dash: "d", Quoted: 7, hidden: "h"})
	fmt.Println(string(b))
	n := 3
	b, _ = json.Marshal(Item{ID: 2, Name: "n", Price: 9.5, Tags: []string{"t"}, Count: 4, Ptr: &n, Plain: "p", Map: map[string]int{"k": 1}, Flag: true})
	fmt.Println(string(b))
	var it Item
	err := json.Unmarshal([]byte(`{"id":5,"NAME":"case","quoted":"12","flag":"true","-":"dash","Internal":"no","plain":"lower","ptr":8}`), &it)
	fmt.Println(err, it.ID, it.Name, it.Quoted, it.Flag, it.Dash, it.Internal == "", it.Plain, *it.Ptr)
}
