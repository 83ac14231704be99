package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print(l.Len(), ": ")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToBack(e1)
	dump(l)
	l.MoveToFront(e1)
	l.MoveAfter(e1, e4)
	dump(l)
	l.MoveBefore(e1, l.Front())
	dump(l)
	fmt.Println(l.Remove(e4), l.Len())
	dump(l)
	fmt.Println(l.Remove(e4), l.Len())

	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	l.PushBackList(l)
	fmt.Println(l.Len())

	// Operations with elements of other lists are ignored.
	foreign := other.Front()
	fmt.Println(l.InsertBefore("x", foreign) == nil, l.Remove(foreign))
	l.MoveToFront(foreign)
	dump(other)

	var zero list.List
	zero.PushBack("lazy")
	dump(&zero)
	fmt.Println(zero.Front() == zero.Back(), zero.Front().Next() == nil)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
}
