package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.n) }

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

type Both struct{}

func (Both) String() string { return "stringer" }
func (Both) Error() string  { return "error wins" }

type Inner struct {
	A int
	B *int
}

type Outer struct {
	Name  string
	In    Inner
	PIn   *Inner
	List  []Inner
	M     map[string]int
	V     V
	P     P
	PP    *P
	Iface interface{}
	Err   error
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %s %d %+v %#v\n", v, v, v, v, v)
	fmt.Printf("%v %v\n", p, &p)
	fmt.Println(E{"x"}, Both{}, []V{{1}, {2}}, []*P{{3}}, map[string]V{"a": {4}})
	seven := 7
	o := Outer{Name: "o", In: Inner{1, &seven}, PIn: &Inner{2, nil}, List: []Inner{{3, nil}},
		M: map[string]int{"z": 1, "a": 2}, V: V{5}, P: P{6}, PP: &P{7}, Iface: V{8}, Err: errors.New("bad")}
	s := fmt.Sprintf("%v", o)
	fmt.Println(len(s) > 0, o.In.A, o.PP)
	fmt.Printf("%+v\n", o.List)
	fmt.Printf("%v %+v\n", o.V, o.P)
	fmt.Printf("%#v\n", Inner{1, nil})
	fmt.Printf("%v %+v\n", struct {
		A []string
		B map[int]bool
	}{[]string{"x"}, map[int]bool{1: true}}, struct{ C *int }{nil})
	fmt.Println(Celsius(21.5), Monday, Tuesday+0, Weekday(0))
	fmt.Printf("%v %d %s %q\n", Monday, Monday, Tuesday, Sunday)
	var st fmt.Stringer = &p
	fmt.Println(st.String())
	var err error = E{"y"}
	fmt.Printf("%v|%s|%q\n", err, err, err)
	var nilp *P
	fmt.Printf("%v %+v\n", nilp == nil, []interface{}{nil, 1, "a"})
	fmt.Printf("%T %T %T %T\n", o, &o, o.List, o.M)
	fmt.Printf("%5.2f|%-5d|%05d|%x|%X|%o|%b|%c|%U\n", 3.14159, 42, 42, 255, 255, 8, 5, 'A', 'A')
	fmt.Printf("%8s|%-8s|%.2s|%q\n", "hi", "hi", "hello", 'x')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%6.3v|%e|%g|%G\n", 3.14159, 123456.789, 1e-7, 2.5e20)
}
