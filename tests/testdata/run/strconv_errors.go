// strconv: *NumError values from Atoi, ParseInt, ParseUint, ParseBool (syntax, range, base, bit size), errors.Is with ErrRange/ErrSyntax, Unquote errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "-", "+", "12a", "9223372036854775808", "-9223372036854775809", "99999999999999999999", " 1", "0x10", "1_0"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	type c struct {
		s    string
		base int
		bits int
	}
	for _, t := range []c{{"128", 10, 8}, {"-129", 10, 8}, {"0x1_", 0, 64}, {"_1", 0, 64}, {"1__2", 0, 64}, {"12", 1, 64}, {"12", 37, 64}, {"12", 10, 65}, {"12", 10, -1}, {"z", 35, 64}, {"-1", 10, 64}, {"18446744073709551616", 10, 64}} {
		v, err := strconv.ParseInt(t.s, t.base, t.bits)
		u, uerr := strconv.ParseUint(t.s, t.base, t.bits)
		fmt.Println(v, err, "|", u, uerr)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		}
	}
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	for _, s := range []string{`"abc`, `'ab'`, "`x", `"\q"`, `"a"b`, `''`, `"\u00"`, `"\400"`, "\"\n\"", `x`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	_, _, _, err = strconv.UnquoteChar(`\z`, '"')
	fmt.Println(err)
	_, err = strconv.QuotedPrefix("no quote")
	fmt.Println(err, strconv.ErrRange, strconv.ErrSyntax)
}
