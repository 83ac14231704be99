# command-line-arguments
./esc_chain.go:6:12: leaking param: p
./esc_chain.go:11:14: leaking param: p
./esc_chain.go:16:11: p does not escape
./esc_chain.go:21:16: p does not escape
./esc_chain.go:27:2: moved to heap: a
