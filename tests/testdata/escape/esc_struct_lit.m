# command-line-arguments
./esc_struct_lit.go:7:9: &Point{...} escapes to heap
./esc_struct_lit.go:12:7: &Point{...} does not escape
