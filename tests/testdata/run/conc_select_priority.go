package main

import "fmt"

// Priority select: always drain the high-priority channel before looking at
// the low-priority one.
func main() {
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := range 4 {
		low <- fmt.Sprint("low", i)
	}
	for i := range 3 {
		high <- fmt.Sprint("high", i)
	}
	close(high)
	close(low)
	var order []string
	for high != nil || low != nil {
		select {
		case v, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, v)
			continue
		default:
		}
		select {
		case v, ok := <-high:
			if !ok {
				high = nil
				continue
			}
			order = append(order, v)
		case v, ok := <-low:
			if !ok {
				low = nil
				continue
			}
			order = append(order, v)
		}
	}
	fmt.Println(order)
}
