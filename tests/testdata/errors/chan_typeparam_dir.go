package main

func send[C <-chan int | chan<- int](c C) { c <- 0 }

func recv[C chan<- int | <-chan int](c C) { <-c }

func mixed[C chan int | chan string](c C) { <-c }

func main() {}
