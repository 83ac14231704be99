package main

func two() (int, string) { return 1, "" }

func main() {
	var a, b int = 1, "x"
	var c, d int
	c, d = 2, "y"
	e, d := 3, "z"
	var f, g int = two()
	c, d = two()
	h, i := 1, 2
	h, i = i, "w"
	var k int = "q"
	k = "r"
	_, _, _, _, _, _ = a, b, e, f, g, k
}
