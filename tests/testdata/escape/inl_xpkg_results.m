# command-line-arguments
./inl_xpkg_results.go:12:6: can inline v
./inl_xpkg_results.go:14:6: can inline named
./inl_xpkg_results.go:20:23: inlining call to v
./inl_xpkg_results.go:20:35: inlining call to named
./inl_xpkg_results.go:20:13: inlining call to fmt.Println
./inl_xpkg_results.go:21:28: inlining call to utf8.ValidRune
./inl_xpkg_results.go:21:45: inlining call to utf8.RuneLen
./inl_xpkg_results.go:21:13: inlining call to fmt.Println
./inl_xpkg_results.go:10:8: s does not escape
./inl_xpkg_results.go:12:8: s does not escape
./inl_xpkg_results.go:14:12: s does not escape
./inl_xpkg_results.go:20:13: ... argument does not escape
./inl_xpkg_results.go:20:15: w("a") escapes to heap
./inl_xpkg_results.go:20:23: ~r0 escapes to heap
./inl_xpkg_results.go:20:35: n escapes to heap
./inl_xpkg_results.go:21:13: ... argument does not escape
./inl_xpkg_results.go:21:28: ~r0 escapes to heap
./inl_xpkg_results.go:21:45: ~r0 escapes to heap
./inl_xpkg_results.go:21:67: strings.ToUpper("q") escapes to heap
