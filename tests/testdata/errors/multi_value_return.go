package main

func none()             {}
func two() (int, int) { return 1, 2 }
func one() int         { return 1 }

func a() (int, int) { return none() }
func b() int        { return none() }
func c() int        { return (one()) }
func d() string     { return one() }
func e() (int, int) { return one() }
func f() int        { return int }

func main() {
	_ = two()
	_, _ = none(), 1
	var x = none()
	var y, z = two()
	_, _, _ = x, y, z
}
