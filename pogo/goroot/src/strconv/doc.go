// Package strconv converts between strings and values of basic types.
//
// pogo's version covers integers, booleans, quoting, float formatting
// (FormatFloat, AppendFloat) and ParseFloat; the complex conversions are
// still to come.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange means that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion: the function, its input and the
// reason (ErrRange, ErrSyntax, or another error for bad arguments).
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, Atoi, ...)
	Num  string // the input
	Err  error  // the reason
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Kinds of failure of the parsing functions; fail turns them into errors.
const (
	errNone = iota
	errSyntax
	errRange
	errBase
	errBitSize
)

// fail builds the *NumError that function fn reports for input str.
func fail(fn, str string, kind int, arg int) error {
	var err error
	switch kind {
	case errRange:
		err = ErrRange
	case errBase:
		err = errors.New("invalid base " + Itoa(arg))
	case errBitSize:
		err = errors.New("invalid bit size " + Itoa(arg))
	default:
		err = ErrSyntax
	}
	return &NumError{fn, cloneString(str), err}
}

// cloneString copies s, so that an error does not keep a large input alive.
func cloneString(s string) string {
	return string([]byte(s))
}

// syntaxErr is the error of the unquoting functions.
func syntaxErr() error {
	return ErrSyntax
}

// index returns the position of the first c in s, or -1.
func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// lower maps an ASCII letter to lower case; other bytes may change too, which
// the callers tolerate (they only compare the result with letters).
func lower(c byte) byte {
	return c | ('x' - 'X')
}
