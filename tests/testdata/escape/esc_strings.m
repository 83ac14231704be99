# command-line-arguments
./esc_strings.go:4:13: s does not escape
./esc_strings.go:9:11: leaking param: s to result ~r0 level=0
./esc_strings.go:16:11: leaking param: s
