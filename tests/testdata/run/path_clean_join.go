package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	cases := []string{
		"", ".", "..", "/", "//", "a", "a/", "/a/", "a//b", "a/./b", "a/../b", "../a", "../../a/..",
		"/../a", "/a/b/../../..", "a/b/c/../../../..", "./a/./b/.", "abc/def/../ghi/./jkl//",
		"/a/b/c/./../../g", "a/b/..", "...", ".../..", "a/.../b",
	}
	for _, c := range cases {
		dir, file := path.Split(c)
		fmt.Printf("%-22q clean=%-12q base=%-6q dir=%-10q ext=%-5q split=%q,%q abs=%v\n",
			c, path.Clean(c), path.Base(c), path.Dir(c), path.Ext(c), dir, file, path.IsAbs(c))
	}
	fmt.Println(path.Join("a", "b", "c"), path.Join("a", "", "c"), path.Join("", ""), path.Join("/", "x"), path.Join("a/", "../..", "b"))
	fmt.Println(path.Ext("file.tar.gz"), path.Ext("dir.d/file"), path.Ext(".hidden"))

	fmt.Println(filepath.Join("dir", "sub", "..", "file.go"), filepath.Base("/x/y.z"), filepath.Ext("y.z"))
	fmt.Println(filepath.Clean("//a//b/./"), filepath.Dir("/a/b"), filepath.IsAbs("rel"))
	fmt.Printf("%q %q %q\n", filepath.SplitList("/bin:/usr/bin::/x"), filepath.SplitList(""), filepath.VolumeName("/a"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), string(filepath.Separator), string(filepath.ListSeparator))
	for _, p := range []string{"a", "a/b", "", "/a", "..", "../a", "a/../..", "a/../b", "./.."} {
		fmt.Printf("IsLocal(%q)=%v ", p, filepath.IsLocal(p))
	}
	fmt.Println()
	rels := [][2]string{
		{"/a", "/a/b/c"}, {"/a/b/c", "/a"}, {"/a/b", "/a/c/d"}, {"a", "a"}, {"a", "b"},
		{".", "x/y"}, {"x/y", "."}, {"/", "/usr"}, {"a", "/b"}, {"../a", "b"}, {"a/b/../c", "a/c/d"},
		{"/a/b/", "/a/b/c/"}, {"..", "../x"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
}
