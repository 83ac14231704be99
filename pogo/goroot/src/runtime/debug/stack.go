package debug

import (
	"os"
	"runtime"
)

// Stack returns a traceback of the calling goroutine in gc's format.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes Stack's traceback to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}
