# command-line-arguments
./esc_linked.go:9:11: a does not escape
./esc_linked.go:9:14: leaking param: b
./esc_linked.go:14:13: leaking param: n to result ~r0 level=1
./esc_linked.go:20:7: &Node{...} does not escape
./esc_linked.go:21:7: &Node{...} escapes to heap
