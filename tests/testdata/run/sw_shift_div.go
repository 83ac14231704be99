package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			}
		}
	}()
	f()
}

func main() {
	x := int64(1)
	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200, 1 << 40} {
		fmt.Println(s, x<<s, int32(1)<<s, uint8(1)<<s, -8>>s, int64(-8)>>s, uint64(1<<63)>>s)
	}
	for _, s := range []int{0, 3, 64, 100} {
		fmt.Println(s, 1<<s, -1>>s, uint16(0xffff)>>s)
	}
	try("neg shift", func() {
		s := -1
		fmt.Println(1 << s)
	})
	try("neg shift right", func() {
		var s int8 = -3
		fmt.Println(100 >> s)
	})
	min := int64(-1 << 63)
	neg := int64(-1)
	fmt.Println(min/neg, min%neg, min*neg)
	m32 := int32(-1 << 31)
	n32 := int32(-1)
	fmt.Println(m32/n32, m32%n32)
	m8 := int8(-128)
	n8 := int8(-1)
	fmt.Println(m8/n8, m8%n8)
	for _, a := range []int{7, -7} {
		for _, b := range []int{2, -2, 3, -3} {
			fmt.Print(a/b, " ", a%b, " | ")
		}
	}
	fmt.Println()
	var ua, ub uint = 7, 2
	fmt.Println(ua/ub, ua%ub, -7/2, -7%2, 7.0/2)
	try("div zero", func() {
		z := 0
		fmt.Println(1 / z)
	})
	try("mod zero", func() {
		var z int8
		fmt.Println(int8(1) % z)
	})
	try("uint div zero", func() {
		var z uint32
		fmt.Println(uint32(5) / z)
	})
	zf := 0.0
	fmt.Println(1/zf, -1/zf, zf/zf == zf/zf)
	var u uint = 1
	fmt.Println(u<<63>>63, ^u, -u)
}
