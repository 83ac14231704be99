package main

import "fmt"

func player(name string, table chan int, done chan bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		if ball >= 10 {
			fmt.Println(name, "wins at", ball)
			close(table)
			done <- true
			return
		}
		fmt.Println(name, ball)
		table <- ball + 1
	}
}

func main() {
	table := make(chan int)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- 0
	<-done
	<-done
	fmt.Println("game over")
}
