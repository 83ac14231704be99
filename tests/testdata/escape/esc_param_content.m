# command-line-arguments
./esc_param_content.go:6:12: leaking param content: pp
./esc_param_content.go:12:2: moved to heap: x
