package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Ratio   float64
	Retries uint8
	hidden  int
}

func main() {
	var c Config
	v := reflect.ValueOf(&c).Elem()
	v.FieldByName("Host").SetString("localhost")
	v.FieldByName("Port").SetInt(8080)
	v.FieldByName("Debug").SetBool(true)
	v.FieldByName("Ratio").SetFloat(0.25)
	v.FieldByName("Retries").SetUint(3)
	fmt.Printf("%+v\n", c)
	fmt.Println(v.CanSet(), v.Field(5).CanSet(), v.Field(5).CanInterface(), reflect.ValueOf(c).Field(0).CanSet())
	fmt.Println(v.Field(1).Int(), v.Field(4).Uint(), v.Field(3).Float(), v.Field(2).Bool(), v.Field(0).String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(c).Field(1).SetInt(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Field(5).SetInt(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Field(0).Int()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(v.Field(5).Interface())
	}()
	x := 10
	p := reflect.ValueOf(&x)
	p.Elem().Set(reflect.ValueOf(42))
	fmt.Println(x, p.Elem().CanAddr(), p.CanAddr())
	v.Field(1).Set(reflect.ValueOf(99))
	fmt.Println(c.Port)
}
