package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

func lex(src string) []Token {
	var toks []Token
	i := 0
	for i < len(src) {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(src) && unicode.IsDigit(rune(src[j])) {
				j++
			}
			toks = append(toks, Token{"num", src[i:j]})
			i = j
		case unicode.IsLetter(c) || c == '_':
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j])) || src[j] == '_') {
				j++
			}
			toks = append(toks, Token{"ident", src[i:j]})
			i = j
		default:
			toks = append(toks, Token{"op", string(c)})
			i++
		}
	}
	return toks
}

func eval(toks []Token) (int, error) {
	pos := 0
	var expr, term, factor func() (int, error)
	factor = func() (int, error) {
		if pos >= len(toks) {
			return 0, fmt.Errorf("unexpected end")
		}
		t := toks[pos]
		pos++
		switch t.Kind {
		case "num":
			return strconv.Atoi(t.Text)
		case "op":
			if t.Text == "(" {
				v, err := expr()
				if err != nil {
					return 0, err
				}
				pos++
				return v, nil
			}
			if t.Text == "-" {
				v, err := factor()
				return -v, err
			}
		}
		return 0, fmt.Errorf("bad token %q", t.Text)
	}
	term = func() (int, error) {
		v, err := factor()
		for err == nil && pos < len(toks) && (toks[pos].Text == "*" || toks[pos].Text == "/") {
			op := toks[pos].Text
			pos++
			var r int
			r, err = factor()
			if op == "*" {
				v *= r
			} else if r == 0 {
				return 0, fmt.Errorf("division by zero")
			} else {
				v /= r
			}
		}
		return v, err
	}
	expr = func() (int, error) {
		v, err := term()
		for err == nil && pos < len(toks) && (toks[pos].Text == "+" || toks[pos].Text == "-") {
			op := toks[pos].Text
			pos++
			var r int
			r, err = term()
			if op == "+" {
				v += r
			} else {
				v -= r
			}
		}
		return v, err
	}
	return expr()
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1+2)*3", "-4 * (2 - 7) / 3", "10 / (5 - 5)", "2 * x", "7 -"} {
		v, err := eval(lex(src))
		fmt.Printf("%-20q => %d, %v\n", src, v, err)
	}
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(fmt.Sprintf("%d,", i*i))
	}
	out := strings.TrimSuffix(sb.String(), ",")
	fmt.Println(out, strings.Split(out, ","), strings.Repeat("ab", 3))
	fmt.Println(strings.ToUpper("héllo"), strings.Title("x"), strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.Contains("abc", "bc"),
		strings.HasPrefix("prefix", "pre"), strings.Count("cheese", "e"), strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Join([]string{"a", "b"}, "-"), strings.TrimSpace("  x  "), strings.Fields(" a  b c "))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	f := strconv.FormatInt(-255, 16)
	q := strconv.Quote("hi\n\"there\"")
	fmt.Println(f, q, strconv.Itoa(99)+"!")
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	i64, err := strconv.ParseInt("-9223372036854775808", 10, 64)
	fmt.Println(i64, err)
}
