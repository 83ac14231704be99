package main

import (
	"fmt"
	"reflect"
	"sort"
	"sync"
)

type msg struct {
	from int
	text string
}

type shape interface{ area() float64 }
type sq float64

func (s sq) area() float64 { return float64(s * s) }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

// fanIn merges any number of channels with reflect.Select.
func fanIn(chans []chan msg) []msg {
	cases := make([]reflect.SelectCase, len(chans))
	for i, c := range chans {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}
	}
	var out []msg
	for open := len(cases); open > 0; {
		i, v, ok := reflect.Select(cases)
		if !ok {
			cases[i].Chan = reflect.Value{} // never ready again
			open--
			continue
		}
		out = append(out, v.Interface().(msg))
	}
	return out
}

func main() {
	chans := make([]chan msg, 6)
	var wg sync.WaitGroup
	for i := range chans {
		chans[i] = make(chan msg)
		wg.Go(func() {
			defer close(chans[i])
			for j := range i + 1 {
				chans[i] <- msg{i, fmt.Sprint("m", j)}
			}
		})
	}
	got := fanIn(chans)
	wg.Wait()
	sort.Slice(got, func(a, b int) bool {
		if got[a].from != got[b].from {
			return got[a].from < got[b].from
		}
		return got[a].text < got[b].text
	})
	fmt.Println(len(got), got[0], got[len(got)-1])

	// Send cases and a default case.
	c := make(chan int, 1)
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(7)},
		{Dir: reflect.SelectDefault},
	}
	i, _, _ := reflect.Select(cases)
	fmt.Println("first select chose", i, "len", len(c))
	i, _, _ = reflect.Select(cases)
	fmt.Println("second select chose", i, "(buffer full)")
	i, v, ok := reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)}})
	fmt.Println(i, v.Int(), ok)

	// A send to an interface-typed channel converts the value.
	sc := make(chan shape, 1)
	reflect.ValueOf(sc).Send(reflect.ValueOf(sq(3)))
	fmt.Println((<-sc).area())

	// Value methods.
	rv := reflect.MakeChan(reflect.TypeOf(make(chan string)), 2)
	fmt.Println(rv.Len(), rv.Cap(), rv.Type())
	fmt.Println(rv.TrySend(reflect.ValueOf("a")), rv.TrySend(reflect.ValueOf("b")), rv.TrySend(reflect.ValueOf("c")))
	x, ok := rv.Recv()
	fmt.Println(x, ok, rv.Len())
	rv.Close()
	x, ok = rv.TryRecv()
	fmt.Println(x, ok)
	x, ok = rv.TryRecv()
	fmt.Printf("%q %v %v\n", x.String(), ok, x.IsValid())
	empty := reflect.ValueOf(make(chan int))
	x, ok = empty.TryRecv()
	fmt.Println("empty:", x.IsValid(), ok)
	// Channels made by reflect work with ordinary code.
	typed := rv.Interface().(chan string)
	_, open := <-typed
	fmt.Println("open:", open)

	// Goroutines blocked in reflect receives are woken by ordinary sends.
	pipe := make(chan []int)
	res := make(chan int)
	go func() {
		v, _ := reflect.ValueOf(pipe).Recv()
		res <- v.Len()
	}()
	pipe <- []int{1, 2, 3}
	fmt.Println("received slice of", <-res)

	// Misuse panics with gc's messages.
	var recvOnly <-chan int = c
	var sendOnly chan<- int = c
	try("send on recv-only", func() { reflect.ValueOf(recvOnly).Send(reflect.ValueOf(1)) })
	try("recv on send-only", func() { reflect.ValueOf(sendOnly).Recv() })
	try("close recv-only", func() { reflect.ValueOf(recvOnly).Close() })
	try("wrong type", func() { reflect.ValueOf(c).Send(reflect.ValueOf("x")) })
	try("not a chan", func() { reflect.ValueOf(3).Recv() })
	try("make non-chan", func() { reflect.MakeChan(reflect.TypeOf(3), 0) })
	try("make negative", func() { reflect.MakeChan(reflect.TypeOf(c), -1) })
	try("make send-only", func() { reflect.MakeChan(reflect.TypeOf(sendOnly), 0) })
	try("two defaults", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
	})
	try("recv with send value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c), Send: reflect.ValueOf(1)}})
	})
	try("send missing value", func() {
		reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(c)}})
	})
	try("bad dir", func() { reflect.Select([]reflect.SelectCase{{Dir: 9}}) })
	try("closed send", func() {
		closed := make(chan int)
		close(closed)
		reflect.ValueOf(closed).Send(reflect.ValueOf(1))
	})
}
