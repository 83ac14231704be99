# command-line-arguments
./esc_multi_result.go:4:11: leaking param: p to result ~r1 level=0
./esc_multi_result.go:4:14: leaking param: q to result ~r0 level=0
