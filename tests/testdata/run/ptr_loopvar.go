// Go 1.22 per-iteration loop variables: each iteration's &i is a distinct variable.
package main

import "fmt"

func main() {
	var ps []*int
	for i := 0; i < 4; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var qs []*int
	for _, v := range []int{10, 20, 30} {
		qs = append(qs, &v)
	}
	for _, q := range qs {
		fmt.Print(*q, " ")
	}
	fmt.Println()
	var rs []*int
	for i := 0; i < 3; i++ {
		j := i * 100
		rs = append(rs, &j)
		i := i
		_ = &i
	}
	fmt.Println(*rs[0], *rs[1], *rs[2])
	// the loop variable modified inside the body carries into the next iteration
	for i := 0; i < 10; i++ {
		p := &i
		*p += 2
		fmt.Print(i, " ")
	}
	fmt.Println()
}
