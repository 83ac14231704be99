package runtime

// Error is what every run-time panic value implements (index out of range, nil
// dereference, send on a closed channel, panic(nil), ...): recover code tells
// them from the program's own panics by the RuntimeError marker method.
type Error interface {
	error
	RuntimeError()
}

// PanicNilError is the value panic(nil) panics with since Go 1.21, so that
// recover never returns nil for a goroutine that is really panicking.
type PanicNilError struct {
	_ [0]*PanicNilError // no other struct type converts to this one
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}
