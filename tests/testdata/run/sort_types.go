// sort: IntSlice and StringSlice methods, Sort/Stable/IsSorted through sort.Interface and sort.Reverse on them.
package main

import (
	"fmt"
	"sort"
)

func main() {
	is := sort.IntSlice{5, 2, 8, 1, 9, 3}
	fmt.Println(sort.IsSorted(is), is.Len(), is.Less(0, 1))
	is.Sort()
	fmt.Println(is, sort.IsSorted(is), is.Search(5), is.Search(6), is.Search(100))
	is.Swap(0, 5)
	fmt.Println(is)
	sort.Sort(sort.Reverse(is))
	fmt.Println(is, sort.IsSorted(sort.Reverse(is)))
	ss := sort.StringSlice{"pear", "fig", "apple", "fig"}
	ss.Sort()
	fmt.Println(ss, ss.Search("fig"), ss.Search("grape"), ss.Len(), ss.Less(1, 0))
	sort.Stable(sort.Reverse(ss))
	fmt.Println(ss)
	x := []int{3, 1, 2}
	sort.Sort(sort.IntSlice(x))
	fmt.Println(x, sort.IntsAreSorted(x))
}
