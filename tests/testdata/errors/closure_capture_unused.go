package main

func main() {
	x := 1
	func() {
		y := x
	}()
}
