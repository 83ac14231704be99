package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(c))), nil
}

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

type Color int

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	switch string(b) {
	case "red":
		*c = 0
	case "green":
		*c = 1
	case "blue":
		*c = 2
	default:
		return errors.New("bad color " + string(b))
	}
	return nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("nope") }

type Doc struct {
	Temp   Celsius         `json:"temp"`
	Name   Upper           `json:"name"`
	Color  Color           `json:"color"`
	Colors map[Color]int   `json:"colors"`
	PtrC   *Celsius        `json:"ptr"`
}

func main() {
	c := Celsius(21.5)
	d := Doc{Temp: 36.6, Name: "x", Color: 2, Colors: map[Color]int{1: 5, 0: 3}, PtrC: &c}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Doc
	err = json.Unmarshal([]byte(`{"name":"shout","color":"green","colors":{"blue":1,"red":2}}`), &back)
	fmt.Println(err, back.Name, back.Color, back.Colors[2], back.Colors[0])
	err = json.Unmarshal([]byte(`{"color":"pink"}`), &back)
	fmt.Println(err)
	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal([]any{Failing{}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))
	b, _ = json.Marshal(map[string]Celsius{"a": 1})
	fmt.Println(string(b))
}
