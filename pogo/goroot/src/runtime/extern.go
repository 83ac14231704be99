package runtime

// The target pogo builds for: programs read these to report or branch on the
// platform (pogo only produces linux/amd64 executables).
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler names the toolchain family: pogo follows gc's run-time behaviour and
// conventions, so programs that branch on it take gc's path.
const Compiler = "gc"

// MemProfileRate is gc's heap-profiling sample interval in bytes. gc sets it to 0 at
// start when the program never reads a profile; pogo keeps none, so 0 it is.
var MemProfileRate int
