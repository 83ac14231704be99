package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%d:%s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct{ Created, Updated int64 }

func (t *Timestamps) Touch(now int64) { t.Updated = now }

type User struct {
	Base
	*Timestamps
	Email string
}

type Admin struct {
	User
	Level int
}

func (a Admin) Describe() string { return "admin " + a.User.Describe() }

type Describer interface{ Describe() string }

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

func main() {
	u := User{Base{1, "ann"}, &Timestamps{1, 1}, "a@x"}
	u.Rename("anna")
	u.Touch(42)
	fmt.Println(u.Describe(), u.Updated, u.Name, u.Base.Name)
	a := Admin{u, 3}
	a.Rename("boss")
	fmt.Println(a.Describe(), a.User.Describe(), a.ID, a.Created)
	ds := []Describer{u, a, &a, &u, Base{9, "b"}}
	for _, d := range ds {
		fmt.Print(d.Describe(), "; ")
	}
	fmt.Println()
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = root.Insert(v)
	}
	var vals []int
	root.Walk(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Height())
	anon := struct {
		Base
		Extra bool
	}{Base{7, "anon"}, true}
	fmt.Println(anon.Describe(), anon.ID)
	type Pair struct {
		K string
		V int
	}
	pairs := map[Pair]bool{{"a", 1}: true}
	fmt.Println(pairs[Pair{"a", 1}], pairs[Pair{"a", 2}])
	defer func() { fmt.Println("recovered:", recover()) }()
	var u2 User
	u2.Touch(1)
}
