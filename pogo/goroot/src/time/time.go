// Package time measures and displays time: Duration, Time (wall clock with
// an optional monotonic reading, as gc), calendar computations in the
// proleptic Gregorian calendar, Format/Parse with gc's layouts, and Sleep.
//
// Locations come from the system's zoneinfo files as in gc (LoadLocation,
// Local from $TZ or /etc/localtime, POSIX TZ rules past the last
// transition); there is no embedded tzdata. Now reads clock_gettime through
// the runtime; Sleep is implemented by the runtime.
// Timers, tickers and After need the scheduler and are not here yet.
package time

// A Time is an instant with nanosecond precision: seconds since January 1,
// year 1, 00:00:00 UTC (the zero Time), nanoseconds within the second, the
// location used for display (nil means UTC) and, for times from Now, a
// monotonic clock reading that Sub, Since and comparisons prefer.
type Time struct {
	sec     int64
	nsec    int32
	hasMono bool
	mono    int64
	loc     *Location
}

// A Month specifies a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// A Weekday specifies a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// String returns the English name of the month.
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// String returns the English name of the day.
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func itoa(v int64) string {
	var buf [24]byte
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if v < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// seconds from January 1, year 1 to January 1, 1970
	unixToInternal int64 = 719162 * secondsPerDay
)

// floorDiv returns ⌊a/b⌋ and the non-negative remainder, for b > 0.
func floorDiv(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] is the number of days in a non-leap year before month m+1.
var daysBefore = [13]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// daysSinceEpoch returns the days from January 1, year 1 to January 1 of year.
func daysSinceEpoch(year int) int64 {
	y := int64(year) - 1
	q4, _ := floorDiv(y, 4)
	q100, _ := floorDiv(y, 100)
	q400, _ := floorDiv(y, 400)
	return y*365 + q4 - q100 + q400
}

// dateToDays returns the day number (0 = January 1, year 1) of a date whose
// month is in range but whose day may not be.
func dateToDays(year int, month Month, day int) int64 {
	d := daysSinceEpoch(year) + int64(daysBefore[month-1]+day-1)
	if month > February && isLeap(year) {
		d++
	}
	return d
}

// daysToDate is the inverse of dateToDays; yday counts from 1.
func daysToDate(days int64) (year int, month Month, day int, yday int) {
	const days400 = 146097
	n400, d := floorDiv(days, days400)
	y := n400 * 400
	n100 := d / 36524
	if n100 == 4 {
		n100 = 3 // the last day of a 400-year cycle
	}
	d -= n100 * 36524
	y += n100 * 100
	n4 := d / 1461
	d -= n4 * 1461
	y += n4 * 4
	n1 := d / 365
	if n1 == 4 {
		n1 = 3 // the last day of a 4-year cycle
	}
	d -= n1 * 365
	y += n1
	year = int(y) + 1
	yday = int(d) + 1
	dd := int(d)
	if isLeap(year) {
		switch {
		case dd == 31+28:
			return year, February, 29, yday
		case dd > 31+28:
			dd--
		}
	}
	m := dd / 31
	for daysBefore[m+1] <= dd {
		m++
	}
	return year, Month(m + 1), dd - daysBefore[m] + 1, yday
}

// local returns the seconds since year 1 in t's location, and the zone.
func (t Time) local() (int64, string, int) {
	if t.loc == nil {
		return t.sec, "UTC", 0
	}
	name, offset, _, _, _ := t.loc.lookup(t.sec - unixToInternal)
	return t.sec + int64(offset), name, offset
}

func (t Time) days() int64 {
	s, _, _ := t.local()
	d, _ := floorDiv(s, secondsPerDay)
	return d
}

// Date returns the year, month and day in t's location.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = daysToDate(t.days())
	return
}

// Year returns the year in t's location.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month returns the month of the year in t's location.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day returns the day of the month in t's location.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// YearDay returns the day of the year, 1 to 366, in t's location.
func (t Time) YearDay() int {
	_, _, _, yd := daysToDate(t.days())
	return yd
}

// Weekday returns the day of the week in t's location.
func (t Time) Weekday() Weekday {
	// January 1, year 1 was a Monday.
	_, w := floorDiv(t.days()+1, 7)
	return Weekday(w)
}

// Clock returns the hour, minute and second in t's location.
func (t Time) Clock() (hour, min, sec int) {
	s, _, _ := t.local()
	_, r := floorDiv(s, secondsPerDay)
	return int(r / secondsPerHour), int(r % secondsPerHour / secondsPerMinute), int(r % secondsPerMinute)
}

// Hour returns the hour within the day, 0 to 23.
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute within the hour, 0 to 59.
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second within the minute, 0 to 59.
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Nanosecond returns the nanosecond within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// ISOWeek returns the ISO 8601 year and week number of t.
func (t Time) ISOWeek() (year, week int) {
	// The week belongs to the year of its Thursday.
	wd := int(t.Weekday()+6) % 7 // Monday = 0
	th := t.AddDate(0, 0, 3-wd)
	return th.Year(), (th.YearDay()-1)/7 + 1
}

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (overflowing
// outside about 1678 to 2262, as in gc).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// Unix returns the local Time for sec seconds and nsec nanoseconds since
// January 1, 1970 UTC; nsec may be outside [0, 1e9).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time for msec milliseconds since 1970.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time for usec microseconds since 1970.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// norm carries lo into hi so that 0 ≤ lo < base.
func norm(hi, lo, base int) (int, int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time of the given wall clock in loc. Values out of range
// carry over (October 32 is November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	unix := dateToDays(year, month, day)*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec) -
		unixToInternal
	// The offset in effect at the wall-clock reading taken as UTC is right
	// unless a transition lies between the two readings.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := Time{sec: unix + unixToInternal, nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
}

// now is provided by the runtime (clock_gettime).
func now() (sec int64, nsec int32, mono int64)

// startMono is the monotonic reading at program start; Time.String shows
// monotonic readings relative to it, as gc does.
var startMono int64

func init() {
	_, _, startMono = now()
	startMono--
}

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: nsec, hasMono: true, mono: mono - startMono, loc: Local}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Sleep pauses the current goroutine for at least d; it is implemented in
// the runtime (runtime.timeSleep).
func Sleep(d Duration)

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	ds := int64(d / 1e9)
	ns := t.nsec + int32(d%1e9)
	if ns >= 1e9 {
		ds++
		ns -= 1e9
	} else if ns < 0 {
		ds--
		ns += 1e9
	}
	t.sec += ds
	t.nsec = ns
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

// Sub returns t-u, saturated at the largest and smallest Durations.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// AddDate adds years, months and days to t's date, normalising like Date.
func (t Time) AddDate(years int, months int, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, int(t.nsec), t.Location())
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Round returns t stripped of its monotonic reading (Round(0)), or rounded
// to a multiple of d since the zero time.
func (t Time) Round(d Duration) Time {
	t.hasMono, t.mono = false, 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// Truncate returns t stripped of its monotonic reading, rounded down to a
// multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	t.hasMono, t.mono = false, 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// mod returns (t - zero time) mod d for d > 0, exactly.
func (t Time) mod(d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	neg := sec < 0
	if neg {
		// work with the absolute value, then reflect
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	var r int64
	if d%Second == 0 {
		ds := int64(d / Second)
		r = (sec%ds)*1e9 + nsec
	} else {
		// sec*1e9 + nsec mod d, in 128-bit steps of 2^32
		hi := uint64(sec) >> 32
		lo := uint64(sec) & 0xFFFFFFFF
		m := uint64(d)
		acc := (hi * 1e9) % m
		acc = mulMod(acc, 1<<32, m)
		acc = (acc + (lo*1e9)%m) % m
		r = int64((acc + uint64(nsec)) % m)
	}
	if neg && r != 0 {
		r = int64(d) - r
	}
	return Duration(r)
}

// mulMod returns a*b mod m without overflow (a, b < 2^63, m < 2^63).
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local location.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviated zone name and its offset east of UTC in seconds.
func (t Time) Zone() (name string, offset int) {
	_, name, offset = t.local()
	return
}
