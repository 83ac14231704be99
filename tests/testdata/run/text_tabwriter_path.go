package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	fmt.Fprintln(w, "x\t\ty\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintf(w, "name\tsize\tkind\n")
	fmt.Fprintf(w, "main.go\t1234\tfile\n")
	fmt.Fprintf(w, "pkg\t-\tdir\n\n")
	fmt.Fprintf(w, "after\tblank\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "\tindented\tcol")
	fmt.Fprintln(w, "\t\tdeeper")
	w.Flush()

	for _, p := range []string{"", ".", "/", "a/b/../c", "/../x", "a//b/./c/", "../../a", "a/b/c/.."} {
		fmt.Printf("%q: clean=%q dir=%q base=%q ext=%q abs=%v\n", p, path.Clean(p), path.Dir(p), path.Base(p), path.Ext(p+".txt"), path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), path.Join("", ""))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)
	for _, pat := range []string{"*.go", "a?c", "[a-c]*", "[^x]y", "\\*"} {
		for _, name := range []string{"main.go", "abc", "by", "*", "dir/x.go"} {
			ok, err := path.Match(pat, name)
			fmt.Print(ok, err, " ")
		}
		fmt.Println()
	}
	_, err := path.Match("[", "x")
	fmt.Println(err)
	fmt.Println(filepath.Join("usr", "local", "..", "bin"), filepath.Base("/a/b.tar.gz"), filepath.Ext("/a/b.tar.gz"), filepath.Dir("/a/b/"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.SplitList("/bin:/usr/bin"), string(filepath.Separator))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	rel, err = filepath.Rel("a", "/b")
	fmt.Println(rel, err)
	fmt.Println(filepath.IsAbs("/x"), filepath.VolumeName("/x"), filepath.Clean("//a/./b/"))
	m, _ := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m)
}
