package url

import (
	"errors"
	"strconv"
	"strings"
)

// checkIPLiteral accepts what may stand between brackets in a host: an IPv6
// address, optionally with an embedded IPv4 tail and a non-empty zone.
// An IPv4 address is refused (RFC 3986 reserves brackets for IPv6).
//
// A malformed literal with too few fields is reported in netip's words;
// the other defects all as "unable to parse IP" (netip names each one
// precisely, which pogo does not reproduce yet).
func checkIPLiteral(s string) error {
	if isIPv4(s) {
		return errors.New("invalid IP-literal")
	}
	if msg := ipv6Problem(s); msg != "" {
		return errors.New("invalid host: ParseAddr(" + strconv.Quote(s) + "): " + msg)
	}
	return nil
}

func isIPv4(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return false
		}
		n := 0
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
			n = n*10 + int(p[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}

func ipv6Problem(s string) string {
	const bad = "unable to parse IP"
	if i := strings.IndexByte(s, '%'); i >= 0 {
		if i == len(s)-1 {
			return bad
		}
		s = s[:i]
	}
	groups := 0
	double := false
	if strings.HasPrefix(s, "::") {
		double = true
		s = s[2:]
	} else if strings.HasPrefix(s, ":") {
		return bad
	}
	for s != "" {
		field, rest, more := strings.Cut(s, ":")
		if strings.Contains(field, ".") {
			if more || !isIPv4(field) {
				return bad
			}
			groups += 2
			break
		}
		if field == "" || len(field) > 4 {
			return bad
		}
		for i := 0; i < len(field); i++ {
			if !ishex(field[i]) {
				return bad
			}
		}
		groups++
		s = rest
		if more && strings.HasPrefix(s, ":") {
			if double {
				return bad
			}
			double = true
			s = s[1:]
		} else if more && s == "" {
			return bad
		}
	}
	switch {
	case double && groups >= 8:
		return "the :: must expand to at least one field of zeros"
	case !double && groups < 8:
		return "address string too short"
	case !double && groups > 8:
		return bad
	}
	return ""
}
