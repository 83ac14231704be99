// Package iter defines the iterator function types that range-over-func and
// the iterator helpers of slices and maps use.
//
// pogo's version: Seq and Seq2; Pull and Pull2 (which need coroutines) are not
// there yet.
package iter

// Seq yields a sequence of values to yield until it returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs to yield until it returns false.
type Seq2[K, V any] func(yield func(K, V) bool)
