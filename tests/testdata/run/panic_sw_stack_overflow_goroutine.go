package main

import "fmt"

func f(n int) int {
	var big [100]int
	big[n%100] = n
	return f(n+1) + big[3]
}

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println(f(0))
		done <- true
	}()
	<-done
}
