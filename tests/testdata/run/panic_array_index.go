// An out-of-range array index with a variable index panics like gc.
package main

import "fmt"

func main() {
	var a [3]int
	for i := 0; i < 5; i++ {
		a[i] = i
		fmt.Println(a)
	}
}
