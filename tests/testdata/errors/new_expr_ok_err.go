package main

func main() {
	p := new(1)
	var s *string = p
	_ = s
}
