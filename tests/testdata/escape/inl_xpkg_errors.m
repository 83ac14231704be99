# command-line-arguments
./inl_xpkg_errors.go:10:6: can inline mag
./inl_xpkg_errors.go:17:6: can inline check
./inl_xpkg_errors.go:8:24: inlining call to errors.New
./inl_xpkg_errors.go:11:15: inlining call to math.IsNaN
./inl_xpkg_errors.go:14:17: inlining call to math.Abs
./inl_xpkg_errors.go:14:17: inlining call to math.Float64bits
./inl_xpkg_errors.go:14:17: inlining call to math.Float64frombits
./inl_xpkg_errors.go:19:20: inlining call to errors.New
./inl_xpkg_errors.go:26:15: inlining call to mag
./inl_xpkg_errors.go:28:23: inlining call to math.NaN
./inl_xpkg_errors.go:28:14: inlining call to mag
./inl_xpkg_errors.go:29:30: inlining call to check
./inl_xpkg_errors.go:29:49: inlining call to check
./inl_xpkg_errors.go:30:26: inlining call to math.Float64bits
./inl_xpkg_errors.go:30:50: inlining call to math.Signbit
./inl_xpkg_errors.go:26:15: inlining call to math.IsNaN
./inl_xpkg_errors.go:26:15: inlining call to math.Abs
./inl_xpkg_errors.go:28:23: inlining call to math.Float64frombits
./inl_xpkg_errors.go:28:14: inlining call to math.IsNaN
./inl_xpkg_errors.go:28:14: inlining call to math.Abs
./inl_xpkg_errors.go:29:30: inlining call to errors.New
./inl_xpkg_errors.go:29:49: inlining call to errors.New
./inl_xpkg_errors.go:30:50: inlining call to math.Float64bits
./inl_xpkg_errors.go:26:15: inlining call to math.Float64bits
./inl_xpkg_errors.go:26:15: inlining call to math.Float64frombits
./inl_xpkg_errors.go:28:14: inlining call to math.Float64bits
./inl_xpkg_errors.go:28:14: inlining call to math.Float64frombits
./inl_xpkg_errors.go:19:20: &errors.errorString{...} escapes to heap
./inl_xpkg_errors.go:29:30: &errors.errorString{...} does not escape
./inl_xpkg_errors.go:29:49: &errors.errorString{...} does not escape
