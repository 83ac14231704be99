# command-line-arguments
./inl_too_big.go:3:6: can inline big
./inl_too_big.go:25:6: can inline small
./inl_too_big.go:29:13: inlining call to big
./inl_too_big.go:29:24: inlining call to small
