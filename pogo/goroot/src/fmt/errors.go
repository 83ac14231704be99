package fmt

import "errors"

// Errorf formats according to format and returns the text as an error.
// Each %w directive takes an error operand, which the result wraps: with
// one %w its Unwrap method returns that error, with several an Unwrap
// method returns them all, in argument order. A %w operand that is not an
// error is an error of formatting (%!w(...)) and is not wrapped.
func Errorf(format string, a ...any) error {
	b, wrapped, reordered := appendf(make([]byte, 0, 64), format, a, true)
	msg := string(b)
	switch len(wrapped) {
	case 0:
		return errors.New(msg)
	case 1:
		e := &wrapError{msg: msg}
		e.err, _ = a[wrapped[0]].(error)
		return e
	}
	if reordered {
		sortInts(wrapped)
	}
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg, errs}
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
