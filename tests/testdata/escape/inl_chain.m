# command-line-arguments
./inl_chain.go:3:6: can inline double
./inl_chain.go:5:6: can inline quad
./inl_chain.go:5:44: inlining call to double
./inl_chain.go:5:37: inlining call to double
./inl_chain.go:11:12: inlining call to quad
./inl_chain.go:11:12: inlining call to double
./inl_chain.go:11:12: inlining call to double
