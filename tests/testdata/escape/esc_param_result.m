# command-line-arguments
./esc_param_result.go:4:15: leaking param: p to result ~r0 level=0
./esc_param_result.go:9:11: leaking param: a to result ~r0 level=0
./esc_param_result.go:9:14: leaking param: b to result ~r0 level=0
