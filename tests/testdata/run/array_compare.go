// Array comparison with == and != for ints, strings and nested arrays.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b, a == c, a != c)
	s1 := [2]string{"go", "pher"}
	s2 := [2]string{"go", "pher"}
	s3 := [2]string{"go", "lang"}
	fmt.Println(s1 == s2, s1 == s3)
	n1 := [2][2]int{{1, 2}, {3, 4}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2[1][1] = 0
	fmt.Println(n1 == n2)
	var z [0]int
	fmt.Println(z == [0]int{})
	var x any = [2]int{1, 2}
	fmt.Println(x == any([2]int{1, 2}))
}
