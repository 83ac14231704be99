package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	var m sync.Map
	m.Store("ok", 1)
	try("Store", func() { m.Store([]int{1}, 1) })
	try("Load", func() { m.Load(map[string]int{}) })
	try("LoadOrStore", func() { m.LoadOrStore(func() {}, 2) })
	try("LoadAndDelete", func() { m.LoadAndDelete([]byte("k")) })
	try("Delete", func() { m.Delete([]string{}) })
	try("Swap", func() { m.Swap([]int{}, 3) })
	try("CompareAndSwap", func() { m.CompareAndSwap([]int{}, 1, 2) })
	try("CompareAndDelete", func() { m.CompareAndDelete([]int{}, 1) })
	// The map is still usable afterwards, also from other goroutines.
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() { m.Store(i, i*i) })
	}
	wg.Wait()
	v, ok := m.Load("ok")
	fmt.Println(v, ok)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("entries:", n)
	// Comparing an uncomparable stored value.
	m.Store("slice", []int{1})
	try("CompareAndSwap value", func() { m.CompareAndSwap("slice", []int{1}, 5) })
	fmt.Println(m.CompareAndSwap("ok", 1, 10))
	// The zero Map checks its keys too.
	var z sync.Map
	try("zero Load", func() { z.Load([]int{}) })
	try("zero Delete", func() { z.Delete([]int{}) })
	try("zero CompareAndDelete", func() { z.CompareAndDelete([]int{}, 0) })
	z.Store(1, 1)
	fmt.Println(z.Load(1))
}
