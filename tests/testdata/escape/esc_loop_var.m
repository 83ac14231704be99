# command-line-arguments
./esc_loop_var.go:7:6: moved to heap: i
