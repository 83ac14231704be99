// strconv: Itoa, FormatInt and FormatUint in every base from 2 to 36, at the limits of int64/uint64.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(7), strconv.Itoa(-7), strconv.Itoa(99), strconv.Itoa(100), strconv.Itoa(-100))
	fmt.Println(strconv.Itoa(9223372036854775807), strconv.Itoa(-9223372036854775808))
	for base := 2; base <= 36; base++ {
		fmt.Println(base, strconv.FormatInt(-9223372036854775808, base), strconv.FormatInt(9223372036854775807, base),
			strconv.FormatUint(18446744073709551615, base), strconv.FormatInt(int64(base*base+base-1), base), strconv.FormatUint(0, base))
	}
	v := int64(1)
	for i := 0; i < 20; i++ {
		fmt.Println(strconv.FormatInt(v, 10), strconv.FormatInt(-v, 10), strconv.FormatInt(v-1, 16), strconv.FormatInt(v+1, 7))
		v *= 9
	}
}
