# command-line-arguments
./esc_param_heap.go:6:15: leaking param: p
./esc_param_heap.go:11:11: p does not escape
./esc_param_heap.go:17:2: moved to heap: a
