// Checks package-level variable initialisation following dependencies through functions.
package main

import "fmt"

var total = sum(first, second, third)

var first = next("first")

var third = next("third") + second

var second = next("second") * 10

var counter = 0

var log string

func next(name string) int {
	counter++
	log += name + " "
	return counter
}

func sum(a, b, c int) int {
	log += "sum "
	return a + b + c
}

var viaFunc = describe()

func describe() string {
	return fmt.Sprint("first=", first, " third=", third)
}

var x, y = pair()

func pair() (int, int) {
	log += "pair "
	return 5, 6
}

func main() {
	fmt.Println(log)
	fmt.Println(first, second, third, total, counter)
	fmt.Println(viaFunc)
	fmt.Println(x, y)
}
