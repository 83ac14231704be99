// An unrecovered panic with an error value prints its Error() text; deferred calls run first.
package main

import "fmt"

type failure struct{ code int }

func (f *failure) Error() string { return fmt.Sprint("failure code ", f.code) }

func main() {
	defer fmt.Println("deferred before dying")
	panic(&failure{7})
}
