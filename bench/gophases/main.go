// Command gophases times the reference toolchain's Go front end (go/scanner, go/parser,
// go/types) over the same corpus that bench/run.py feeds to pogo's scanner, parser and type
// checker, and prints the results as JSON.
//
//	gophases [-reps N] [-check] pkgpath=dir[,file...] ...
//
// Each argument names one package: its import path, then its files (comma-separated).
// Packages must be listed in dependency order; with -check each is type-checked with an
// importer that returns the packages checked before it. The best of -reps repetitions of
// each phase is reported (seconds, summed over packages).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"strings"
	"time"
)

type pkgFiles struct {
	path  string
	files []string
	src   [][]byte
}

type result struct {
	Lines      int     `json:"lines"`
	Files      int     `json:"files"`
	ScanS      float64 `json:"scan_s"`
	ParseS     float64 `json:"parse_s"`
	CheckS     float64 `json:"check_s,omitempty"`
	TypeErrors int     `json:"type_errors"`
	FirstError string  `json:"first_error,omitempty"`
}

type mapImporter map[string]*types.Package

func (m mapImporter) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := m[path]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("package %s not in corpus", path)
}

func scanAll(pkgs []pkgFiles) {
	for _, p := range pkgs {
		for i, src := range p.src {
			fset := token.NewFileSet()
			f := fset.AddFile(p.files[i], -1, len(src))
			var s scanner.Scanner
			s.Init(f, src, nil, scanner.ScanComments)
			for {
				_, tok, _ := s.Scan()
				if tok == token.EOF {
					break
				}
			}
		}
	}
}

func parseAll(pkgs []pkgFiles) (*token.FileSet, [][]*ast.File) {
	fset := token.NewFileSet()
	out := make([][]*ast.File, len(pkgs))
	for i, p := range pkgs {
		for j, src := range p.src {
			f, _ := parser.ParseFile(fset, p.files[j], src, parser.ParseComments|parser.SkipObjectResolution)
			if f != nil {
				out[i] = append(out[i], f)
			}
		}
	}
	return fset, out
}

func checkAll(pkgs []pkgFiles, fset *token.FileSet, files [][]*ast.File, res *result) {
	imp := mapImporter{}
	res.TypeErrors = 0
	for i, p := range pkgs {
		conf := types.Config{Importer: imp, Error: func(err error) {
			if res.TypeErrors == 0 {
				res.FirstError = err.Error()
			}
			res.TypeErrors++
		}}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
		tp, _ := conf.Check(p.path, fset, files[i], info)
		imp[p.path] = tp
	}
}

// best returns the best of reps measurements of f's duration; each measurement repeats f
// until at least 50 ms have passed (small corpora take microseconds) and divides.
func best(reps int, f func()) float64 {
	b := 0.0
	for r := 0; r < reps; r++ {
		n := 0
		t := time.Now()
		for n == 0 || time.Since(t) < 50*time.Millisecond {
			f()
			n++
		}
		d := time.Since(t).Seconds() / float64(n)
		if r == 0 || d < b {
			b = d
		}
	}
	return b
}

func main() {
	reps := flag.Int("reps", 3, "repetitions; the best time is reported")
	check := flag.Bool("check", false, "also type-check (packages in dependency order)")
	flag.Parse()
	var pkgs []pkgFiles
	res := result{}
	for _, arg := range flag.Args() {
		path, list, ok := strings.Cut(arg, "=")
		if !ok {
			fmt.Fprintf(os.Stderr, "gophases: bad argument %q\n", arg)
			os.Exit(2)
		}
		p := pkgFiles{path: path, files: strings.Split(list, ",")}
		for _, name := range p.files {
			src, err := os.ReadFile(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, "gophases:", err)
				os.Exit(1)
			}
			p.src = append(p.src, src)
			res.Lines += strings.Count(string(src), "\n")
			res.Files++
		}
		pkgs = append(pkgs, p)
	}
	res.ScanS = best(*reps, func() { scanAll(pkgs) })
	var fset *token.FileSet
	var files [][]*ast.File
	res.ParseS = best(*reps, func() { fset, files = parseAll(pkgs) })
	if *check {
		res.CheckS = best(*reps, func() { checkAll(pkgs, fset, files, &res) })
	}
	out, _ := json.Marshal(res)
	fmt.Println(string(out))
}
