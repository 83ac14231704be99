// Structs in slices and arrays: appending, updating through indexes, slices of pointers.
package main

import "fmt"

type emp struct {
	name   string
	salary int
}

func raise(es []emp, pct int) {
	for i := range es {
		es[i].salary += es[i].salary * pct / 100
	}
}

func main() {
	var staff []emp
	staff = append(staff, emp{"ann", 100}, emp{"ben", 200})
	staff = append(staff, emp{name: "cid"})
	raise(staff, 10)
	fmt.Println(staff)
	ptrs := []*emp{&staff[0], &staff[1]}
	ptrs[1].salary = 1
	fmt.Println(staff[1], len(ptrs))
	var team [2]emp
	team[0].name = "dee"
	team[1] = staff[2]
	fmt.Println(team)
	total := 0
	for _, e := range staff {
		total += e.salary
	}
	fmt.Println(total)
}
