package main

func incr(p *int) { *p++ }

func get(p *int) int { return *p }

//go:noinline
func main() {
	x := 0
	for i := 0; i < 5; i++ {
		incr(&x)
	}
	println(get(&x))
}
