package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func scanAll(name string, input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: %d [%s] err=%v\n", name, len(toks), strings.Join(toks, " "), sc.Err())
}

// commaSplit splits on commas; an empty final field counts.
func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if !atEOF {
		return 0, nil, nil
	}
	return 0, data, bufio.ErrFinalToken
}

func main() {
	scanAll("lines", "a\nb\r\nc\n\nd", bufio.ScanLines)
	scanAll("lines-empty", "", bufio.ScanLines)
	scanAll("words", "  hello   world\t\nfoo\u00a0bar\u2003baz  ", bufio.ScanWords)
	scanAll("runes", "aé世\xffz", bufio.ScanRunes)
	scanAll("bytes", "héllo", bufio.ScanBytes)
	scanAll("comma", "1,22,,333,", commaSplit)
	scanAll("comma-end", "x,y", commaSplit)

	// Tokens longer than the buffer allows.
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	// A long line with the default buffer grows it.
	long := strings.Repeat("abcdefghij", 1000)
	sc = bufio.NewScanner(strings.NewReader(long + "\n" + long[:10]))
	for sc.Scan() {
		fmt.Println(len(sc.Text()), len(sc.Bytes()))
	}
	fmt.Println(sc.Err())

	// A split function error stops the scan.
	bad := errors.New("bad token")
	sc = bufio.NewScanner(strings.NewReader("ok ok bad ok"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "bad" {
			return 0, nil, bad
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println("word", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(sc.Scan(), sc.Err())
	fmt.Println(bufio.MaxScanTokenSize)
}
