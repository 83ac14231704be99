# command-line-arguments
./esc_big_new.go:7:10: new(Big) escapes to heap
./esc_big_new.go:15:10: new(Small) does not escape
