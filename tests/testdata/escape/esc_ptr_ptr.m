# command-line-arguments
./esc_ptr_ptr.go:4:10: pp does not escape
./esc_ptr_ptr.go:4:20: leaking param: p
./esc_ptr_ptr.go:10:2: moved to heap: x
