// Perm, Shuffle and Read from a seeded math/rand source.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(12))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	buf := make([]byte, 5)
	for i := 0; i < 3; i++ {
		n, err := r.Read(buf)
		fmt.Println(n, err, buf)
	}
	deck := make([]int, 52)
	for i := range deck {
		deck[i] = i
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:13])
	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)]++
	}
	fmt.Println(counts)
}
