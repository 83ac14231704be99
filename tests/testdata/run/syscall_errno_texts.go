package main

import (
	"fmt"
	"syscall"
)

func main() {
	for e := 0; e < 140; e++ {
		fmt.Println(e, syscall.Errno(e).Error())
	}
	fmt.Println(syscall.Errno(4000))
}
