package main

import (
	"fmt"
	"reflect"
)

type T struct{ A int }

func main() {
	fmt.Println(reflect.ValueOf(3).String())
	fmt.Println(reflect.ValueOf("str").String())
	fmt.Println(reflect.ValueOf(T{}).String())
	fmt.Println(reflect.ValueOf([]T{}).String())
	fmt.Println(reflect.ValueOf(map[string]*T{}).String())
	fmt.Println(reflect.Value{}.String())
	fmt.Println(reflect.Value{}.IsValid(), reflect.Value{}.Kind())
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.Value{}.Type()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(1).Len()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf("x").Bool()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(T{}).Elem()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.TypeOf(1).Elem()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.TypeOf(1).NumField()
	}()
}
