# command-line-arguments
./esc_field_addr.go:6:11: p does not escape
