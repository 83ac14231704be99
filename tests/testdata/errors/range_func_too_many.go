package main

func seq(yield func(int) bool) {}

func main() {
	for a, b := range seq {
		_, _ = a, b
	}
}
