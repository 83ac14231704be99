package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

var kindNames = [...]string{NUM: "NUM", IDENT: "IDENT", OP: "OP", LPAREN: "(", RPAREN: ")", EOF: "EOF"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", r, i)
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *parser) primary() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(err)
		}
		return v
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Sprintf("undefined variable %s", t.Text))
		}
		return v
	case LPAREN:
		v := p.expr(1)
		if p.next().Kind != RPAREN {
			panic("expected )")
		}
		return v
	case OP:
		if t.Text == "-" {
			return -p.primary()
		}
	}
	panic(fmt.Sprintf("unexpected token %v %q", t.Kind, t.Text))
}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.primary()
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs
		}
		p.next()
		q := prec(t.Text) + 1
		if t.Text == "^" {
			q = prec(t.Text)
		}
		rhs := p.expr(q)
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for i := 0; i < int(rhs); i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(src string, vars map[string]float64) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", src, r)
		}
	}()
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	v = p.expr(1)
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing %v", p.peek())
	}
	return v, nil
}

func main() {
	vars := map[string]float64{"x": 3, "pi": 3.14159, "big_n": 1e10}
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "2^3^2", "x * x - 1", "-x + 10 % 4", "pi * 2", "1 / 0", "-1/0", "0/0",
		"big_n * big_n", "y + 1", "3 $ 4", "(1 + 2", "1.2.3", "7 7", "10/3"} {
		v, err := eval(s, vars)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("%-12s = %v (%.3f)\n", s, v, v)
	}
	toks, _ := lex("a+(b*2)")
	fmt.Println(toks)
	fmt.Printf("%v %d %s\n", toks[0].Kind, toks[1].Kind, EOF)
}
