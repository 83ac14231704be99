// ParseFloat errors: syntax and range, with *NumError fields and errors.Is.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "abc", "1.2.3", "1e", "1e+", "--1", "1_000", "0x1.8", " 1", "1 ", "1e400", "-1e400", "1e-400", "3.5e38", "inf x"} {
		for _, size := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, size)
			fmt.Println(size, f, err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("  ", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			}
		}
	}
}
