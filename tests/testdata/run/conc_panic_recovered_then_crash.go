package main

import (
	"fmt"
	"sync"
)

func safe(id int, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("worker %d: %v", id, r)
		}
	}()
	f()
	return nil
}

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range 4 {
		wg.Go(func() {
			errs[i] = safe(i, func() {
				if i%2 == 1 {
					var m map[int]int
					m[i] = i
				}
			})
		})
	}
	wg.Wait()
	for _, e := range errs {
		fmt.Println(e)
	}
	// Now one that is not recovered: re-panicking in the deferred function.
	wg.Go(func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic: ", r))
		}()
		panic("original")
	})
	wg.Wait()
}
