package main

import "fmt"

func main() {
	fmt.Println("blocking forever")
	select {}
}
