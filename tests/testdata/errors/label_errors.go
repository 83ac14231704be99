// Checks the errors for an unused label and for branching to undefined labels.
package main

import "fmt"

func main() {
unused:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	for {
		break missing
	}
	goto nowhere
}
