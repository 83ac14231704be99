package main

func main() {
	var x comparable
	_ = x
}
