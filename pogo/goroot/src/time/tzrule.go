package time

// POSIX TZ rules ("EST5EDT,M3.2.0,M11.1.0"), as found at the end of TZif
// files, give the zone for instants after the file's last transition.

type tzRule struct {
	kind int // 'J' Julian day 1-365 without Feb 29, 'D' day of year 0-365, 'M' month.week.day
	day  int
	week int
	mon  int
	at   int // seconds after local midnight
}

// tzset evaluates rule string s at Unix time sec (> lastTx, the last
// transition of the file).
func tzset(s string, lastTx, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var stdName, dstName string
	var stdOff, dstOff int
	stdName, s, ok = tzName(s)
	if ok {
		stdOff, s, ok = tzOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	stdOff = -stdOff // POSIX counts west of Greenwich
	if len(s) == 0 || s[0] == ',' {
		return stdName, stdOff, lastTx, omega, false, true
	}
	dstName, s, ok = tzName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOff = stdOff + secondsPerHour
		} else {
			dstOff, s, ok = tzOffset(s)
			dstOff = -dstOff
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}
	if len(s) == 0 {
		s = ",M3.2.0,M11.1.0"
	}
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	var startRule, endRule tzRule
	startRule, s, ok = tzParseRule(s[1:])
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	endRule, s, ok = tzParseRule(s[1:])
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}
	days, _ := floorDiv(sec+unixToInternal, secondsPerDay)
	year, _, _, yday := daysToDate(days)
	ysec := int64((yday-1)*secondsPerDay) + sec%secondsPerDay
	ystart := sec - ysec
	startSec := int64(tzRuleTime(year, startRule, stdOff))
	endSec := int64(tzRuleTime(year, endRule, dstOff))
	dstIsDST, stdIsDST := true, false
	if endSec < startSec {
		// southern hemisphere: the "DST" rule starts the standard period
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOff, dstOff = dstOff, stdOff
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}
	switch {
	case ysec < startSec:
		return stdName, stdOff, ystart, startSec + ystart, stdIsDST, true
	case ysec >= endSec:
		return stdName, stdOff, endSec + ystart, ystart + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOff, startSec + ystart, endSec + ystart, dstIsDST, true
}

// tzName reads a zone abbreviation: three or more letters, or <...>.
func tzName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] == '<' {
		for i := 1; i < len(s); i++ {
			if s[i] == '>' {
				return s[1:i], s[i+1:], true
			}
		}
		return "", "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || c == ',' || c == '-' || c == '+' {
			if i < 3 {
				return "", "", false
			}
			return s[:i], s[i:], true
		}
	}
	if len(s) < 3 {
		return "", "", false
	}
	return s, "", true
}

// tzOffset reads [+-]hh[:mm[:ss]].
func tzOffset(s string) (int, string, bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	h, s, ok := tzNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := h * secondsPerHour
	for _, unit := range [2]int{secondsPerMinute, 1} {
		if len(s) == 0 || s[0] != ':' {
			break
		}
		var v int
		v, s, ok = tzNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += v * unit
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// tzParseRule reads Jn, n or Mm.w.d, then an optional /time.
func tzParseRule(s string) (tzRule, string, bool) {
	var r tzRule
	if len(s) == 0 {
		return r, "", false
	}
	var ok bool
	switch s[0] {
	case 'J':
		r.kind = 'J'
		r.day, s, ok = tzNum(s[1:], 1, 365)
	case 'M':
		r.kind = 'M'
		r.mon, s, ok = tzNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return r, "", false
		}
		r.week, s, ok = tzNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return r, "", false
		}
		r.day, s, ok = tzNum(s[1:], 0, 6)
	default:
		r.kind = 'D'
		r.day, s, ok = tzNum(s, 0, 365)
	}
	if !ok {
		return r, "", false
	}
	r.at = 2 * secondsPerHour
	if len(s) > 0 && s[0] == '/' {
		r.at, s, ok = tzOffset(s[1:])
		if !ok {
			return r, "", false
		}
	}
	return r, s, true
}

// tzNum reads a decimal number in [min, max].
func tzNum(s string, min, max int) (int, string, bool) {
	n, i := 0, 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
		if n > max {
			return 0, "", false
		}
	}
	if i == 0 || n < min {
		return 0, "", false
	}
	return n, s[i:], true
}

// tzRuleTime returns the seconds since the start of year (UTC) at which
// rule r takes effect, for a zone at offset off.
func tzRuleTime(year int, r tzRule, off int) int {
	var d int
	switch r.kind {
	case 'J':
		d = r.day - 1
		if isLeap(year) && r.day >= 60 {
			d++
		}
	case 'D':
		d = r.day
	default:
		// weekday of the month's first day (Zeller's congruence), then the
		// week-th such weekday, 5 meaning the last
		m1 := (r.mon+9)%12 + 1
		y := year
		if r.mon <= 2 {
			y--
		}
		c, yy := y/100, y%100
		dow := ((26*m1-2)/10 + 1 + yy + yy/4 + c/4 - 2*c) % 7
		if dow < 0 {
			dow += 7
		}
		d = r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += daysBefore[r.mon-1]
		if isLeap(year) && r.mon > 2 {
			d++
		}
	}
	return d*secondsPerDay + r.at - off
}
