package main

type E struct{}

func (*E) Error() string { return "ptr error" }

func main() {
	var e error = &E{}
	panic(e)
}
