package main

var g = func() {
	a := 1
	if true {
		b := 2
	}
}

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
	}
	z := 1
	f := func() {
		y := 2
		for k := 0; k < 3; k++ {
			w := 3
		}
	}
	{
		inner := 1
	}
	q := 2
	f()
}
