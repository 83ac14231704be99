package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		if n > 100 {
			break
		}
		return "even"
	default:
		return "odd"
	}
	return "big even"
}

func collatz(n int) (steps int) {
loop:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
done:
	return
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7, 6:
		if s == 6 {
			return "D"
		}
		fallthrough
	case 5:
		return "C-ish"
	}
	return "F"
}

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16:
		return fmt.Sprintf("small int %v", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	case []interface{}:
		s := ""
		for _, e := range x {
			s += kind(e) + ";"
		}
		return s
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case *int:
		return fmt.Sprint("ptr ", *x)
	}
	return fmt.Sprintf("other %T", v)
}

type S string

func (s S) String() string { return string(s) + "!" }

func main() {
	for _, n := range []int{-3, 0, 4, 7, 200} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(collatz(27), collatz(1))
	for _, s := range []int{100, 95, 85, 72, 65, 55, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	seven := 7
	fmt.Println(kind(nil), kind(int8(3)), kind(S("s")), kind(fmt.Errorf("e")), kind(func() int { return 4 }),
		kind([]interface{}{1, "x", nil}), kind(map[string]int{"a": 1}), kind(&seven), kind(3.5))
	x := 5
	switch {
	}
	switch x {
	}
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	}
	switch f := func() int { return x }; f() {
	case 5:
		fmt.Println("five")
	}
	i := 0
	for {
		switch {
		case i >= 3:
			goto out
		}
		i++
	}
out:
	fmt.Println("out", i)
	switch x {
	case 1:
	case 5:
		fmt.Println("matched 5")
		fallthrough
	case 6:
		fmt.Println("fell to 6")
		fallthrough
	default:
		fmt.Println("default too")
	case 7:
		fmt.Println("seven")
	}
	var iface interface{} = 5
	switch iface {
	case "5":
		fmt.Println("string")
	case 5.0:
		fmt.Println("float")
	case 5:
		fmt.Println("int 5")
	}
}
