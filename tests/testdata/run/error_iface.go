// The error interface: custom error types, nil errors, and fmt printing via Error().
package main

import "fmt"

type notFound struct {
	key string
}

func (e *notFound) Error() string { return "not found: " + e.key }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprint("code ", int(c)) }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "z":
		return 0, codeErr(26)
	}
	return 0, &notFound{k}
}

func main() {
	for _, k := range []string{"a", "b", "z"} {
		v, err := lookup(k)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(*notFound); ok {
				fmt.Println("missing key", nf.key)
			}
			continue
		}
		fmt.Println("value", v)
	}
	var err error = codeErr(3)
	fmt.Println(err.Error(), err)
	fmt.Println(fmt.Sprint(err) == "code 3")
}
