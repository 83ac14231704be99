package main

func f() [3]int { return [3]int{} }

func main() {
	_ = f()[1:2]
	const s = "abcd"
	_ = s[1:5]
	_ = s[1:2:3]
	_ = "xy"[3:]
	var p *[4]int
	_ = p[2:1]
	_ = p[:5]
}
