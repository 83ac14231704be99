# command-line-arguments
./esc_array.go:4:11: a does not escape
