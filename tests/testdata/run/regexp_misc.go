package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
)

var (
	ident  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	kv     = regexp.MustCompile(`(\w+)\s*:\s*("[^"]*"|\d+)`)
	spaces = regexp.MustCompile(`\s+`)
)

type Config struct {
	Pattern *regexp.Regexp `json:"pattern"`
}

func main() {
	for _, s := range []string{"abc", "_x1", "1abc", "a-b", ""} {
		fmt.Println(s, ident.MatchString(s))
	}
	src := `name: "pogo", version: 3, lang : "go"`
	for _, m := range kv.FindAllStringSubmatch(src, -1) {
		fmt.Printf("%s=%s\n", m[1], m[2])
	}
	fmt.Println(spaces.ReplaceAllString("  a \t b\n\nc  ", " "))
	fmt.Println(strings.Join(spaces.Split(strings.TrimSpace("  a \t b\n\nc  "), -1), ","))

	fmt.Println(regexp.MustCompile(`o+`).MatchReader(strings.NewReader("foo")), regexp.MustCompile(`o+`).FindReaderIndex(strings.NewReader("foo")))
	fmt.Println(regexp.MustCompile(`(f)(o+)`).FindReaderSubmatchIndex(strings.NewReader("xfoo")))
	ok, err := regexp.MatchReader(`^x`, strings.NewReader("xyz"))
	fmt.Println(ok, err)
	c := ident.Copy()
	fmt.Println(c.String(), c.MatchString("ok"))
	t, _ := kv.MarshalText()
	fmt.Println(string(t))
	var re regexp.Regexp
	fmt.Println(re.UnmarshalText([]byte(`a+b`)), re.MatchString("xaab"), re.UnmarshalText([]byte(`a(`)))

	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			text := strings.Repeat("ab1 ", i+1)
			results[i] = len(regexp.MustCompile(`\w+`).FindAllString(text, -1)) + len(kv.FindAllString(src, -1))
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var cfg Config
	err = json.Unmarshal([]byte(`{"pattern": "^h.llo$"}`), &cfg)
	fmt.Println(err, cfg.Pattern.MatchString("hallo"))
	out, err := json.Marshal(cfg)
	fmt.Println(string(out), err)
}
