// Slices of pointers kept live across forced and automatic collections, with
// interior pointers (into arrays and structs) as the only references to some
// objects.
package main

import (
	"fmt"
	"runtime"
)

type obj struct {
	id  int
	pad [5]int
	sub *obj
}

func main() {
	live := make([]*obj, 0)
	var interior []*int
	for i := 0; i < 300000; i++ {
		o := &obj{id: i}
		o.sub = &obj{id: -i}
		if i%1000 == 0 {
			live = append(live, o)
			arr := new([64]int)
			arr[37] = i
			interior = append(interior, &arr[37]) // only an interior pointer keeps arr
			o.pad[2] = i * 3
			interior = append(interior, &o.pad[2])
		}
		if i%100000 == 0 {
			runtime.GC()
		}
		_ = make([]*obj, 50) // garbage with pointer slots
	}
	runtime.GC()
	s := 0
	for i, o := range live {
		if o.id != i*1000 || o.sub.id != -o.id {
			fmt.Println("bad", i)
			return
		}
		s += o.id
	}
	for i := 0; i < len(interior); i += 2 {
		if *interior[i] != i/2*1000 || *interior[i+1] != i/2*3000 {
			fmt.Println("bad interior", i)
			return
		}
	}
	fmt.Println(len(live), len(interior), s)
}
