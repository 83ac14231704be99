// Package errors creates and examines error values.
//
// pogo's version: the whole API of gc's package. As examines types through
// the compiler's type descriptors (pogo has no reflect yet); its target may
// point to a concrete type or to error, but not yet to other interfaces.
package errors

// New returns an error whose Error method returns text. Each call makes a
// distinct error, even for equal texts.
func New(text string) error {
	return &errorString{text}
}

// errorString is the error New makes (its name and field show in %T and
// %+v, as with gc).
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported = New("unsupported operation")
