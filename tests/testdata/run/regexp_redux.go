package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	// a deterministic FASTA-like input
	var b strings.Builder
	seed := uint32(42)
	for line := 0; line < 3000; line++ {
		if line%500 == 0 {
			fmt.Fprintf(&b, ">THREE Homo sapiens frequency %d\n", line)
		}
		for i := 0; i < 60; i++ {
			seed = seed*1664525 + 1013904223
			b.WriteByte("acgtACGT"[seed>>29])
		}
		b.WriteByte('\n')
	}
	input := b.String()
	ilen := len(input)
	seq := regexp.MustCompile(">.*\n|\n").ReplaceAllString(input, "")
	clen := len(seq)
	variants := []string{
		`agggtaaa|tttaccct`,
		`[cgt]gggtaaa|tttaccc[acg]`,
		`a[act]ggtaaa|tttacc[agt]t`,
		`ag[act]gtaaa|tttac[agt]ct`,
		`agg[act]taaa|ttta[agt]cct`,
		`aggg[acg]aaa|ttt[cgt]ccct`,
		`agggt[cgt]aa|tt[acg]accct`,
		`agggta[cgt]a|t[acg]taccct`,
		`agggtaa[cgt]|[acg]ttaccct`,
		`(?i)agggtaaa|tttaccct`,
	}
	for _, v := range variants {
		fmt.Printf("%s %d\n", v, len(regexp.MustCompile(v).FindAllStringIndex(seq, -1)))
	}
	subs := []struct{ pat, repl string }{
		{`tHa[Nt]`, `<4>`}, {`aND|caN|Ha[DS]|WaS`, `<3>`}, {`a[NSt]|BY`, `<2>`}, {`<[^>]*>`, `|`}, {`\|[^|][^|]*\|`, `-`},
		{`(?i)a(c|g)t`, `<$1>`},
	}
	for _, s := range subs {
		seq = regexp.MustCompile(s.pat).ReplaceAllString(seq, s.repl)
	}
	fmt.Printf("\n%d\n%d\n%d\n", ilen, clen, len(seq))
	fmt.Println(seq[:80])
}
