# command-line-arguments
./inl_closure_order.go:3:6: can inline twice
./inl_closure_order.go:8:9: can inline work.func1
./inl_closure_order.go:9:9: can inline work.func2
./inl_closure_order.go:10:2: can inline work.func3
./inl_closure_order.go:13:7: can inline work.func4
./inl_closure_order.go:18:6: can inline main
./inl_closure_order.go:10:32: inlining call to work.func3
./inl_closure_order.go:11:10: inlining call to work.func1
./inl_closure_order.go:11:19: inlining call to work.func1
./inl_closure_order.go:12:12: inlining call to twice
./inl_closure_order.go:13:44: inlining call to work.func4
./inl_closure_order.go:12:12: inlining call to work.func2
./inl_closure_order.go:12:12: inlining call to work.func2
./inl_closure_order.go:3:12: f does not escape
