package main

import (
	"errors"
	"fmt"
	"reflect"
)

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func describe(x any) string {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return "invalid"
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int64:
		return fmt.Sprintf("int %d", v.Int())
	case reflect.String:
		return "string " + v.String()
	case reflect.Slice:
		return fmt.Sprintf("slice of %v len %d", v.Type().Elem(), v.Len())
	case reflect.Pointer:
		return "pointer to " + v.Type().Elem().String()
	}
	return "other " + v.Kind().String()
}

func main() {
	fmt.Println(describe(1), describe("x"), describe([]bool{true}), describe(&E{}), describe(nil), describe(1.5))
	var err error = &E{"boom"}
	v := reflect.ValueOf(&err).Elem()
	fmt.Println(v.Kind(), v.Type(), v.IsNil(), v.Elem().Type(), v.Elem().Elem().Field(0).String())
	v.Set(reflect.ValueOf(errors.New("other")))
	fmt.Println(err)
	v.Set(reflect.Zero(v.Type()))
	fmt.Println(err == nil)
	items := []any{1, "two", 3.0, nil, []int{4}}
	iv := reflect.ValueOf(items)
	for i := 0; i < iv.Len(); i++ {
		e := iv.Index(i)
		fmt.Println(e.Kind(), e.IsNil() || true, e.Elem().IsValid())
	}
	iv.Index(0).Set(reflect.ValueOf("replaced"))
	fmt.Println(items[0])
	errType := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(reflect.TypeOf(&E{}).Implements(errType), reflect.TypeOf(E{}).Implements(errType), errType.String())
}
