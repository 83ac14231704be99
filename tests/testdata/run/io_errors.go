// io: the shared error values and Seek constants, wrapped and compared with errors.Is; interface variables.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	errs := []error{io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe}
	for i, e := range errs {
		w := fmt.Errorf("op %d: %w", i, e)
		fmt.Println(w, errors.Is(w, io.EOF), errors.Is(w, e), errors.Unwrap(w) == e)
	}
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	var r io.Reader
	var rw io.ReadWriter
	var bs io.ByteScanner
	fmt.Println(r == nil, rw == nil, bs == nil)
	fmt.Printf("%T %v %q\n", io.EOF, io.EOF, io.EOF)
}
