// Package os provides a platform-independent interface to operating system
// functionality. pogo's version is minimal for now: Args and Exit.
package os

import "syscall"

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	Args = runtime_args()
}

// runtime_args is provided by the runtime.
func runtime_args() []string

// Exit causes the current program to exit with the given status code.
func Exit(code int) {
	syscall.Exit(code)
}
