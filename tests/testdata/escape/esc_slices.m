# command-line-arguments
./esc_slices.go:4:10: xs does not escape
./esc_slices.go:13:12: leaking param: xs to result ~r0 level=1
./esc_slices.go:21:14: []*int{...} does not escape
