package main

func a(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func b(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func c(x int) (int, string) {
	return 1
}

func d() {
	return 5
}

func e(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("x")
	}
}

func g(x int) string {
	switch {
	case x > 1:
		return "a"
	}
}

func main() {}
