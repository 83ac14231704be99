package main

func main() {
	a := []int{1}
	var arr [4]int
	_ = a[1<<70]
	_ = a[-2]
	_ = arr[-1]
	_ = arr[4]
	_ = a["x"]
	_ = a[true]
	_ = a[1.0]
	_ = a[2.5]
	x := 1
	_ = a[x > 0]
	_ = "abc"[3]
	const c = "hey"
	_ = c[10]
	_ = a[nil]
}
