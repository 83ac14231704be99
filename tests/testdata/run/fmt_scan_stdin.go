package main

import (
	"fmt"
)

func main() {
	var name string
	var age int
	n, err := fmt.Scanln(&name, &age)
	fmt.Println(n, err, name, age)
	var x, y int
	n, err = fmt.Scanf("%d,%d\n", &x, &y)
	fmt.Println(n, err, x, y)
	total := 0
	for {
		var v int
		_, err := fmt.Scan(&v)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		total += v
	}
	fmt.Println("total", total)
}
