// Package oserror holds the portable file-system errors shared by io/fs,
// os and syscall (syscall.Errno.Is maps kernel errors onto them).
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
