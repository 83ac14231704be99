package main

func main() {
	f := func() {
		x := 1
	}
	f()
}
