package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Page struct {
	Title string `json:"title"`
	Body  string `json:"<body>"`
}

func main() {
	p := Page{"A & B", "<script>alert('x')</script>"}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(p)
	fmt.Print(buf.String())
	raw := json.RawMessage(`{"x": "<y>"}`)
	b, err := json.Marshal(map[string]any{"raw": raw, "nilraw": json.RawMessage(nil)})
	fmt.Println(string(b), err)
	var back struct {
		Title string `json:"title"`
		Body  string `json:"<body>"`
	}
	fmt.Println(json.Unmarshal(b, &back), json.Unmarshal([]byte(`{"title":"\u0041\u003c"}`), &back), back.Title)
}
