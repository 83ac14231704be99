package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	for i := 0; i < 4; i++ {
		fmt.Println("send", i, trySend(c, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(c)
		fmt.Println("recv", v, ok)
	}
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	var nilc chan int
	fmt.Println(trySend(nilc, 1))
	_, ok := tryRecv(nilc)
	fmt.Println(ok)
	close(c)
	v, ok := tryRecv(c)
	fmt.Println("closed", v, ok)
	n := 0
	for {
		select {
		case <-c:
			n++
			if n < 3 {
				continue
			}
		default:
			fmt.Println("never")
		}
		break
	}
	fmt.Println("n", n)
}
