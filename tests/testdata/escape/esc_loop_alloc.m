# command-line-arguments
./esc_loop_alloc.go:12:10: &Node{...} escapes to heap
./esc_loop_alloc.go:21:8: &Node{...} does not escape
