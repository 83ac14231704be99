package main

import (
	"fmt"
	"reflect"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}, {"Di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
	xs := []int{5, 2, 8, 1}
	swap := reflect.Swapper(xs)
	for i := 0; i < len(xs); i++ {
		for j := i + 1; j < len(xs); j++ {
			if xs[j] < xs[i] {
				swap(i, j)
			}
		}
	}
	fmt.Println(xs)
}
