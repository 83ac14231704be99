package time

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote quotes s with double quotes, escaping non-ASCII and control bytes
// as \x.. (time's own quoting, which differs from strconv.Quote).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			b = append(b, '\\', 'x', hex[c>>4], hex[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return string(append(b, '"'))
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// getnum reads one or two digits (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, bool) {
	if !digitAt(s, 0) {
		return 0, s, false
	}
	if !digitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// getnum3 reads one to three digits (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && digitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// atoi parses an optionally signed decimal number that is all of s.
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	v, rest, ok := leadingUint(s)
	if !ok || rest != "" || s == "" || v > 1<<62 {
		return 0, false
	}
	if neg {
		return -int(v), true
	}
	return int(v), true
}

// skipText consumes the literal layout text prefix from value; a space in
// the layout matches any run of spaces (and requires one unless value ends).
func skipText(value, prefix string) (string, bool) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, false
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, false
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, true
}

// lookupName matches a name from tab at the start of val, ignoring ASCII case.
func lookupName(tab []string, val string) (int, string, bool) {
	for i, name := range tab {
		if len(val) >= len(name) && equalFoldASCII(val[:len(name)], name) {
			return i, val[len(name):], true
		}
	}
	return -1, val, false
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x != y {
			x |= 'a' - 'A'
			y |= 'a' - 'A'
			if x != y || x < 'a' || x > 'z' {
				return false
			}
		}
	}
	return true
}

// parseNanos reads a fraction: value[0] is the separator, then n-1 digits
// (at most 9 are used).
func parseNanos(value string, n int) (int, string, bool) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", false
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	ns, ok := atoi(value[1:n])
	if !ok {
		return 0, "", false
	}
	if ns < 0 {
		return 0, "fractional second", true
	}
	for i := 0; i < 10-n; i++ {
		ns *= 10
	}
	return ns, "", true
}

// Parse parses value as formatted by layout. Without zone information the
// result is in UTC; a numeric offset gives a fixed zone (or Local if that
// is Local's offset).
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc used when value has no zone information.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// zoneNameLen returns the length of a zone abbreviation at the start of
// value ("MST", "CEST", "GMT+3", "+07", ...), or 0.
func zoneNameLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4
	}
	if value[:3] == "GMT" {
		return 3 + signedOffsetLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedOffsetLen(value)
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4
		}
	case 5:
		if value[4] == 'T' {
			return 5
		}
	}
	return 0
}

// signedOffsetLen returns the length of "+h" or "-hh" (hours -23..23) at
// the start of value, or 0.
func signedOffsetLen(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rest, ok := leadingUint(value[1:])
	if !ok || rest == value[1:] || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}

func parse(layout, value string, defLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""
	for {
		prefix, c, rest := nextChunk(layout)
		elem := layout[len(prefix) : len(layout)-len(rest)]
		var ok bool
		value, ok = skipText(value, prefix)
		if !ok {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		if c.kind == elNone {
			if len(value) != 0 {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		hold := value
		ok = true
		switch c.kind {
		case elYear:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			year, ok = atoi(p)
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elLongYear:
			if len(value) < 4 || !digitAt(value, 0) {
				ok = false
				break
			}
			p := value[:4]
			value = value[4:]
			year, ok = atoi(p)
		case elMonth:
			month, value, ok = lookupName(shortMonthNames, value)
			month++
		case elLongMonth:
			month, value, ok = lookupName(longMonthNames, value)
			month++
		case elNumMonth, elZeroMonth:
			month, value, ok = getnum(value, c.kind == elZeroMonth)
			if ok && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case elWeekDay:
			_, value, ok = lookupName(shortDayNames, value)
		case elLongWeekDay:
			_, value, ok = lookupName(longDayNames, value)
		case elDay, elUnderDay, elZeroDay:
			if c.kind == elUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, ok = getnum(value, c.kind == elZeroDay)
		case elUnderYearDay, elZeroYearDay:
			for i := 0; i < 2; i++ {
				if c.kind == elUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, ok = getnum3(value, c.kind == elZeroYearDay)
		case elHour:
			hour, value, ok = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case elHour12, elZeroHour12:
			hour, value, ok = getnum(value, c.kind == elZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case elMinute, elZeroMinute:
			min, value, ok = getnum(value, c.kind == elZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case elSecond, elZeroSecond:
			sec, value, ok = getnum(value, c.kind == elZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction after the seconds is accepted even if the layout
			// has none, unless the layout's next element reads it.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && digitAt(value, 1) {
				_, next, _ := nextChunk(layout)
				if next.kind == elFrac0 || next.kind == elFrac9 {
					break
				}
				n := 2
				for n < len(value) && digitAt(value, n) {
					n++
				}
				nsec, rangeErr, ok = parseNanos(value, n)
				value = value[n:]
			}
		case elPM, elpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			am, pm := "AM", "PM"
			if c.kind == elpm {
				am, pm = "am", "pm"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				ok = false
			}
		case elISO8601TZ, elISO8601ShortTZ, elISO8601ColonTZ, elISO8601SecondsTZ, elISO8601ColonSecondsTZ,
			elNumTZ, elNumShortTZ, elNumColonTZ, elNumSecondsTZ, elNumColonSecondsTZ:
			if isISO(c.kind) && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch c.kind {
			case elISO8601ColonTZ, elNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case elNumShortTZ, elISO8601ShortTZ:
				if len(value) < 3 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case elISO8601ColonSecondsTZ, elNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case elISO8601SecondsTZ, elNumSecondsTZ:
				if len(value) < 7 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if !ok {
				break
			}
			var h, m, s int
			h, _, ok = getnum(hh, true)
			if ok {
				m, _, ok = getnum(mm, true)
				if ok {
					s, _, ok = getnum(ss, true)
				}
			}
			if h > 24 {
				rangeErr = "time zone offset hour"
			}
			if m > 60 {
				rangeErr = "time zone offset minute"
			}
			if s > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (h*60+m)*60 + s
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				ok = false
			}
		case elTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n := zoneNameLen(value)
			if n == 0 {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case elFrac0:
			n := 1 + c.digits
			if len(value) < n {
				ok = false
				break
			}
			nsec, rangeErr, ok = parseNanos(value, n)
			value = value[n:]
		case elFrac9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !digitAt(value, 1) {
				break
			}
			i := 0
			for digitAt(value, i+1) {
				i++
			}
			nsec, rangeErr, ok = parseNanos(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{origLayout, origValue, elem, value, ": " + rangeErr + " out of range"}
		}
		if !ok {
			return Time{}, &ParseError{origLayout, origValue, elem, hold, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		d, m := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}
	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		name, offset, _, _, _ := local.lookup(t.Unix())
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if offset, ok := local.lookupName(zoneName, t.Unix()); ok {
			t.sec -= int64(offset)
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defLoc), nil
}
