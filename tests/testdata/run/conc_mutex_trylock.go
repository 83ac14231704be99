package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int) bool {
	// Lock both without deadlock: take the first, try the second, back off.
	for {
		from.mu.Lock()
		if to.mu.TryLock() {
			break
		}
		from.mu.Unlock()
		from, to = to, from
		amount = -amount
	}
	defer from.mu.Unlock()
	defer to.mu.Unlock()
	if from.balance < amount || to.balance < -amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	var m sync.Mutex
	fmt.Println("trylock free:", m.TryLock())
	fmt.Println("trylock held:", m.TryLock())
	m.Unlock()
	fmt.Println("trylock after unlock:", m.TryLock())
	m.Unlock()

	accts := []*account{{balance: 1000}, {balance: 1000}, {balance: 1000}}
	var wg sync.WaitGroup
	var ok atomic.Int32
	for g := range 30 {
		wg.Go(func() {
			for i := range 100 {
				a, b := accts[(g+i)%3], accts[(g+i+1)%3]
				if transfer(a, b, (g*7+i)%50) {
					ok.Add(1)
				}
			}
		})
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("money conserved:", total, "some transfers:", ok.Load() > 0)

	// A Locker interface value.
	var l sync.Locker = &m
	l.Lock()
	fmt.Println("locked through Locker:", !m.TryLock())
	l.Unlock()
}
