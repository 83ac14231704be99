# command-line-arguments
./esc_return_addr.go:5:2: moved to heap: n
