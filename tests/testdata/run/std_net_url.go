package main

import (
	"errors"
	"fmt"
	"io/ioutil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

func show(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		var ue *url.Error
		fmt.Printf("%-40q error: %v (url.Error: %v)\n", raw, err, errors.As(err, &ue))
		return
	}
	fmt.Printf("%-40q scheme=%q opaque=%q user=%q host=%q path=%q raw=%q q=%q frag=%q rawfrag=%q omit=%v force=%v\n",
		raw, u.Scheme, u.Opaque, u.User.String(), u.Host, u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment,
		u.OmitHost, u.ForceQuery)
	fmt.Printf("    string=%q redacted=%q requri=%q hostname=%q port=%q abs=%v escpath=%q\n",
		u.String(), u.Redacted(), u.RequestURI(), u.Hostname(), u.Port(), u.IsAbs(), u.EscapedPath())
}

func main() {
	for _, raw := range []string{
		"http://user:p%40ss@example.com:8080/a%2Fb/c d?x=1&y=%zz#frag%20ment",
		"HTTPS://Example.COM", "mailto:gopher@example.com", "file:///etc/hosts", "scheme:/abs/path",
		"//host.only/p", "/just/a/path?", "rel/path", "a:b", "./a:b", "http://[fe80::1%25en0]:80/",
		"http://[::1]/", "http://[1.2.3.4]/", "http://[::1/", "http://h:port/", "http://a:1:2/",
		"postgres://h1:1,h2:2/db", "http://ex\x7fample.com", "%41", "http://host/%zz", "*", "",
		"http://us er@h/", "http://h/?a=1#", "http://%41/", "http://[fe80::1%25%zz]/", "http://[1:2:3]/",
		"http://a@b@c/", "ftp://u:@h/", "http://h/p#a%2Fb", "http://h/%7Epath/&x", "?q", "#f",
	} {
		show(raw)
	}
	base, _ := url.Parse("http://a/b/c/d;p?q")
	for _, ref := range []string{"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x",
		"g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g",
		"g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "mailto:x"} {
		r, err := base.Parse(ref)
		fmt.Printf("resolve %q -> %v %v\n", ref, r, err)
	}
	op, _ := url.Parse("mailto:a@b?subject=hi")
	r, _ := url.Parse("#top")
	fmt.Println(op.ResolveReference(r), op.RequestURI())
	for _, s := range []string{"a b&c=d/e?f", "ünï", "~-._", "a+b", "%", "100%", "x%2"} {
		qu, qerr := url.QueryUnescape(s)
		pu, perr := url.PathUnescape(s)
		fmt.Printf("%q qe=%q pe=%q qu=%q,%v pu=%q,%v\n", s, url.QueryEscape(s), url.PathEscape(s), qu, qerr, pu, perr)
	}
	v, err := url.ParseQuery("b=2&a=1&a=x+y&c=%3D&;bad&&d&e=%zz")
	fmt.Println(v, err, v.Encode(), v.Get("a"), v.Has("d"), v.Get("zz"))
	v.Add("a", "3")
	v.Set("b", "")
	v.Del("c")
	w := v.Clone()
	w.Add("new", "n")
	fmt.Println(v.Encode(), "|", w.Encode())
	fmt.Println(url.Values(nil).Encode() == "", url.Values(nil).Clone() == nil)
	u, _ := url.Parse("https://example.com/dir/?k=v")
	fmt.Println(u.JoinPath("a", "../b", "c/"), u.JoinPath(), u.Query())
	rel, _ := url.Parse("x/y")
	fmt.Println(rel.JoinPath("../../../z"))
	s, err := url.JoinPath("https://h/a/", "b c", "%2F")
	fmt.Println(s, err)
	_, err = url.JoinPath("::bad", "x")
	fmt.Println(err)
	c := u.Clone()
	c.User = url.UserPassword("me", "secret")
	c.Host = "other:99"
	fmt.Println(u, c, c.Redacted(), c.User.Username())
	pw, ok := c.User.Password()
	fmt.Println(pw, ok)
	var nilURL *url.URL
	fmt.Println(nilURL.Clone() == nil, nilURL.Redacted() == "")
	b, _ := c.MarshalBinary()
	var d url.URL
	fmt.Println(string(b), d.UnmarshalBinary(b), d.String(), d.UnmarshalBinary([]byte(":x")))
	ab, _ := c.AppendBinary([]byte("url="))
	fmt.Println(string(ab))
	req, err := url.ParseRequestURI("/p?q#notfrag")
	fmt.Println(req.Path, req.RawQuery, req.Fragment, err)
	_, err = url.ParseRequestURI("rel")
	fmt.Println(err)
	_, err = url.ParseRequestURI("")
	fmt.Println(err)
	manual := &url.URL{Scheme: "http", Host: "h", Path: "no/slash", RawQuery: "a=b", Fragment: "f g"}
	fmt.Println(manual, (&url.URL{Path: "a:b/c"}).String(), (&url.URL{Path: "x y", RawPath: "x%20y"}).EscapedPath())
	fmt.Println((&url.URL{Path: "/a b", RawPath: "/wrong"}).EscapedPath())

	dir, _ := os.MkdirTemp("", "ioutil")
	defer os.RemoveAll(dir)
	ioutil.WriteFile(filepath.Join(dir, "b.txt"), []byte("bee"), 0o644)
	ioutil.WriteFile(filepath.Join(dir, "a.txt"), []byte("ay"), 0o644)
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		data, _ := ioutil.ReadFile(filepath.Join(dir, fi.Name()))
		fmt.Println(fi.Name(), fi.Size(), string(data), err)
	}
	all, _ := ioutil.ReadAll(ioutil.NopCloser(strings.NewReader("all of it")))
	n, _ := ioutil.Discard.Write(all)
	fmt.Println(string(all), n)
	f, _ := ioutil.TempFile(dir, "tmp*.x")
	td, _ := ioutil.TempDir(dir, "sub")
	fmt.Println(strings.HasSuffix(f.Name(), ".x"), strings.HasPrefix(filepath.Base(td), "sub"))
	f.Close()
	_, err = ioutil.ReadDir(filepath.Join(dir, "missing"))
	fmt.Println(err != nil)
}
