package main

func main() {
	x := 1
	switch x {
	case 1, 1:
	case 2:
	case 2:
	}
	switch {
	case true:
	case true:
	}
	m := map[string]int{"a": 1, "a": 2}
	_ = m
	a := []int{0: 1, 0: 2}
	_ = a
	var i interface{} = 1
	switch i.(type) {
	case int, int:
	case string:
	case string:
	}
	s := "x"
	switch s {
	case "a", "b", "a":
	}
	switch x {
	default:
	default:
	}
}
