package main

type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }

func (v Vec) Dot(w Vec) float64 { return v.X*w.X + v.Y*w.Y }

func (v *Vec) Scale(k float64) {
	v.X *= k
	v.Y *= k
}

//go:noinline
func main() {
	a := Vec{1, 2}
	b := Vec{3, 4}
	c := a.Add(b)
	c.Scale(2)
	println(int(c.Dot(a)))
}
