# command-line-arguments
./inl_leaf.go:3:6: can inline add
./inl_leaf.go:5:6: can inline sq
./inl_leaf.go:7:6: can inline max
./inl_leaf.go:18:16: inlining call to sq
./inl_leaf.go:18:10: inlining call to add
./inl_leaf.go:20:16: inlining call to max
./inl_leaf.go:20:27: inlining call to max
