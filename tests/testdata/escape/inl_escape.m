# command-line-arguments
./inl_escape.go:8:6: can inline newNode
./inl_escape.go:14:14: inlining call to newNode
./inl_escape.go:21:14: inlining call to newNode
./inl_escape.go:8:36: &Node{...} escapes to heap
./inl_escape.go:14:14: &Node{...} escapes to heap
./inl_escape.go:21:14: &Node{...} does not escape
