package main

import (
	"flag"
	"fmt"
)

var (
	count   = flag.Int("count", 2, "how many `times`")
	message = flag.String("msg", "hi", "message to print")
	upper   = flag.Bool("upper", false, "shout")
	level   uint
)

func init() {
	flag.UintVar(&level, "level", 1, "verbosity level")
}

func main() {
	// The default usage names os.Args[0], a temporary path under go run.
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "Usage of flag_commandline:")
		flag.PrintDefaults()
	}
	flag.Parse()
	fmt.Println(flag.Parsed(), *count, *message, *upper, level, flag.NFlag())
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(0))
	flag.Visit(func(f *flag.Flag) { fmt.Println("set", f.Name, f.Value) })
	fmt.Println(flag.Lookup("count").DefValue, flag.Set("level", "9"), level)
	// An undefined flag prints gc's message and usage to stderr and exits 2.
	flag.CommandLine.Parse([]string{"-bogus"})
	fmt.Println("not reached")
}
