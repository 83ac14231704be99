# command-line-arguments
./esc_struct_ptr_field.go:6:10: h does not escape
./esc_struct_ptr_field.go:21:2: moved to heap: y
./esc_struct_ptr_field.go:22:7: &Holder{...} escapes to heap
