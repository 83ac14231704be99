package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

func main() {
	const jsonStream = `
	{"Message": "Hello", "Array": [1, 2, 3], "Null": null, "Number": 1.234}
`
	dec := json.NewDecoder(strings.NewReader(jsonStream))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Printf("\n")
	}
	const stream = `
	[
		{"Name": "Ed", "Text": "Knock knock."},
		{"Name": "Sam", "Text": "Who's there?"},
		{"Name": "Ed", "Text": "Go fmt."}
	]
`
	type Message struct {
		Name, Text string
	}
	dec = json.NewDecoder(strings.NewReader(stream))
	t, err := dec.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	for dec.More() {
		var m Message
		err := dec.Decode(&m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%v: %v\n", m.Name, m.Text)
	}
	t, err = dec.Token()
	fmt.Printf("%T: %v %v %d\n", t, t, err, dec.InputOffset())
	dec = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	for i := 0; i < 3; i++ {
		t, err := dec.Token()
		fmt.Println(t, err)
	}
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	for i := 0; i < 3; i++ {
		t, err := dec.Token()
		fmt.Println(t, err)
	}
}
