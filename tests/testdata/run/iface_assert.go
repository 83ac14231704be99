// Type assertions on interfaces with methods: to concrete types, to interfaces, comma-ok forms.
package main

import "fmt"

type animal interface{ sound() string }
type walker interface{ legs() int }

type dog struct{ name string }
type fish struct{}

func (d dog) sound() string  { return d.name + " says woof" }
func (d dog) legs() int      { return 4 }
func (f *fish) sound() string { return "blub" }

func main() {
	var a animal = dog{"rex"}
	d := a.(dog)
	fmt.Println(d.name)
	if _, ok := a.(*fish); !ok {
		fmt.Println("not a fish")
	}
	if w, ok := a.(walker); ok {
		fmt.Println("walks on", w.legs())
	}
	a = &fish{}
	_, ok := a.(walker)
	fmt.Println(ok, a.sound())
	var x any = dog{"fido"}
	if an, ok := x.(animal); ok {
		fmt.Println(an.sound())
	}
	var y any = 42
	_, ok = y.(animal)
	fmt.Println(ok)
	var none animal
	_, ok = none.(dog)
	fmt.Println(ok)
}
