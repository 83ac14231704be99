// strconv: successful ParseInt, ParseUint, Atoi and ParseBool with bases, prefixes, signs and underscores.
package main

import (
	"fmt"
	"strconv"
)

func pi(s string, base, bits int) {
	v, err := strconv.ParseInt(s, base, bits)
	fmt.Println("ParseInt", s, base, bits, v, err == nil)
}

func pu(s string, base, bits int) {
	v, err := strconv.ParseUint(s, base, bits)
	fmt.Println("ParseUint", s, base, bits, v, err == nil)
}

func list(a ...string) []string { return a }

func main() {
	pi("0", 10, 64)
	pi("-0", 10, 64)
	pi("+17", 10, 64)
	pi("-9223372036854775808", 10, 64)
	pi("9223372036854775807", 10, 0)
	pi("-128", 10, 8)
	pi("127", 10, 8)
	pi("0x7f", 0, 8)
	pi("-0b1010", 0, 16)
	pi("0o777", 0, 32)
	pi("0777", 0, 32)
	pi("1_000_000", 0, 64)
	pi("0x_dead_BEEF", 0, 64)
	pi("zz", 36, 64)
	pi("-ZZ", 36, 64)
	pi("11111111", 2, 9)
	pu("18446744073709551615", 10, 64)
	pu("ffffffff", 16, 32)
	pu("0B1111", 0, 8)
	pu("0O17", 0, 0)
	pu("0X1", 0, 1)
	pu("123456789012", 0, 40)
	pu("0", 0, 0)
	for _, s := range list("0", "1", "-1", "+99", "123456789", "-987654321", "1234567890123456789", "-9223372036854775808", "007") {
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", s, n, err == nil)
	}
	for _, s := range list("1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False") {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", s, b, err == nil)
	}
}
