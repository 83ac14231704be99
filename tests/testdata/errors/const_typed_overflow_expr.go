package main

const c int8 = 100

func main() {
	println(uint16(65535)+1, int16(-32768)-1, -c*2, c<<2, -int8(-128), c+c)
	const d uint8 = 1
	println(-d, ^d)
}
