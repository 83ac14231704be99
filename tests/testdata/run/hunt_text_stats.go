package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type wordCount struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	lines, chars, letters := 0, 0, 0
	longest := ""
	for sc.Scan() {
		line := sc.Text()
		lines++
		chars += len([]rune(line))
		for _, r := range line {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		words := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		for _, w := range words {
			w = strings.ToLower(w)
			counts[w]++
			if len(w) > len(longest) || len(w) == len(longest) && w < longest {
				longest = w
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	var wc []wordCount
	for w, c := range counts {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count != wc[j].count {
			return wc[i].count > wc[j].count
		}
		return wc[i].word < wc[j].word
	})
	fmt.Printf("lines=%d chars=%d letters=%d unique=%d longest=%q\n", lines, chars, letters, len(counts), longest)
	for i, e := range wc {
		if i == 8 {
			break
		}
		fmt.Printf("%2d. %-10s %3d %s\n", i+1, e.word, e.count, strings.Repeat("*", e.count))
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys[:5], len(keys))
	byLen := map[int][]string{}
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	lens := make([]int, 0)
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lens)))
	for _, l := range lens[:3] {
		fmt.Println(l, byLen[l])
	}
}
