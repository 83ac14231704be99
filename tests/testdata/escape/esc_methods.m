# command-line-arguments
./esc_methods.go:6:7: c does not escape
./esc_methods.go:11:7: leaking param: c to result ~r0 level=0
