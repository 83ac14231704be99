package csv

import (
	"bufio"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Writer writes records as CSV, quoting fields only where needed. Output
// is buffered: call Flush (and check Error) when done.
type Writer struct {
	Comma   rune // field delimiter (',' from NewWriter)
	UseCRLF bool // end lines with \r\n instead of \n
	w       *bufio.Writer
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// needsQuotes: empty fields never; fields holding the delimiter, a quote or
// a line break, starting with white space, or equal to `\.` (which ends
// data in PostgreSQL's COPY) always.
func (w *Writer) needsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` || strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	c, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(c)
}

// Write writes one record, with its line terminator.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for i, field := range record {
		if i > 0 {
			if _, err := w.w.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if !w.needsQuotes(field) {
			if _, err := w.w.WriteString(field); err != nil {
				return err
			}
			continue
		}
		if err := w.quoted(field); err != nil {
			return err
		}
	}
	return w.endLine()
}

func (w *Writer) endLine() error {
	if w.UseCRLF {
		_, err := w.w.WriteString("\r\n")
		return err
	}
	return w.w.WriteByte('\n')
}

// quoted writes field between quotes, doubling quotes; with UseCRLF a lone
// \n becomes \r\n and a \r is dropped.
func (w *Writer) quoted(field string) error {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(field); i++ {
		switch c := field[i]; c {
		case '"':
			b.WriteString(`""`)
		case '\r':
			if !w.UseCRLF {
				b.WriteByte('\r')
			}
		case '\n':
			if w.UseCRLF {
				b.WriteString("\r\n")
			} else {
				b.WriteByte('\n')
			}
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	_, err := w.w.WriteString(b.String())
	return err
}

// Flush writes any buffered data to the underlying writer.
func (w *Writer) Flush() { w.w.Flush() }

// Error reports any error of an earlier Write or Flush.
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

// WriteAll writes every record and flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return w.w.Flush()
}
