// Package url parses URLs (RFC 3986) and query strings, and builds them back,
// with Go's rules for which characters each component escapes.
package url

import (
	"errors"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Error records the operation and URL an error happened on.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return e.Op + " " + strconv.Quote(e.URL) + ": " + e.Err.Error() }

// Timeout reports whether the underlying error is a timeout.
func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Temporary reports whether the underlying error is temporary.
func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// A URL is a parsed URL:
//
//	[scheme:][//[userinfo@]host][/]path[?query][#fragment]
//
// or, for URLs whose scheme is not followed by a slash, scheme:opaque[?query][#fragment].
// Path and Fragment hold decoded text; RawPath and RawFragment keep the
// original encoding only when it differs from the default one.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // username and password
	Host        string    // host or host:port
	Path        string    // path (relative paths may omit leading slash)
	RawPath     string    // encoded path hint
	OmitHost    bool      // do not emit empty host (authority)
	ForceQuery  bool      // append a query ('?') even if RawQuery is empty
	RawQuery    string    // encoded query values, without '?'
	Fragment    string    // fragment for references, without '#'
	RawFragment string    // encoded fragment hint
}

// Userinfo is the immutable user name and optional password of a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User returns a Userinfo with a user name and no password.
func User(username string) *Userinfo { return &Userinfo{username, "", false} }

// UserPassword returns a Userinfo with a user name and password.
func UserPassword(username, password string) *Userinfo { return &Userinfo{username, password, true} }

// Username returns the user name ("" for a nil Userinfo).
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password returns the password and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String returns the encoded "username[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

// splitScheme takes a leading "scheme:" off raw. No scheme (a first byte
// that is not a letter, or a byte outside the scheme alphabet before any
// colon) leaves raw whole.
func splitScheme(raw string) (scheme, rest string, err error) {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", raw, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return raw[:i], raw[i+1:], nil
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

// Parse parses an absolute or relative URL; a '#' starts the fragment.
func Parse(rawURL string) (*URL, error) {
	u, frag, _ := strings.Cut(rawURL, "#")
	url, err := parse(u, false)
	if err != nil {
		return nil, &Error{"parse", u, err}
	}
	if frag == "" {
		return url, nil
	}
	if err = url.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

// ParseRequestURI parses an absolute URL or absolute path as received in an
// HTTP request line: no fragment is split off.
func ParseRequestURI(rawURL string) (*URL, error) {
	url, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

func hasControlByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			return true
		}
	}
	return false
}

func parse(raw string, viaRequest bool) (*URL, error) {
	if hasControlByte(raw) {
		return nil, errors.New("net/url: invalid control character in URL")
	}
	if raw == "" && viaRequest {
		return nil, errors.New("empty url")
	}
	url := new(URL)
	if raw == "*" {
		url.Path = "*"
		return url, nil
	}
	scheme, rest, err := splitScheme(raw)
	if err != nil {
		return nil, err
	}
	url.Scheme = strings.ToLower(scheme)

	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		url.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, url.RawQuery, _ = strings.Cut(rest, "?")
	}

	if !strings.HasPrefix(rest, "/") {
		if url.Scheme != "" {
			url.Opaque = rest // scheme:opaque, as in mailto:x@y
			return url, nil
		}
		if viaRequest {
			return nil, errors.New("invalid URI for request")
		}
		// "a:b/c" would read back as scheme a: refuse rather than confuse.
		if first, _, _ := strings.Cut(rest, "/"); strings.Contains(first, ":") {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}

	if (url.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///")) && strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		rest = ""
		if i := strings.Index(authority, "/"); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		url.User, url.Host, err = parseAuthority(url.Scheme, authority)
		if err != nil {
			return nil, err
		}
	} else if url.Scheme != "" && strings.HasPrefix(rest, "/") {
		url.OmitHost = true // scheme:/path has no authority
	}
	if err := url.setPath(rest); err != nil {
		return nil, err
	}
	return url, nil
}

func validUserinfo(s string) bool {
	for _, r := range s {
		switch {
		case 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z', '0' <= r && r <= '9':
		case strings.ContainsRune("-._:~!$&'()*+,;=%@", r):
		default:
			return false
		}
	}
	return true
}

func parseAuthority(scheme, authority string) (*Userinfo, string, error) {
	at := strings.LastIndex(authority, "@")
	host, err := parseHost(scheme, authority[at+1:])
	if err != nil {
		return nil, "", err
	}
	if at < 0 {
		return nil, host, nil
	}
	info := authority[:at]
	if !validUserinfo(info) {
		return nil, "", errors.New("net/url: invalid userinfo")
	}
	name, pass, hasPass := strings.Cut(info, ":")
	if name, err = unescape(name, encodeUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPass {
		return User(name), host, nil
	}
	if pass, err = unescape(pass, encodeUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(name, pass), host, nil
}

func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

func invalidPort(p string) error {
	return errors.New("invalid port " + strconv.Quote(p) + " after host")
}

// parseHost checks and decodes "host[:port]". A bracketed IP literal must be
// an IPv6 address (with an optional %25 zone); in other hosts the port
// starts at the last colon, except for http and https, which allow only one.
func parseHost(scheme, host string) (string, error) {
	open := strings.LastIndex(host, "[")
	if open > 0 {
		return "", errors.New("invalid IP-literal")
	}
	if open == 0 {
		closing := strings.LastIndex(host, "]")
		if closing < 0 {
			return "", errors.New("missing ']' in host")
		}
		colonPort := host[closing+1:]
		if !validOptionalPort(colonPort) {
			return "", invalidPort(colonPort)
		}
		literal := host[1:closing]
		var addr string
		if z := strings.Index(literal, "%25"); z >= 0 {
			a, err := unescape(literal[:z], encodeHost)
			if err != nil {
				return "", err
			}
			zone, err := unescape(literal[z:], encodeZone)
			if err != nil {
				return "", err
			}
			addr = a + zone
		} else {
			a, err := unescape(literal, encodeHost)
			if err != nil {
				return "", err
			}
			addr = a
		}
		if err := checkIPLiteral(addr); err != nil {
			return "", err
		}
		return "[" + addr + "]" + colonPort, nil
	}
	if first := strings.Index(host, ":"); first >= 0 {
		at := strings.LastIndex(host, ":")
		if scheme == "http" || scheme == "https" {
			at = first
		}
		if colonPort := host[at:]; !validOptionalPort(colonPort) {
			return "", invalidPort(colonPort)
		}
	}
	return unescape(host, encodeHost)
}

// setPath stores the escaped path p decoded in Path, keeping p in RawPath
// only when it is not the default encoding of the decoded path.
func (u *URL) setPath(p string) error {
	decoded, err := unescape(p, encodePath)
	if err != nil {
		return err
	}
	u.Path = decoded
	if escape(decoded, encodePath) == p {
		u.RawPath = ""
	} else {
		u.RawPath = p
	}
	return nil
}

// EscapedPath returns the escaped path: RawPath when it is a valid encoding
// of Path, otherwise Path's default encoding.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, encodePath) {
		if p, err := unescape(u.RawPath, encodePath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*"
	}
	return escape(u.Path, encodePath)
}

func (u *URL) setFragment(f string) error {
	decoded, err := unescape(f, encodeFragment)
	if err != nil {
		return err
	}
	u.Fragment = decoded
	if escape(decoded, encodeFragment) == f {
		u.RawFragment = ""
	} else {
		u.RawFragment = f
	}
	return nil
}

// EscapedFragment returns the escaped fragment, preferring RawFragment when
// it is a valid encoding of Fragment.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, encodeFragment) {
		if f, err := unescape(u.RawFragment, encodeFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, encodeFragment)
}

// String reassembles the URL in its escaped form.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme)
		b.WriteByte(':')
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		if (u.Scheme != "" || u.Host != "" || u.User != nil) && !(u.OmitHost && u.Host == "" && u.User == nil) {
			if u.Host != "" || u.Path != "" || u.User != nil {
				b.WriteString("//")
			}
			if u.User != nil {
				b.WriteString(u.User.String())
				b.WriteByte('@')
			}
			if u.Host != "" {
				b.WriteString(escape(u.Host, encodeHost))
			}
		}
		p := u.EscapedPath()
		if p != "" && p[0] != '/' && u.Host != "" {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// A colon in the first segment of a relative path would read
			// as a scheme: "./" keeps it a path (RFC 3986 §4.2).
			if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(p)
	}
	if u.ForceQuery || u.RawQuery != "" {
		b.WriteByte('?')
		b.WriteString(u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteByte('#')
		b.WriteString(u.EscapedFragment())
	}
	return b.String()
}

// Redacted is String with any password replaced by "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	c := *u
	if _, has := c.User.Password(); has {
		c.User = UserPassword(c.User.Username(), "xxxxx")
	}
	return c.String()
}

// IsAbs reports whether the URL has a scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Parse parses ref in the context of u and resolves it against u.
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// ResolveReference resolves ref against the base u as RFC 3986 §5.2
// describes; the result's path has its dot segments removed.
func (u *URL) ResolveReference(ref *URL) *URL {
	url := *ref
	if ref.Scheme == "" {
		url.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != nil {
		url.setPath(removeDots(ref.EscapedPath(), ""))
		return &url
	}
	if ref.Opaque != "" {
		url.User, url.Host, url.Path = nil, "", ""
		return &url
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		url.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			url.Fragment, url.RawFragment = u.Fragment, u.RawFragment
		}
	}
	if ref.Path == "" && u.Opaque != "" {
		url.Opaque = u.Opaque
		url.User, url.Host, url.Path = nil, "", ""
		return &url
	}
	url.Host, url.User = u.Host, u.User
	url.setPath(removeDots(u.EscapedPath(), ref.EscapedPath()))
	return &url
}

// removeDots merges ref into the directory of base (ref wins when it is
// absolute) and removes "." and ".." segments. The result always starts
// with a slash and ends with one when the last segment was a dot segment.
func removeDots(base, ref string) string {
	full := ref
	switch {
	case ref == "":
		full = base
	case ref[0] != '/':
		full = base[:strings.LastIndex(base, "/")+1] + ref
	}
	if full == "" {
		return ""
	}
	segs := strings.Split(full, "/")
	var out []string
	for _, s := range segs {
		switch s {
		case ".":
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		default:
			out = append(out, s)
		}
	}
	r := "/" + strings.Join(out, "/")
	if last := segs[len(segs)-1]; last == "." || last == ".." {
		r += "/"
	}
	if len(r) > 1 && r[1] == '/' {
		r = r[1:]
	}
	return r
}

// Query parses RawQuery, dropping malformed pairs.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI is the encoded path?query (or opaque?query) an HTTP request
// for u would use.
func (u *URL) RequestURI() string {
	r := u.Opaque
	if r == "" {
		r = u.EscapedPath()
		if r == "" {
			r = "/"
		}
	} else if strings.HasPrefix(r, "//") {
		r = u.Scheme + ":" + r
	}
	if u.ForceQuery || u.RawQuery != "" {
		r += "?" + u.RawQuery
	}
	return r
}

// Hostname is Host without a port and without IPv6 brackets.
func (u *URL) Hostname() string {
	h, _ := splitHostPort(u.Host)
	return h
}

// Port is the port part of Host, or "".
func (u *URL) Port() string {
	_, p := splitHostPort(u.Host)
	return p
}

func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if c := strings.LastIndexByte(host, ':'); c >= 0 && validOptionalPort(host[c:]) {
		host, port = host[:c], host[c+1:]
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host, port
}

// MarshalBinary returns the URL's String form.
func (u *URL) MarshalBinary() ([]byte, error) { return []byte(u.String()), nil }

// AppendBinary appends the URL's String form to b.
func (u *URL) AppendBinary(b []byte) ([]byte, error) { return append(b, u.String()...), nil }

// UnmarshalBinary parses text into u.
func (u *URL) UnmarshalBinary(text []byte) error {
	p, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *p
	return nil
}

// JoinPath returns a copy of u with the (escaped) elements joined to its
// path and the result cleaned; a trailing slash of the last element stays.
func (u *URL) JoinPath(elem ...string) *URL {
	r, _ := u.joinPath(elem...)
	return r
}

func (u *URL) joinPath(elem ...string) (*URL, error) {
	parts := append([]string{u.EscapedPath()}, elem...)
	var p string
	if strings.HasPrefix(parts[0], "/") {
		p = path.Join(parts...)
	} else {
		// Clean as if rooted, so a relative path cannot climb above itself.
		parts[0] = "/" + parts[0]
		p = path.Join(parts...)[1:]
	}
	if strings.HasSuffix(parts[len(parts)-1], "/") && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	r := *u
	err := r.setPath(p)
	return &r, err
}

// JoinPath parses base and joins the elements to its path.
func JoinPath(base string, elem ...string) (string, error) {
	u, err := Parse(base)
	if err != nil {
		return "", err
	}
	r, err := u.joinPath(elem...)
	if err != nil {
		return "", err
	}
	return r.String(), nil
}

// Clone returns a deep copy of u.
func (u *URL) Clone() *URL {
	if u == nil {
		return nil
	}
	c := *u
	if u.User != nil {
		ui := *u.User
		c.User = &ui
	}
	return &c
}

// Values maps a query's keys to their values, in order of appearance.
type Values map[string][]string

// Get returns the first value of key, or "".
func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Set replaces the values of key with value.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add appends value to the values of key.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del removes key.
func (v Values) Del(key string) { delete(v, key) }

// Has reports whether key is present.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// Clone returns a deep copy of v.
func (v Values) Clone() Values {
	if v == nil {
		return nil
	}
	c := make(Values, len(v))
	for k, vs := range v {
		c[k] = slices.Clone(vs)
	}
	return c
}

// maxQueryParams is the most key=value pairs ParseQuery accepts.
const maxQueryParams = 10000

// ParseQuery parses a URL-encoded query string. It keeps going past a bad
// pair and returns the first error met.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	if strings.Count(query, "&")+1 > maxQueryParams {
		return m, errors.New("number of URL query parameters exceeded limit")
	}
	var first error
	fail := func(err error) {
		if first == nil {
			first = err
		}
	}
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			fail(errors.New("invalid semicolon separator in query"))
			continue
		}
		if pair == "" {
			continue
		}
		k, val, _ := strings.Cut(pair, "=")
		k, err := QueryUnescape(k)
		if err != nil {
			fail(err)
			continue
		}
		val, err = QueryUnescape(val)
		if err != nil {
			fail(err)
			continue
		}
		m[k] = append(m[k], val)
	}
	return m, first
}

// Encode returns the values in "k=v&k=v" form, sorted by key.
func (v Values) Encode() string {
	if len(v) == 0 {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		ek := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ek)
			b.WriteByte('=')
			b.WriteString(QueryEscape(val))
		}
	}
	return b.String()
}
