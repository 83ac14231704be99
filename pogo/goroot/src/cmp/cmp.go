// Package cmp provides the Ordered constraint and comparisons of ordered values.
//
// pogo's version: the whole API. NaNs order before every other float, and
// all NaNs are equal to each other, as in gc.
package cmp

// Ordered is the set of types whose values the operators < <= >= > order.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x orders before y (a NaN before any non-NaN).
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare returns -1, 0 or +1 as x orders before, with or after y.
func Compare[T Ordered](x, y T) int {
	xNaN := isNaN(x)
	yNaN := isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// isNaN is true only for a float NaN, the one value unequal to itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns its first argument that is not the zero value (or the zero value).
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
