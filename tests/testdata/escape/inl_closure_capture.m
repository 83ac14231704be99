# command-line-arguments
./inl_closure_capture.go:9:9: can inline counter.func1
./inl_closure_capture.go:7:6: can inline counter
./inl_closure_capture.go:15:6: can inline each
./inl_closure_capture.go:29:8: can inline main.func3
./inl_closure_capture.go:24:23: can inline main.func1
./inl_closure_capture.go:27:3: can inline main.func2
./inl_closure_capture.go:10:5: inlining call to counter.func1
./inl_closure_capture.go:11:5: inlining call to counter.func1
./inl_closure_capture.go:22:21: inlining call to counter
./inl_closure_capture.go:22:13: inlining call to fmt.Println
./inl_closure_capture.go:24:6: inlining call to each
./inl_closure_capture.go:25:13: inlining call to fmt.Println
./inl_closure_capture.go:27:28: inlining call to main.func2
./inl_closure_capture.go:32:10: inlining call to main.func3
./inl_closure_capture.go:34:13: inlining call to fmt.Println
./inl_closure_capture.go:9:9: can inline counter.func1
./inl_closure_capture.go:22:21: inlining call to counter.func1
./inl_closure_capture.go:22:21: inlining call to counter.func1
./inl_closure_capture.go:24:6: inlining call to main.func1
./inl_closure_capture.go:15:11: xs does not escape
./inl_closure_capture.go:15:21: f does not escape
./inl_closure_capture.go:22:13: ... argument does not escape
./inl_closure_capture.go:22:21: ~r0 escapes to heap
./inl_closure_capture.go:24:12: []int{...} does not escape
./inl_closure_capture.go:25:13: ... argument does not escape
./inl_closure_capture.go:25:14: sum escapes to heap
./inl_closure_capture.go:34:13: ... argument does not escape
./inl_closure_capture.go:34:14: t escapes to heap
