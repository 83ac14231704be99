package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func get() (int, string, error) { return 1, "two", nil }

func variadic(prefix string, nums ...int) string {
	return fmt.Sprint(prefix, len(nums), nums == nil, nums)
}

type Op func(int, int) int

type IntSlice []int

func (s IntSlice) Sum() (n int) {
	for _, v := range s {
		n += v
	}
	return
}

type Set map[string]struct{}

func (s Set) Add(k string) Set { s[k] = struct{}{}; return s }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Handler func(string) string

func (h Handler) Serve(x string) string { return "[" + h(x) + "]" }

func main() {
	arr := []int{0, 0, 0}
	arr[t("idx", 1)] = t("val", 5) + t("val2", 1)
	fmt.Println(arr, trace)
	trace = nil
	m := map[int]int{}
	m[t("k", 1)], m[t("k2", 2)] = t("v", 10), t("v2", 20)
	fmt.Println(m, trace)
	i := 0
	s := []int{1, 2, 3}
	i, s[i] = 2, 9
	fmt.Println(i, s)
	a, b, c := get()
	fmt.Println(a, b, c)
	_, b2, _ := get()
	fmt.Println(b2)
	fmt.Println(variadic("none"), variadic("nil", nil...), variadic("some", 1, 2), variadic("spread", s...))
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["add"](3, 4), ops["sub"](3, 4), ops["mul"] == nil)
	fmt.Println(IntSlice{1, 2, 3}.Sum(), Set{}.Add("a").Add("b").Has("b"), len(Set{}.Add("x")))
	h := Handler(func(s string) string { return s + s })
	fmt.Println(h.Serve("ab"))
	var fn func()
	fmt.Println(fn == nil)
	x := 10
	inc := func() int { x++; return x }
	y := x + inc()
	fmt.Println(y, x)
	z := []int{inc(), inc(), x}
	fmt.Println(z)
	type Pt struct{ X, Y int }
	type Pt2 struct{ X, Y int }
	p := Pt{1, 2}
	q := Pt2(p)
	fmt.Println(q, struct{ X, Y int }(p) == struct{ X, Y int }(q))
	var u8 uint8 = 200
	u8 += 100
	var i16 int16 = 32767
	i16++
	var u32 uint32 = 0
	u32--
	fmt.Println(u8, i16, u32, 0xF0&^0x30, 6&^3, -7>>1, uint32(1)<<31)
	f32a, f32b := float32(0.1), float32(0.2)
	fmt.Println(f32a+f32b, float64(f32a)+float64(f32b), f32a*3, float32(1)/3)
	println(f32a+f32b, 1e100, -0.0, float32(1e-8))
	var nz = 0.0
	nz = -nz
	inf := 1 / nz
	fmt.Println(nz, inf, -inf, inf-inf, fmt.Sprint(nz), fmt.Sprintf("%.2f %5.1f %e %g", nz, inf, inf-inf, 1e21))
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint("x", 1, 2, "y"), fmt.Sprint(1, "x", 2), fmt.Sprintln("end", 1))
}
