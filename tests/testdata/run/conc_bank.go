package main

import (
	"fmt"
	"sync"
)

type account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *account, amount int) bool {
	if from == to {
		return false
	}
	// lock in a fixed order so that two opposite transfers cannot deadlock
	first, second := from, to
	if from.id > to.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accts := make([]*account, 5)
	for i := range accts {
		accts[i] = &account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var okCount, failCount int
	var cmu sync.Mutex
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ok := transfer(accts[i%5], accts[(i*3+1)%5], (i%7)*10)
			cmu.Lock()
			if ok {
				okCount++
			} else {
				failCount++
			}
			cmu.Unlock()
		}(i)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total", total, "transfers", okCount+failCount)
}
