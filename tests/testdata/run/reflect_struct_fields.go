package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID int `db:"id"`
}

type User struct {
	Base
	Name    string `json:"name" db:"user_name"`
	Email   string `json:"email,omitempty"`
	age     int
	Friends []*User `json:"friends"`
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v off=%d anon=%v exported=%v pkg=%q idx=%v\n", i, f.Name, f.Type, f.Offset, f.Anonymous, f.IsExported(), f.PkgPath, f.Index)
		json, ok := f.Tag.Lookup("json")
		fmt.Printf("  json=%q %v db=%q tag=%q\n", json, ok, f.Tag.Get("db"), string(f.Tag))
	}
	f, ok := t.FieldByName("ID")
	fmt.Println(f.Name, f.Index, ok, f.Tag.Get("db"))
	_, ok = t.FieldByName("Nope")
	fmt.Println(ok)
	tag := reflect.StructTag(`a:"1" b:"two words" c:"esc\"aped"`)
	fmt.Println(tag.Get("a"), tag.Get("b"), tag.Get("c"), tag.Get("d") == "")
}
