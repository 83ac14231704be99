// fmt: string verbs %s %q %x %X %v with width, precision (in runes), flags and zero padding.
package main

import "fmt"

func main() {
	for _, s := range []string{"", "hello", "héllo, 世界", "tab\t\"quote\"\n", "back`tick"} {
		fmt.Printf("[%s][%10s][%-10s][%.3s][%10.2s][%-7.4s][%010s]\n", s, s, s, s, s, s, s)
		fmt.Printf("[%q][%+q][%#q][%#+q][%12q][%-12q][%.2q]\n", s, s, s, s, s, s, s)
		fmt.Printf("[%x][%X][% x][%#x][%# x][%# X][%.2x][%12x][%-12x][%012x]\n", s, s, s, s, s, s, s, s, s, s)
		fmt.Printf("[%v][%#v][%8v][%-8v]\n", s, s, s, s)
	}
	fmt.Printf("%5s|%-5s|%.0s|%.10s|\n", "☺☺", "☺☺", "abc", "abc")
	bad := "\xff\x00\xc3"
	fmt.Printf("[%q][%+q][%#q][%x][% X][%.1q][%8q][%v]\n", bad, bad, bad, bad, bad, bad, bad, len(bad))
}
