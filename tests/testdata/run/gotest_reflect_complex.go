package main

import (
	"fmt"
	"reflect"
)

type pair struct {
	Small complex64
	Big   complex128
}

func main() {
	p := pair{complex(1.5, -2), complex(3, 4.25)}
	v := reflect.ValueOf(&p).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.CanComplex(), f.Complex())
	}
	v.Field(0).SetComplex(complex(7, 8))
	v.Field(1).SetComplex(v.Field(1).Complex() * 2i)
	fmt.Println(p.Small, p.Big)
	fmt.Println(v.Field(0).OverflowComplex(complex(1e39, 0)), v.Field(0).OverflowComplex(complex(0, 1)))
	fmt.Println(v.Field(1).OverflowComplex(complex(1e300, 1e300)))
	fmt.Println(reflect.ValueOf(3).CanComplex())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf("x").Complex()
}
