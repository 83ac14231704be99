// Package hash declares the interfaces every hash function implements.
package hash

import "io"

// Hash is a running hash: Write adds data (never returning an error), Sum
// appends the current hash to b without changing the state.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose value also comes as a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value also comes as a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}

// Cloner is a Hash whose running state can be duplicated.
type Cloner interface {
	Hash
	Clone() (Cloner, error)
}

// XOF is an extendable-output function: data is written in, then any amount
// of output is read.
type XOF interface {
	io.Writer
	io.Reader
	Reset()
	BlockSize() int
}
