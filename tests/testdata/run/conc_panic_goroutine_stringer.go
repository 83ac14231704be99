package main



type state struct{ name string }

func (s state) String() string { return "state(" + s.name + ")" }

func main() {
	c := make(chan int)
	go func() {
		defer close(c)
		panic(state{"broken"})
	}()
	<-c
	select {}
}
