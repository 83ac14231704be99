package io

import "sync"

// stickyError holds the first error stored in it.
type stickyError struct {
	mu  sync.Mutex
	err error
}

func (s *stickyError) set(err error) {
	s.mu.Lock()
	if s.err == nil {
		s.err = err
	}
	s.mu.Unlock()
}

func (s *stickyError) get() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// pipe is the state shared by the two ends of a Pipe. A Write hands its
// buffer to Reads over data, one Read at a time, each Read answering with
// the number of bytes it took over taken; closed is closed by the first
// Close of either end.
type pipe struct {
	writing   sync.Mutex // one Write at a time
	data      chan []byte
	taken     chan int
	closeOnce sync.Once
	closed    chan struct{}
	readErr   stickyError // why the read end was closed
	writeErr  stickyError // why the write end was closed
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.closed:
		return 0, p.readClosedError()
	default:
	}
	select {
	case w := <-p.data:
		n := copy(b, w)
		p.taken <- n
		return n, nil
	case <-p.closed:
		return 0, p.readClosedError()
	}
}

func (p *pipe) write(b []byte) (int, error) {
	select {
	case <-p.closed:
		return 0, p.writeClosedError()
	default:
		p.writing.Lock()
		defer p.writing.Unlock()
	}
	n := 0
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.closed:
			return n, p.writeClosedError()
		}
	}
	return n, nil
}

func (p *pipe) close() { p.closeOnce.Do(func() { close(p.closed) }) }

// readClosedError is what Read returns once the pipe is closed: the
// writer's error if only the writer closed it, else ErrClosedPipe.
func (p *pipe) readClosedError() error {
	if werr := p.writeErr.get(); p.readErr.get() == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeClosedError is what Write returns once the pipe is closed: the
// reader's error if only the reader closed it, else ErrClosedPipe.
func (p *pipe) writeClosedError() error {
	if rerr := p.readErr.get(); p.writeErr.get() == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// PipeReader is the read end of a Pipe.
type PipeReader struct{ p *pipe }

// Read blocks until a Write supplies data or the pipe is closed. After the
// write end is closed it returns that end's error (EOF for Close).
func (r *PipeReader) Read(data []byte) (int, error) { return r.p.read(data) }

// Close closes the read end: later Writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the read end: later Writes fail with err
// (ErrClosedPipe if nil). Only the first error given to either end sticks.
func (r *PipeReader) CloseWithError(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	r.p.readErr.set(err)
	r.p.close()
	return nil
}

// PipeWriter is the write end of a Pipe.
type PipeWriter struct{ p *pipe }

// Write blocks until Reads have taken all of data or the pipe is closed.
func (w *PipeWriter) Write(data []byte) (int, error) { return w.p.write(data) }

// Close closes the write end: Reads then return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the write end: Reads then return err (EOF if nil).
// Only the first error given to either end sticks.
func (w *PipeWriter) CloseWithError(err error) error {
	if err == nil {
		err = EOF
	}
	w.p.writeErr.set(err)
	w.p.close()
	return nil
}

// Pipe returns the two ends of a synchronous in-memory pipe: each Write
// blocks until one or more Reads have consumed all its bytes, with no
// buffering in between. Reads and Writes may be called from several
// goroutines; they are served one at a time.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{data: make(chan []byte), taken: make(chan int), closed: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}
