package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("POGO_TEST_VAR", "value one"))
	fmt.Printf("%q\n", os.Getenv("POGO_TEST_VAR"))
	v, ok := os.LookupEnv("POGO_TEST_VAR")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("POGO_TEST_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)

	os.Setenv("POGO_EMPTY", "")
	v, ok = os.LookupEnv("POGO_EMPTY")
	fmt.Printf("%q %v\n", v, ok)

	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "POGO_") {
			found++
			fmt.Println("environ:", kv)
		}
	}
	fmt.Println("found", found)

	os.Setenv("POGO_TEST_VAR", "changed")
	fmt.Println(os.Getenv("POGO_TEST_VAR"))
	fmt.Println(os.Unsetenv("POGO_TEST_VAR"))
	v, ok = os.LookupEnv("POGO_TEST_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("POGO_NEVER_SET"))

	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("NUL\x00", "x"))

	os.Setenv("POGO_NAME", "gopher")
	fmt.Println(os.ExpandEnv("hello $POGO_NAME and ${POGO_NAME}! $POGO_MISSING. cost: $5 ${}"))
	fmt.Println(os.Expand("$a-${b}-$c", func(k string) string { return strings.ToUpper(k) + k }))
	fmt.Println(os.Getenv("HOME") != "", len(os.Environ()) > 1)
}
