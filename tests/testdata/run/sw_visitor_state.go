package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	VisitNum(n int) string
	VisitAdd(a, b Expr) string
}

type Expr interface{ Accept(v Visitor) string }
type Num int
type Add struct{ L, R Expr }

func (n Num) Accept(v Visitor) string { return v.VisitNum(int(n)) }
func (a Add) Accept(v Visitor) string { return v.VisitAdd(a.L, a.R) }

type printer struct{ depth int }

func (p *printer) VisitNum(n int) string { return fmt.Sprint(n) }
func (p *printer) VisitAdd(a, b Expr) string {
	p.depth++
	defer func() { p.depth-- }()
	return "(" + a.Accept(p) + " + " + b.Accept(p) + ")" + strings.Repeat("'", p.depth)
}

type State int

const (
	Idle State = iota
	Running
	Done
)

var transitions = map[State][]State{Idle: {Running}, Running: {Done, Idle}}

func (s State) String() string { return [...]string{"Idle", "Running", "Done"}[s] }

func (s State) Can(t State) bool {
	for _, x := range transitions[s] {
		if x == t {
			return true
		}
	}
	return false
}

func main() {
	e := Add{Num(1), Add{Num(2), Num(3)}}
	p := &printer{}
	fmt.Println(e.Accept(p), p.depth)
	fmt.Println(Idle.Can(Running), Running.Can(Idle), Done.Can(Idle), fmt.Sprint(transitions[Running]))
	var sb strings.Builder
	for s := Idle; s <= Done; s++ {
		sb.WriteString(s.String())
		sb.WriteByte(',')
	}
	fmt.Println(sb.String())
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	best, bestN := "", 0
	for w, n := range freq {
		if n > bestN || n == bestN && w < best {
			best, bestN = w, n
		}
	}
	fmt.Println(best, bestN, len(freq))
}
