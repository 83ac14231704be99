// Package csv reads and writes comma-separated values as RFC 4180 describes
// them, with Go's relaxations: any delimiter rune, comment lines, optional
// lazy quoting and leading-space trimming, and \r\n read as \n.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// ParseError locates a malformed record: the line it starts on, and the
// line and 1-based byte column of the defect.
type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return "record on line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
	}
	at := "parse error on line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Err.Error()
	if e.StartLine != e.Line {
		return "record on line " + strconv.Itoa(e.StartLine) + "; " + at
	}
	return at
}

func (e *ParseError) Unwrap() error { return e.Err }

// The errors a ParseError can carry.
var (
	ErrBareQuote  = errors.New("bare \" in non-quoted-field")
	ErrQuote      = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount = errors.New("wrong number of fields")
	// ErrTrailingComma is no longer returned.
	ErrTrailingComma = errors.New("extra delimiter at end of line")
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records (slices of fields) from CSV input.
type Reader struct {
	// Comma separates fields (',' by default).
	Comma rune
	// Comment, when not 0, starts a comment line (only at a line's start).
	Comment rune
	// FieldsPerRecord: > 0 requires that many fields in every record; 0
	// requires every record to have as many as the first; < 0 checks nothing.
	FieldsPerRecord int
	// LazyQuotes accepts quotes inside unquoted fields and lone quotes
	// inside quoted fields.
	LazyQuotes bool
	// TrimLeadingSpace ignores white space before each field.
	TrimLeadingSpace bool
	// ReuseRecord lets Read return the previous call's slice.
	ReuseRecord bool
	// TrailingComma is ignored.
	TrailingComma bool

	in       *bufio.Reader
	line     int   // lines read so far
	offset   int64 // bytes read so far
	buf      []byte
	ends     []int // end of each field in buf
	starts   []fieldStart
	previous []string
}

type fieldStart struct{ line, col int }

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', in: bufio.NewReader(r)}
}

// Read returns the next record; io.EOF after the last one. A record with
// the wrong number of fields is returned together with ErrFieldCount.
func (r *Reader) Read() ([]string, error) {
	if !r.ReuseRecord {
		return r.record(nil)
	}
	rec, err := r.record(r.previous)
	r.previous = rec
	return rec, err
}

// FieldPos returns the line and column where field i of the record Read
// last returned starts.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.starts) {
		panic("out of range index passed to FieldPos")
	}
	return r.starts[field].line, r.starts[field].col
}

// InputOffset is the byte offset just after the last record read.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads every remaining record; reaching EOF is not an error.
func (r *Reader) ReadAll() ([][]string, error) {
	var all [][]string
	for {
		rec, err := r.record(nil)
		if err == io.EOF {
			return all, nil
		}
		if err != nil {
			return nil, err
		}
		all = append(all, rec)
	}
}

// nextLine reads one line, with "\r\n" turned into "\n" and a '\r' ending
// the input dropped. io.EOF comes only with an empty line.
func (r *Reader) nextLine() ([]byte, error) {
	line, err := r.in.ReadBytes('\n')
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.line++
	r.offset += int64(n)
	if k := len(line); k >= 2 && line[k-2] == '\r' && line[k-1] == '\n' {
		line[k-2] = '\n'
		line = line[:k-1]
	}
	return line, err
}

// newlineLen is 1 when b ends with a newline.
func newlineLen(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func firstRune(b []byte) rune {
	c, _ := utf8.DecodeRune(b)
	return c
}

func (r *Reader) record(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || r.Comment != 0 && !validDelim(r.Comment) {
		return nil, errInvalidDelim
	}
	var line []byte
	var readErr error
	for readErr == nil {
		line, readErr = r.nextLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if readErr == nil && len(line) == newlineLen(line) {
			line = nil // blank lines separate nothing
			continue
		}
		break
	}
	if readErr == io.EOF {
		return nil, readErr
	}

	commaLen := utf8.RuneLen(r.Comma)
	first := r.line
	r.buf, r.ends, r.starts = r.buf[:0], r.ends[:0], r.starts[:0]
	at := fieldStart{r.line, 1} // where the parse is
	var err error
	endField := func(start fieldStart) {
		r.ends = append(r.ends, len(r.buf))
		r.starts = append(r.starts, start)
	}
	fail := func(line, col int, e error) {
		err = &ParseError{StartLine: first, Line: line, Column: col, Err: e}
	}

fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				i = len(line)
				at.col -= newlineLen(line)
			}
			line = line[i:]
			at.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// An unquoted field runs to the delimiter or the end of the line.
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = line[:i]
			} else {
				field = line[:len(line)-newlineLen(line)]
			}
			if q := bytes.IndexByte(field, '"'); q >= 0 && !r.LazyQuotes {
				fail(r.line, at.col+q, ErrBareQuote)
				break fields
			}
			r.buf = append(r.buf, field...)
			endField(at)
			if i < 0 {
				break fields
			}
			line = line[i+commaLen:]
			at.col += i + commaLen
			continue fields
		}

		// A quoted field may span lines; "" stands for one quote.
		start := at
		line = line[1:]
		at.col++
		for {
			q := bytes.IndexByte(line, '"')
			switch {
			case q >= 0:
				r.buf = append(r.buf, line[:q]...)
				line = line[q+1:]
				at.col += q + 1
				switch next := firstRune(line); {
				case next == '"':
					r.buf = append(r.buf, '"')
					line = line[1:]
					at.col++
				case next == r.Comma:
					line = line[commaLen:]
					at.col += commaLen
					endField(start)
					continue fields
				case len(line) == newlineLen(line):
					endField(start)
					break fields
				case r.LazyQuotes:
					r.buf = append(r.buf, '"')
				default:
					fail(r.line, at.col-1, ErrQuote)
					break fields
				}
			case len(line) > 0:
				r.buf = append(r.buf, line...)
				if readErr != nil {
					break fields
				}
				at.col += len(line)
				line, readErr = r.nextLine()
				if len(line) > 0 {
					at.line++
					at.col = 1
				}
				if readErr == io.EOF {
					readErr = nil
				}
			default:
				// The input ended inside the quotes.
				if !r.LazyQuotes && readErr == nil {
					fail(at.line, at.col, ErrQuote)
					break fields
				}
				endField(start)
				break fields
			}
		}
	}
	if err == nil {
		err = readErr
	}

	all := string(r.buf)
	if cap(dst) < len(r.ends) {
		dst = make([]string, len(r.ends))
	}
	dst = dst[:len(r.ends)]
	prev := 0
	for i, end := range r.ends {
		dst[i] = all[prev:end]
		prev = end
	}

	switch {
	case r.FieldsPerRecord > 0:
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: first, Line: first, Column: 1, Err: ErrFieldCount}
		}
	case r.FieldsPerRecord == 0:
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
