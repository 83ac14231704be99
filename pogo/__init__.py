"""pogo: the Go toolchain, written in Python."""

__version__ = "0.1.0"
