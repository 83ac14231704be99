package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Order struct {
	ID       int64             `json:"id"`
	Customer string            `json:"customer"`
	Lines    []Line            `json:"lines"`
	Notes    map[string]string `json:"notes,omitempty"`
	Paid     bool              `json:"paid"`
	Total    float64           `json:"total"`
	Discount *float64          `json:"discount"`
	Data     []byte            `json:"data"`
	Small    uint16            `json:"small"`
}

type Line struct {
	SKU string  `json:"sku"`
	Qty int     `json:"qty"`
	Px  float32 `json:"px"`
}

func main() {
	d := 0.15
	orders := []Order{
		{ID: 1, Customer: "Zoë", Lines: []Line{{"A-1", 2, 9.99}, {"B-2", 1, 0.1}}, Paid: true, Total: 20.08, Discount: &d, Data: []byte{0, 1, 2, 250}, Small: 65535},
		{ID: -2, Customer: "\"quoted\"", Notes: map[string]string{"gift": "yes", "a": "<b>"}, Total: 1e-9},
	}
	b, err := json.Marshal(orders)
	fmt.Println(string(b), err)
	var back []Order
	err = json.Unmarshal(b, &back)
	fmt.Println(err, reflect.DeepEqual(orders, back))
	fmt.Println(back[0].Data, *back[0].Discount, back[1].Lines == nil, back[1].Notes["a"])
	b2, _ := json.Marshal(back)
	fmt.Println(string(b) == string(b2))
}
