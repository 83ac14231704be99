# command-line-arguments
./esc_new.go:7:10: new(int) does not escape
./esc_new.go:14:10: new(int) escapes to heap
