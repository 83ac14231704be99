package time

// A Duration is the time between two instants in nanoseconds (at most about
// 290 years either way).
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d like "72h3m0.5s": hours, minutes and seconds with a
// fraction, or for less than a second a fraction of ms, µs or ns; zero is "0s".
func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		prec := 0
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return string(buf[w:])
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w-- // "µ" is two bytes
			buf[w], buf[w+1] = 0xC2, 0xB5
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = putFrac(buf[:w], u, prec)
		w = putUint(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = putFrac(buf[:w], u, 9)
		w = putUint(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = putUint(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = putUint(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// putFrac writes the low prec decimal digits of v, without trailing zeros,
// as a fraction ending at the end of buf, and returns the start and v's
// remaining integer part.
func putFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	seen := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		seen = seen || digit != 0
		if seen {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if seen {
		w--
		buf[w] = '.'
	}
	return w, v
}

// putUint writes v in decimal ending at the end of buf and returns the start.
func putUint(buf []byte, v uint64) int {
	w := len(buf)
	for {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			return w
		}
	}
}

// Nanoseconds returns d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer count of microseconds.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer count of milliseconds.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (m ≤ 0: d unchanged).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y, without overflow (x, y ≥ 0).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round rounds d to the nearest multiple of m, halves away from zero,
// saturating at the extreme Durations.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns |d|, with the smallest Duration mapped to the largest.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

type durationError struct {
	msg   string
	input string
}

func (e *durationError) Error() string { return "time: " + e.msg + " " + quote(e.input) }

// unitSize returns the nanoseconds of a duration unit name, or 0.
func unitSize(u string) uint64 {
	switch u {
	case "ns":
		return 1
	case "us", "µs", "μs":
		return 1e3
	case "ms":
		return 1e6
	case "s":
		return 1e9
	case "m":
		return 60e9
	case "h":
		return 3600e9
	}
	return 0
}

// ParseDuration parses a signed sequence of decimal numbers with optional
// fractions and units, such as "300ms", "-1.5h" or "2h45m".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &durationError{"invalid duration", orig}
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, &durationError{"invalid duration", orig}
		}
		before := len(s)
		v, rest, ok := leadingUint(s)
		if !ok {
			return 0, &durationError{"invalid duration", orig}
		}
		s = rest
		sawInt := before != len(s)
		sawFrac := false
		var f uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			f, scale, s = leadingFraction(s)
			sawFrac = before != len(s)
		}
		if !sawInt && !sawFrac {
			return 0, &durationError{"invalid duration", orig}
		}
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, &durationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit := unitSize(u)
		if unit == 0 {
			return 0, &durationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			return 0, &durationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, &durationError{"invalid duration", orig}
			}
		}
		total += v
		if total > 1<<63 {
			return 0, &durationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, &durationError{"invalid duration", orig}
	}
	return Duration(total), nil
}

// leadingUint consumes leading decimal digits; ok is false on overflow
// beyond 2^63.
func leadingUint(s string) (uint64, string, bool) {
	var x uint64
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, s, false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, s, false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes leading digits after a decimal point, keeping
// those that fit; scale is 10^(digits kept).
func leadingFraction(s string) (uint64, float64, string) {
	var x uint64
	scale := 1.0
	over := false
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if over {
			continue
		}
		if x > (1<<63-1)/10 {
			over = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			over = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}
