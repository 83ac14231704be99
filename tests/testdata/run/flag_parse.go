package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	name := fs.String("name", "world", "who to `greet`")
	n := fs.Int("n", 1, "repeat count")
	v := fs.Bool("v", false, "verbose output")
	big := fs.Uint64("big", 0, "a big number\nspanning two lines")
	i64 := fs.Int64("i64", -3, "an int64")
	u := fs.Uint("u", 7, "a uint")
	ratio := fs.Float64("ratio", 1.5, "a ratio")
	zero := fs.Float64("zero", 0, "a zero ratio")
	var items listFlag
	fs.Var(&items, "item", "items to add (repeatable)")
	fs.Func("fn", "a func `flag`", func(s string) error {
		fmt.Println("fn got", s)
		if s == "bad" {
			return fmt.Errorf("bad value %q", s)
		}
		return nil
	})
	fs.BoolFunc("trace", "enable tracing", func(s string) error { fmt.Println("trace:", s); return nil })

	err := fs.Parse([]string{"-name=gopher", "--n", "3", "-v", "-item", "a", "-item=b", "-fn", "x", "-trace", "-u=0x10", "rest", "-notflag"})
	fmt.Println(err, *name, *n, *v, *big, *i64, *u, *ratio, *zero, items)
	fmt.Println(fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(5) == "", fs.NFlag(), fs.Parsed(), fs.Name())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, "=", f.Value, "default", f.DefValue) })
	fs.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("n").Value.(flag.Getter).Get(), fs.Lookup("missing") == nil)
	err = fs.Set("n", "42")
	fmt.Println(err, *n)
	fmt.Println(fs.Set("nope", "1"), fs.Set("n", "x"))
	name2, usage := flag.UnquoteUsage(fs.Lookup("name"))
	fmt.Printf("%q %q\n", name2, usage)

	for _, args := range [][]string{
		{"-h"}, {"-n", "abc"}, {"-n"}, {"-undefined"}, {"-v=maybe"}, {"-big", "99999999999999999999999"},
		{"---x"}, {"-=x"}, {"--", "-v"}, {"-fn", "bad"}, {"-n", "99999999999999999999"}, {"-", "x"},
	} {
		fmt.Printf("== %q\n", args)
		err := fs.Parse(args)
		fmt.Println("err:", err, "args:", fs.Args())
	}

	quiet := flag.NewFlagSet("", flag.ContinueOnError)
	quiet.SetOutput(os.Stdout)
	quiet.Int("x", 0, "")
	quiet.Usage = func() { fmt.Println("custom usage") }
	fmt.Println(quiet.Parse([]string{"-y"}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Int("n", 0, "again")
	}()
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-zz"})
	}()
	fmt.Println(flag.ErrHelp)
}
