package json

import "bytes"

// Compact appends to dst the JSON-encoded src with insignificant space
// characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and
// U+2029 characters inside string literals changed to \u003c, \u003e, \u0026,
// \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(appendHTMLEscape(nil, src))
}

func appendHTMLEscape(dst, src []byte) []byte {
	start := 0
	for i, c := range src {
		if c == '<' || c == '>' || c == '&' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			start = i + 1
		}
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
			start = i + 3
		}
	}
	return append(dst, src[start:]...)
}

// appendCompact appends src without insignificant space, after checking that
// it is valid JSON.
func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	if err := checkValid(src); err != nil {
		return dst, err
	}
	start := len(dst)
	inString := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			if c == '\\' {
				i++
				dst = append(dst, src[i])
			} else if c == '"' {
				inString = false
			}
			continue
		}
		if isSpace(c) {
			continue
		}
		if c == '"' {
			inString = true
		}
		dst = append(dst, c)
	}
	if escape {
		out := appendHTMLEscape(nil, dst[start:])
		dst = append(dst[:start], out...)
	}
	return dst, nil
}

func appendNewline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

// Indent appends to dst an indented form of the JSON-encoded src.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	if err := checkValid(src); err != nil {
		return dst, err
	}
	depth := 0
	needIndent := false // just after an opening bracket
	inString := false
	i := 0
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	// trailing space after the value is kept, as gc does
	end := len(src)
	for end > i && isSpace(src[end-1]) {
		end--
	}
	for ; i < end; i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			if c == '\\' {
				i++
				dst = append(dst, src[i])
			} else if c == '"' {
				inString = false
			}
			continue
		}
		if isSpace(c) {
			continue
		}
		if needIndent && c != ']' && c != '}' {
			needIndent = false
			depth++
			dst = appendNewline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				dst = appendNewline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, src[end:]...), nil
}
