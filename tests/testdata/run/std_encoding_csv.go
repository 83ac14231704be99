package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type opts struct {
	comma, comment   rune
	fields           int
	lazy, trim, reus bool
}

func read(name, in string, o opts) {
	r := csv.NewReader(strings.NewReader(in))
	if o.comma != 0 {
		r.Comma = o.comma
	}
	r.Comment, r.FieldsPerRecord, r.LazyQuotes, r.TrimLeadingSpace, r.ReuseRecord = o.comment, o.fields, o.lazy, o.trim, o.reus
	fmt.Printf("== %s\n", name)
	for {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Println("  EOF at offset", r.InputOffset())
			return
		}
		var pos []string
		for i := range rec {
			l, c := r.FieldPos(i)
			pos = append(pos, fmt.Sprintf("%d:%d", l, c))
		}
		fmt.Printf("  %q %v off=%d\n", rec, pos, r.InputOffset())
		if err != nil {
			var pe *csv.ParseError
			fmt.Printf("  err: %v (ParseError %v, quote %v, bare %v, count %v)\n", err, errors.As(err, &pe),
				errors.Is(err, csv.ErrQuote), errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrFieldCount))
			if !errors.Is(err, csv.ErrFieldCount) {
				return
			}
		}
	}
}

func main() {
	read("simple", "a,b,c\n1,2,3\n", opts{})
	read("crlf and blank lines", "a,b\r\n\r\n\n1,2\r\nx,y\r", opts{})
	read("quoted", "\"a \"\"q\"\" b\",\"multi\nline\",plain\n\"\",x,\"\"\n", opts{})
	read("bare quote", "a,b\"c,d\n", opts{})
	read("bare quote lazy", "a,b\"c,d\n\"x\"y\",z\n", opts{lazy: true})
	read("extraneous quote", "\"abc\"d,e\n", opts{})
	read("unterminated", "a,\"bc\nde\n", opts{})
	read("unterminated lazy", "a,\"bc\nde", opts{lazy: true})
	read("field count", "a,b\nc\nd,e,f\ng,h\n", opts{})
	read("field count fixed", "a,b,c\nd,e,f\n", opts{fields: 2})
	read("any count", "a\nb,c\n", opts{fields: -1})
	read("semicolon comment trim", "# note\n  a;  b ;\"c\"\n#x;y\n\t d;\u00a0e;f\n", opts{comma: ';', comment: '#', trim: true})
	read("unicode comma", "α€β€γ\n", opts{comma: '€'})
	read("trim all space", "a,   \n", opts{trim: true})
	read("reuse", "a,b\nc,d\n", opts{reus: true})
	read("multi-line quote error", "x,\"a\nb\"c\n", opts{})
	read("bad delim", "a\n", opts{comma: '"'})
	read("comment equals comma", "a\n", opts{comma: '#', comment: '#'})
	read("no newline at end", "a,\"b\"", opts{})
	read("empty", "", opts{})

	all, err := csv.NewReader(strings.NewReader("h1,h2\nv1,v2\n")).ReadAll()
	fmt.Println(all, err)
	all, err = csv.NewReader(strings.NewReader("h1,h2\nv1\n")).ReadAll()
	fmt.Println(all, err)

	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", "line\nbreak", " lead", "", `\.`, "cr\rhere"})
	w.WriteAll([][]string{{"a", "b"}, {}})
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma, w.UseCRLF = '\t', true
	w.Write([]string{"x\ty", "a\nb", "c\r\nd", "ok"})
	w.Flush()
	fmt.Printf("%q %v\n", buf.String(), w.Error())
	w.Comma = '\n'
	fmt.Println(w.Write([]string{"bad"}))
	pe := &csv.ParseError{StartLine: 1, Line: 3, Column: 4, Err: csv.ErrQuote}
	fmt.Println(pe, csv.ErrTrailingComma)
	defer func() { fmt.Println("recovered:", recover()) }()
	csv.NewReader(strings.NewReader("a\n")).FieldPos(0)
}
