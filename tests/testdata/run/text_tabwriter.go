package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Name\tAge\tCity")
	fmt.Fprintln(w, "Alice\t30\tNew York")
	fmt.Fprintln(w, "Bob\t4\tLos Angeles")
	fmt.Fprintln(w, "Christopher\t101\tX")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc\t")
	fmt.Fprintln(w, "x\t\tlonger cell\t")
	w.Flush()

	// Tab padding, TabIndent and column blocks broken by lines without tabs.
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprint(w, "\tindented\tx\n\t\tdeeper\n")
	fmt.Fprint(w, "no tabs here\n")
	fmt.Fprint(w, "key\tvalue\nlonger key\tv\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprint(w, "a\v\vb\n")
	fmt.Fprint(w, "aa\v\vbb\n")
	fmt.Fprint(w, "aaa\f")
	fmt.Fprint(w, "after\tform\tfeed\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<b>bold</b>\t&amp;\tplain")
	fmt.Fprintln(w, "x\t\xffesc\taped\xff\tend")
	fmt.Fprintln(w, "héllo wörld\t世界\t!")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "kept\t\xff<escaped>\xff\tz")
	fmt.Fprintln(w, "k\tv\tz")
	fmt.Fprint(w, "unterminated\tcell")
	w.Flush()
	fmt.Println()

	var c counter
	w = tabwriter.NewWriter(&c, 10, 8, 1, ' ', 0)
	fmt.Fprintf(w, "%s\t%s\n", strings.Repeat("x", 20), "y")
	fmt.Fprintf(w, "%s\t%s\n", "z", "y")
	fmt.Println(c.n)
	w.Flush()
	fmt.Println(c.n)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
}
