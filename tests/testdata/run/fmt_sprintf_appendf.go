// fmt: Sprintf and Appendf results used as values; building tables with padding.
package main

import "fmt"

func main() {
	rows := []string{"apple", "kiwi", "watermelon"}
	qty := []int{3, 12, 1}
	for i, r := range rows {
		line := fmt.Sprintf("%-12s|%4d|%6.2s|%x", r, qty[i], r, qty[i]*1000)
		fmt.Println(line, len(line))
	}
	b := []byte("start:")
	b = fmt.Appendf(b, " %d-%s", 7, "seven")
	b = fmt.Appendf(b, " [%5t]", false)
	fmt.Println(string(b))
	s := fmt.Sprintf("")
	fmt.Println(len(s), fmt.Sprintf("%%"), fmt.Sprintf("plain"), fmt.Sprintf("%s", fmt.Sprintf("%q", "nested")))
	total := 0
	for i := 0; i < 100; i++ {
		total += len(fmt.Sprintf("%d:%x;", i, i*i))
	}
	fmt.Println(total)
}
