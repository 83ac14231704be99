# command-line-arguments
./esc_named_result.go:7:6: &Box{...} escapes to heap
./esc_named_result.go:12:13: b does not escape
