// Type switches with interface cases, concrete cases, nil and default.
package main

import "fmt"

type stringer interface{ String() string }
type sizer interface{ size() int }

type name string
type blob []byte

func (n name) String() string { return "name:" + string(n) }
func (b blob) size() int      { return len(b) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case stringer:
		return "stringer " + x.String()
	case sizer:
		return fmt.Sprint("sizer ", x.size())
	case int, bool:
		return fmt.Sprint("basic ", x)
	case error:
		return "error " + x.Error()
	default:
		return "other"
	}
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(name("bob")))
	fmt.Println(describe(blob{1, 2, 3}))
	fmt.Println(describe(7))
	fmt.Println(describe(true))
	fmt.Println(describe("plain"))
	var s sizer = blob{9}
	switch s.(type) {
	case stringer:
		fmt.Println("no")
	case blob:
		fmt.Println("blob via sizer")
	}
}
