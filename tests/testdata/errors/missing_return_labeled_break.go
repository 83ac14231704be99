package main

func f() int {
L:
	for {
		for {
			break L
		}
		return 1
	}
}

func g(x, y int) int {
L:
	switch x {
	case 0:
		return 0
	default:
		switch y {
		case 0:
			break L
		}
		panic(0)
	}
}

func main() { _, _ = f(), g(1, 2) }
