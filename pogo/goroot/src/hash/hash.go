// Package hash declares the interfaces every hash function of the standard
// library implements, so callers can swap one checksum or digest for another.
package hash

import "io"

// Hash is a running hash: bytes go in through Write (which never fails) and
// Sum appends the digest of everything written so far without changing the
// state.
type Hash interface {
	io.Writer

	// Sum appends the current hash to b and returns the result.
	Sum(b []byte) []byte

	// Reset forgets everything written.
	Reset()

	// Size is the number of bytes Sum appends.
	Size() int

	// BlockSize is the hash's natural block size; Write is most efficient
	// with multiples of it.
	BlockSize() int
}

// Hash32 is a Hash whose digest fits a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose digest fits a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}

// Cloner is a Hash that can copy its current state into an independent hash.
type Cloner interface {
	Hash
	Clone() (Cloner, error)
}

// XOF is an extendable-output function: after writing, any number of output
// bytes can be read.
type XOF interface {
	io.Writer
	io.Reader
	Reset()
	BlockSize() int
}
