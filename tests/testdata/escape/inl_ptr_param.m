# command-line-arguments
./inl_ptr_param.go:3:6: can inline incr
./inl_ptr_param.go:5:6: can inline get
./inl_ptr_param.go:11:7: inlining call to incr
./inl_ptr_param.go:13:13: inlining call to get
./inl_ptr_param.go:3:11: p does not escape
./inl_ptr_param.go:5:10: p does not escape
