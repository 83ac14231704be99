package time

// Layouts are written as the reference time Mon Jan 2 15:04:05 MST 2006
// (Unix time 1136239445) would be displayed.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Layout elements.
const (
	elNone = iota
	elLongMonth
	elMonth
	elNumMonth
	elZeroMonth
	elLongWeekDay
	elWeekDay
	elDay
	elUnderDay
	elZeroDay
	elUnderYearDay
	elZeroYearDay
	elHour
	elHour12
	elZeroHour12
	elMinute
	elZeroMinute
	elSecond
	elZeroSecond
	elLongYear
	elYear
	elPM
	elpm
	elTZ
	elISO8601TZ
	elISO8601SecondsTZ
	elISO8601ShortTZ
	elISO8601ColonTZ
	elISO8601ColonSecondsTZ
	elNumTZ
	elNumSecondsTZ
	elNumShortTZ
	elNumColonTZ
	elNumColonSecondsTZ
	elFrac0 // .000: that many digits
	elFrac9 // .999: up to that many digits, trailing zeros dropped
)

// chunk is one layout element found by nextChunk.
type chunk struct {
	kind   int
	digits int  // fractional seconds
	sep    byte // fractional seconds: '.' or ','
}

func startsLower(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func hasAt(s string, i int, p string) bool {
	return len(s) >= i+len(p) && s[i:i+len(p)] == p
}

func digitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// nextChunk splits layout into the text before its first element, the
// element, and the rest.
func nextChunk(layout string) (string, chunk, string) {
	for i := 0; i < len(layout); i++ {
		c := layout[i]
		switch c {
		case 'J':
			if hasAt(layout, i, "January") {
				return layout[:i], chunk{kind: elLongMonth}, layout[i+7:]
			}
			if hasAt(layout, i, "Jan") && !startsLower(layout[i+3:]) {
				return layout[:i], chunk{kind: elMonth}, layout[i+3:]
			}
		case 'M':
			if hasAt(layout, i, "Monday") {
				return layout[:i], chunk{kind: elLongWeekDay}, layout[i+6:]
			}
			if hasAt(layout, i, "Mon") && !startsLower(layout[i+3:]) {
				return layout[:i], chunk{kind: elWeekDay}, layout[i+3:]
			}
			if hasAt(layout, i, "MST") {
				return layout[:i], chunk{kind: elTZ}, layout[i+3:]
			}
		case '0':
			if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
				kinds := [6]int{elZeroMonth, elZeroDay, elZeroHour12, elZeroMinute, elZeroSecond, elYear}
				return layout[:i], chunk{kind: kinds[layout[i+1]-'1']}, layout[i+2:]
			}
			if hasAt(layout, i, "002") {
				return layout[:i], chunk{kind: elZeroYearDay}, layout[i+3:]
			}
		case '1':
			if hasAt(layout, i, "15") {
				return layout[:i], chunk{kind: elHour}, layout[i+2:]
			}
			return layout[:i], chunk{kind: elNumMonth}, layout[i+1:]
		case '2':
			if hasAt(layout, i, "2006") {
				return layout[:i], chunk{kind: elLongYear}, layout[i+4:]
			}
			return layout[:i], chunk{kind: elDay}, layout[i+1:]
		case '_':
			if hasAt(layout, i, "_2") {
				if hasAt(layout, i, "_2006") {
					// "_" is literal text before the year
					return layout[:i+1], chunk{kind: elLongYear}, layout[i+5:]
				}
				return layout[:i], chunk{kind: elUnderDay}, layout[i+2:]
			}
			if hasAt(layout, i, "__2") {
				return layout[:i], chunk{kind: elUnderYearDay}, layout[i+3:]
			}
		case '3':
			return layout[:i], chunk{kind: elHour12}, layout[i+1:]
		case '4':
			return layout[:i], chunk{kind: elMinute}, layout[i+1:]
		case '5':
			return layout[:i], chunk{kind: elSecond}, layout[i+1:]
		case 'P':
			if hasAt(layout, i, "PM") {
				return layout[:i], chunk{kind: elPM}, layout[i+2:]
			}
		case 'p':
			if hasAt(layout, i, "pm") {
				return layout[:i], chunk{kind: elpm}, layout[i+2:]
			}
		case '-':
			switch {
			case hasAt(layout, i, "-070000"):
				return layout[:i], chunk{kind: elNumSecondsTZ}, layout[i+7:]
			case hasAt(layout, i, "-07:00:00"):
				return layout[:i], chunk{kind: elNumColonSecondsTZ}, layout[i+9:]
			case hasAt(layout, i, "-0700"):
				return layout[:i], chunk{kind: elNumTZ}, layout[i+5:]
			case hasAt(layout, i, "-07:00"):
				return layout[:i], chunk{kind: elNumColonTZ}, layout[i+6:]
			case hasAt(layout, i, "-07"):
				return layout[:i], chunk{kind: elNumShortTZ}, layout[i+3:]
			}
		case 'Z':
			switch {
			case hasAt(layout, i, "Z070000"):
				return layout[:i], chunk{kind: elISO8601SecondsTZ}, layout[i+7:]
			case hasAt(layout, i, "Z07:00:00"):
				return layout[:i], chunk{kind: elISO8601ColonSecondsTZ}, layout[i+9:]
			case hasAt(layout, i, "Z0700"):
				return layout[:i], chunk{kind: elISO8601TZ}, layout[i+5:]
			case hasAt(layout, i, "Z07:00"):
				return layout[:i], chunk{kind: elISO8601ColonTZ}, layout[i+6:]
			case hasAt(layout, i, "Z07"):
				return layout[:i], chunk{kind: elISO8601ShortTZ}, layout[i+3:]
			}
		case '.', ',':
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				d := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == d {
					j++
				}
				if !digitAt(layout, j) {
					k := elFrac0
					if d == '9' {
						k = elFrac9
					}
					return layout[:i], chunk{kind: k, digits: j - (i + 1), sep: c}, layout[j:]
				}
			}
		}
	}
	return layout, chunk{}, ""
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	for pad := width - (len(buf) - i); pad > 0; pad-- {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fractional second nsec as chunk c asks.
func appendFrac(b []byte, nsec int, c chunk) []byte {
	trim := c.kind == elFrac9
	if trim && (c.digits == 0 || nsec == 0) {
		return b
	}
	start := len(b)
	b = append(b, c.sep)
	b = appendInt(b, nsec, 9)
	if c.digits < 9 {
		b = b[:len(b)-9+c.digits]
	}
	if trim {
		for len(b) > start && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) == start+1 {
			b = b[:start]
		}
	}
	return b
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±s.nnnnnnnnn" when t carries a monotonic reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		secs, frac := m/1e9, m%1e9
		b := []byte(" m=")
		b = append(b, sign)
		if secs >= 1e9 {
			b = appendInt(b, int(secs/1e9), 0)
			b = appendInt(b, int(secs%1e9), 9)
		} else {
			b = appendInt(b, int(secs), 0)
		}
		b = append(b, '.')
		b = appendInt(b, int(frac), 9)
		s += string(b)
	}
	return s
}

// GoString returns t as Go syntax (time.Date(...)).
func (t Time) GoString() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, y, 0)
	if January <= mo && mo <= December {
		b = append(b, ", time."...)
		b = append(b, mo.String()...)
	} else {
		b = append(b, ", "...)
		b = appendInt(b, int(mo), 0)
	}
	for _, v := range [5]int{d, h, mi, s, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// Format returns t formatted by layout.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat appends t formatted by layout to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	secs, zone, offset := t.local()
	days, daySec := floorDiv(secs, secondsPerDay)
	year, month, day, yday := daysToDate(days)
	hour, min, sec := int(daySec/secondsPerHour), int(daySec%secondsPerHour/60), int(daySec%60)
	for layout != "" {
		prefix, c, rest := nextChunk(layout)
		b = append(b, prefix...)
		if c.kind == elNone {
			break
		}
		layout = rest
		switch c.kind {
		case elYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elLongYear:
			b = appendInt(b, year, 4)
		case elMonth:
			b = append(b, month.String()[:3]...)
		case elLongMonth:
			b = append(b, month.String()...)
		case elNumMonth:
			b = appendInt(b, int(month), 0)
		case elZeroMonth:
			b = appendInt(b, int(month), 2)
		case elWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case elLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case elDay:
			b = appendInt(b, day, 0)
		case elUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elZeroDay:
			b = appendInt(b, day, 2)
		case elUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elZeroYearDay:
			b = appendInt(b, yday, 3)
		case elHour:
			b = appendInt(b, hour, 2)
		case elHour12, elZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			w := 0
			if c.kind == elZeroHour12 {
				w = 2
			}
			b = appendInt(b, h, w)
		case elMinute:
			b = appendInt(b, min, 0)
		case elZeroMinute:
			b = appendInt(b, min, 2)
		case elSecond:
			b = appendInt(b, sec, 0)
		case elZeroSecond:
			b = appendInt(b, sec, 2)
		case elPM, elpm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if c.kind == elpm {
				s = "am"
				if hour >= 12 {
					s = "pm"
				}
			}
			b = append(b, s...)
		case elISO8601TZ, elISO8601ColonTZ, elISO8601SecondsTZ, elISO8601ShortTZ, elISO8601ColonSecondsTZ,
			elNumTZ, elNumColonTZ, elNumSecondsTZ, elNumShortTZ, elNumColonSecondsTZ:
			b = appendOffset(b, offset, c.kind)
		case elTZ:
			if zone != "" {
				b = append(b, zone...)
				break
			}
			m := offset / 60
			if m < 0 {
				b = append(b, '-')
				m = -m
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, m/60, 2)
			b = appendInt(b, m%60, 2)
		case elFrac0, elFrac9:
			b = appendFrac(b, int(t.nsec), c)
		}
	}
	return b
}

func isISO(kind int) bool {
	return kind == elISO8601TZ || kind == elISO8601ColonTZ || kind == elISO8601SecondsTZ ||
		kind == elISO8601ShortTZ || kind == elISO8601ColonSecondsTZ
}

// appendOffset appends a numeric zone offset ("Z" for UTC in ISO forms).
func appendOffset(b []byte, offset int, kind int) []byte {
	if offset == 0 && isISO(kind) {
		return append(b, 'Z')
	}
	m := offset / 60
	abs := offset
	if m < 0 {
		b = append(b, '-')
		m = -m
		abs = -abs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, m/60, 2)
	colon := kind == elISO8601ColonTZ || kind == elNumColonTZ || kind == elISO8601ColonSecondsTZ || kind == elNumColonSecondsTZ
	if colon {
		b = append(b, ':')
	}
	if kind != elNumShortTZ && kind != elISO8601ShortTZ {
		b = appendInt(b, m%60, 2)
	}
	if kind == elISO8601SecondsTZ || kind == elNumSecondsTZ || kind == elNumColonSecondsTZ || kind == elISO8601ColonSecondsTZ {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, abs%60, 2)
	}
	return b
}
