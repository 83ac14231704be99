package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
		{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
		{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"},
		{"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[]a]", "]"}, {"[-]", "-"},
		{"[x-]", "x"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"},
		{"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"\\", "a"}, {"", ""}, {"", "x"},
	}
	for _, c := range cases {
		ok, err := path.Match(c[0], c[1])
		ok2, err2 := filepath.Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v %v same=%v\n", c[0], c[1], ok, err, ok == ok2 && err == err2)
	}

	dir, err := os.MkdirTemp("", "pogo-glob-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, f := range []string{"a.go", "b.go", "c.txt", "sub/d.go", "sub/e.txt", "sub2/f.go", "x[1].go"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, nil, 0644)
	}
	for _, pat := range []string{"*.go", "*/*.go", "sub*/*", "*.md", "c.txt", "nothere.txt", "[", "x\\[1\\].go", "*/[de].*"} {
		m, err := filepath.Glob(filepath.Join(dir, pat))
		for i := range m {
			m[i] = strings.TrimPrefix(m[i], dir+"/")
		}
		fmt.Printf("Glob(%q) = %q %v\n", pat, m, err)
	}
}
