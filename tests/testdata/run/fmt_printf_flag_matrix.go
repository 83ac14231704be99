// fmt: every combination of flags, widths and precisions for %d %x %o %b %s %q %c %U %t, built at run time.
package main

import "fmt"

func main() {
	flags := []string{"", "+", "-", "#", "0", " ", "+0", "-0", "#0", "+ ", "#-", "0-+", "# 0"}
	sizes := []string{"", "1", "6", ".0", ".2", "8.3", "-3", "05"}
	verbs := "dxXobcqUvs"
	vals := []any{0, 7, -12, 255, int8(-128), uint16(65535), "go", "\tq", true, 'é'}
	for _, f := range flags {
		for _, s := range sizes {
			line := ""
			for i := 0; i < len(verbs); i++ {
				format := "%" + f + s + string(verbs[i])
				for _, v := range vals {
					line += "[" + fmt.Sprintf(format, v) + "]"
				}
			}
			fmt.Println(f, s, line)
		}
	}
}
