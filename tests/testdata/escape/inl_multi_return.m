# command-line-arguments
./inl_multi_return.go:3:6: can inline divmod
./inl_multi_return.go:5:6: can inline sign
./inl_multi_return.go:16:16: inlining call to divmod
./inl_multi_return.go:17:20: inlining call to sign
./inl_multi_return.go:17:30: inlining call to sign
./inl_multi_return.go:17:39: inlining call to sign
