package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Point scans itself from "(x,y)".
type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

// Upper scans a word of letters and upper-cases it.
type Upper string

func (u *Upper) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	if len(tok) == 0 {
		return fmt.Errorf("no letters")
	}
	*u = Upper(strings.ToUpper(string(tok)))
	return nil
}

// Runes collects runes up to the width (default 3) with ReadRune.
type Runes []rune

func (r *Runes) Scan(state fmt.ScanState, verb rune) error {
	w, ok := state.Width()
	if !ok {
		w = 3
	}
	state.SkipSpace()
	for i := 0; i < w; i++ {
		c, _, err := state.ReadRune()
		if err != nil {
			return err
		}
		*r = append(*r, c)
	}
	return nil
}

func main() {
	var p Point
	var u Upper
	n, err := fmt.Sscan("(3,4) hello123", &p, &u)
	fmt.Println(n, err, p, u)
	n, err = fmt.Sscan("123", &u)
	fmt.Println(n, err)
	var rs Runes
	n, err = fmt.Sscanf("  abcdef", "%4v", &rs)
	fmt.Println(n, err, string(rs))
	rs = nil
	n, err = fmt.Sscan("xy", &rs)
	fmt.Println(n, err, string(rs))
	var q Point
	n, err = fmt.Sscan("(1;2)", &q)
	fmt.Println(n, err)
}
