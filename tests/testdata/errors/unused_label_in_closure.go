package main

func main() {
	func() {
	L:
		for {
		}
	}()
}
