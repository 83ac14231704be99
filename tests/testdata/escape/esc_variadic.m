# command-line-arguments
./esc_variadic.go:4:10: xs does not escape
./esc_variadic.go:15:11: leaking param: ps
./esc_variadic.go:21:2: moved to heap: a
./esc_variadic.go:21:5: moved to heap: b
./esc_variadic.go:22:6: ... argument escapes to heap
./esc_variadic.go:23:13: ... argument does not escape
