package runtime

// The target pogo builds for: programs read these to report or branch on the
// platform (pogo only produces linux/amd64 executables).
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)
