// Checks the errors for return statements with too few or too many values.
package main

import "fmt"

func one() int {
	return
}

func two() (int, string) {
	return 1
}

func none() {
	return 5
}

func main() {
	none()
	fmt.Println(one(), two)
}
