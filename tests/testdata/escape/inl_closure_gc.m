# command-line-arguments
./inl_closure_gc.go:5:6: can inline apply
./inl_closure_gc.go:8:9: can inline main.func1
./inl_closure_gc.go:13:2: can inline main.func3
./inl_closure_gc.go:11:9: can inline main.func2
./inl_closure_gc.go:13:22: inlining call to fmt.Println
./inl_closure_gc.go:9:17: inlining call to main.func1
./inl_closure_gc.go:9:13: inlining call to fmt.Println
./inl_closure_gc.go:12:19: inlining call to apply
./inl_closure_gc.go:12:13: inlining call to fmt.Println
./inl_closure_gc.go:13:32: inlining call to main.func3
./inl_closure_gc.go:12:19: inlining call to main.func2
./inl_closure_gc.go:13:32: inlining call to fmt.Println
./inl_closure_gc.go:5:12: f does not escape
./inl_closure_gc.go:9:13: ... argument does not escape
./inl_closure_gc.go:9:17: ~r0 escapes to heap
./inl_closure_gc.go:12:13: ... argument does not escape
./inl_closure_gc.go:12:19: ~r0 escapes to heap
./inl_closure_gc.go:13:32: ... argument does not escape
./inl_closure_gc.go:13:32: "iife" escapes to heap
./inl_closure_gc.go:13:22: ... argument does not escape
./inl_closure_gc.go:13:23: "iife" escapes to heap
