package runtime

// The dynamic types of run-time panics. Programs see them through recover: they
// print them with %T, compare them, and assert them to runtime.Error or
// *runtime.TypeAssertionError, so each kind of failure has gc's type:
// boundsError (index, slice and slice-to-array conversion bounds), errorString (a
// message prefixed "runtime error: "), plainError (no prefix: nil map writes,
// channel misuse) and *TypeAssertionError (failed interface conversions).

// Error is the interface every run-time panic value implements.
type Error interface {
	error
	// RuntimeError marks the value as a run-time error.
	RuntimeError()
}

// TypeAssertionError is the panic value of a failed type assertion or interface
// conversion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string { return e.msg }

// errorString is a run-time error whose message gets the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a run-time error whose message has no "runtime error: " prefix.
// It is a string, so two such panics with the same text are equal values.
type plainError string

func (e plainError) Error() string { return string(e) }

func (e plainError) RuntimeError() {}

// boundsError is the panic value of an index or slice bound out of range; msg is
// the text after "runtime error: ".
type boundsError struct {
	msg string
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string { return "runtime error: " + e.msg }

// memoryErrorText is what a nil dereference reports (see panicmem).
const memoryErrorText = "invalid memory address or nil pointer dereference"

// panicerror raises a run-time panic of type errorString with text s.
func panicerror(s string) {
	gopanic(errorString(s))
}

// panicbounds raises a bounds error with text s.
func panicbounds(s string) {
	gopanic(boundsError{s})
}

// panicassert raises a failed interface conversion with text s.
func panicassert(s string) {
	gopanic(&TypeAssertionError{s})
}

// PanicNilError is the value panic(nil) panics with since Go 1.21, so that
// recover never returns nil for a goroutine that is really panicking.
type PanicNilError struct {
	_ [0]*PanicNilError // no other struct type converts to this one
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}
