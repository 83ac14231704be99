package main

const c = 300

func main() {
	_ = uint8(300)
	_ = int8(1.5)
	_ = uint8(-1)
	_ = uint8(c)
	_ = int64(-9.9)
	_ = int32(2.0)
}
