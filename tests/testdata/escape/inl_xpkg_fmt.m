# command-line-arguments
./inl_xpkg_fmt.go:11:6: can inline size
./inl_xpkg_fmt.go:12:21: inlining call to utf8.RuneLen
./inl_xpkg_fmt.go:16:11: inlining call to size
./inl_xpkg_fmt.go:17:13: inlining call to fmt.Println
./inl_xpkg_fmt.go:19:12: inlining call to fmt.Printf
./inl_xpkg_fmt.go:21:20: inlining call to strings.(*Builder).Len
./inl_xpkg_fmt.go:21:33: inlining call to strings.(*Builder).String
./inl_xpkg_fmt.go:22:11: inlining call to fmt.Print
./inl_xpkg_fmt.go:16:11: inlining call to utf8.RuneLen
./inl_xpkg_fmt.go:17:13: ... argument does not escape
./inl_xpkg_fmt.go:17:14: "hello" escapes to heap
./inl_xpkg_fmt.go:17:23: n escapes to heap
./inl_xpkg_fmt.go:18:7: &point{...} does not escape
./inl_xpkg_fmt.go:19:12: ... argument does not escape
./inl_xpkg_fmt.go:19:25: p.x escapes to heap
./inl_xpkg_fmt.go:19:30: p.y escapes to heap
./inl_xpkg_fmt.go:22:11: ... argument does not escape
./inl_xpkg_fmt.go:22:12: k escapes to heap
./inl_xpkg_fmt.go:22:15: empty escapes to heap
./inl_xpkg_fmt.go:22:22: "\n" escapes to heap
