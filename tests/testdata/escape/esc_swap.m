# command-line-arguments
./esc_swap.go:4:11: a does not escape
./esc_swap.go:4:14: b does not escape
