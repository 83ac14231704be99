package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type level int

func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("bad level " + string(b))
	}
	return nil
}

func (l level) MarshalText() ([]byte, error) {
	return []byte([]string{"none", "low", "high"}[l]), nil
}

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	d := fs.Duration("wait", 2*time.Second, "how long to `wait`")
	var d2 time.Duration
	fs.DurationVar(&d2, "t", 0, "timeout")
	var lv level
	fs.TextVar(&lv, "level", level(1), "the level")
	var seen []string
	fs.Func("x", "collect", func(s string) error { seen = append(seen, s); return nil })
	verbose := 0
	fs.BoolFunc("v", "more output", func(string) error { verbose++; return nil })
	err := fs.Parse([]string{"-wait", "1m30s", "-t=250ms", "-level", "high", "-x", "a", "-v", "-x=b", "-v", "rest"})
	fmt.Println(err, *d, d2, lv, seen, verbose, fs.Args())
	fmt.Println(fs.Lookup("wait").Value, fs.Lookup("level").Value, fs.Lookup("wait").DefValue, fs.Lookup("level").DefValue)
	fs.PrintDefaults()
	err = fs.Parse([]string{"-wait", "soon"})
	fmt.Println("err:", err)
	err = fs.Parse([]string{"-level", "mid"})
	fmt.Println("err:", err)
	g := flag.NewFlagSet("g", flag.ContinueOnError)
	g.SetOutput(os.Stdout)
	g.Duration("d", 0, "zero default")
	g.PrintDefaults()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s strings.Builder
		_ = s
		var l2 level
		g.TextVar(&l2, "bad", new(level), "x")
		fmt.Println("pointer default ok", l2)
		var other level
		g.TextVar(&other, "bad2", textString("x"), "x")
	}()
}

type textString string

func (t textString) MarshalText() ([]byte, error) { return []byte(t), nil }
