package time

// A Location maps instants to the zone (abbreviation, offset) in use there:
// a list of zones and the transitions between them, read from the system's
// zoneinfo files (TZif) like gc, with the POSIX TZ rule of the file's
// footer for instants after its last transition.
type Location struct {
	name   string
	zone   []zone
	tx     []zoneTrans
	extend string // POSIX TZ rule for instants after the last transition
}

type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

type zoneTrans struct {
	when  int64 // Unix seconds from which zone[index] applies
	index uint8
}

const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

var utcLoc = Location{name: "UTC"}
var localLoc Location
var localLoaded bool

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's local time zone: the TZ environment variable, else
// /etc/localtime, else UTC (as gc on Unix).
var Local *Location = &localLoc

// get returns l ready for use: nil means UTC; Local is loaded on first use.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localLoaded {
		// The flag is set only once localLoc is complete: a goroutine preempted
		// while loading leaves the others to load it too, never to see it half
		// made. initLocal writes localLoc only after its last preemption point.
		initLocal()
		localLoaded = true
	}
	return l
}

// String returns the location's name.
func (l *Location) String() string { return l.get().name }

// getenv and readFile are provided by the runtime (runtime/timezone.go).
func getenv(key string) (string, bool)
func readFile(name string) ([]byte, bool)

var zoneSources = []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo"}

func initLocal() {
	tz, ok := getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, zoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}

// lookup returns the zone in effect at Unix time sec and the interval
// [start, end) over which it stays in effect.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()
	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}
	if len(l.tx) == 0 || sec < l.tx[0].when {
		z := &l.zone[l.firstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return z.name, z.offset, alpha, end, z.isDST
	}
	lo, hi := 0, len(l.tx)
	end = omega
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if sec < l.tx[m].when {
			end = l.tx[m].when
			hi = m
		} else {
			lo = m
		}
	}
	z := &l.zone[l.tx[lo].index]
	start = l.tx[lo].when
	if lo == len(l.tx)-1 && l.extend != "" {
		if n, o, s, e, d, ok := tzset(l.extend, start, sec); ok {
			return n, o, s, e, d
		}
	}
	return z.name, z.offset, start, end, z.isDST
}

// firstZone picks the zone for instants before the first transition: the
// first standard-time zone (as gc and zic's documentation prescribe).
func (l *Location) firstZone() int {
	used := false
	for _, t := range l.tx {
		if t.index == 0 {
			used = true
			break
		}
	}
	if !used {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// lookupName returns the offset of the zone abbreviation name, preferring
// the zone in effect around unix.
func (l *Location) lookupName(name string, unix int64) (int, bool) {
	l = l.get()
	for i := range l.zone {
		z := &l.zone[i]
		if z.name == name {
			n, offset, _, _, _ := l.lookup(unix - int64(z.offset))
			if n == z.name {
				return offset, true
			}
		}
	}
	for i := range l.zone {
		if l.zone[i].name == name {
			return l.zone[i].offset, true
		}
	}
	return 0, false
}

// FixedZone returns a location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: []zone{{name, offset, false}}, tx: []zoneTrans{{alpha, 0}}}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// LoadLocation returns the location with the given IANA name ("" and "UTC"
// give UTC, "Local" gives Local), read from the system's zoneinfo files
// (the directory in $ZONEINFO first).
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if hasDotDot(name) || name[0] == '/' || name[0] == '\\' {
		return nil, errorString("time: invalid location name")
	}
	if dir, _ := getenv("ZONEINFO"); dir != "" {
		if z, err := loadLocation(name, []string{dir + "/"}); err == nil {
			return z, nil
		}
	}
	return loadLocation(name, zoneSources)
}

func hasDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

func loadLocation(name string, sources []string) (*Location, error) {
	for _, dir := range sources {
		if dir != "" && dir[len(dir)-1] != '/' {
			dir += "/"
		}
		if data, ok := readFile(dir + name); ok {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
	}
	return nil, errorString("unknown time zone " + name)
}

var errBadData = errorString("malformed time zone information")

// tzReader reads big-endian fields of a TZif file.
type tzReader struct {
	p   []byte
	bad bool
}

func (d *tzReader) read(n int) []byte {
	if n < 0 || len(d.p) < n {
		d.p = nil
		d.bad = true
		return nil
	}
	b := d.p[:n]
	d.p = d.p[n:]
	return b
}

func (d *tzReader) u32() uint32 {
	b := d.read(4)
	if len(b) < 4 {
		return 0
	}
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func (d *tzReader) u64() uint64 {
	hi := uint64(d.u32())
	return hi<<32 | uint64(d.u32())
}

// LoadLocationFromTZData returns a location with the given name from TZif
// (zoneinfo) data, versions 1 to 3.
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := tzReader{p: data}
	if string(d.read(4)) != "TZif" {
		return nil, errBadData
	}
	hdr := d.read(16)
	if len(hdr) != 16 || hdr[0] != 0 && hdr[0] != '2' && hdr[0] != '3' {
		return nil, errBadData
	}
	var n [6]int // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
	for i := range n {
		n[i] = int(d.u32())
	}
	size := 4
	if hdr[0] != 0 {
		// skip the 32-bit block; the 64-bit one follows with its own header
		d.read(n[3]*5 + n[4]*6 + n[5] + n[2]*8 + n[1] + n[0] + 4 + 16)
		for i := range n {
			n[i] = int(d.u32())
		}
		size = 8
	}
	times := d.read(n[3] * size)
	idx := d.read(n[3])
	zd := tzReader{p: d.read(n[4] * 6)}
	abbrev := d.read(n[5])
	d.read(n[2] * (size + 4))
	d.read(n[1])
	d.read(n[0])
	if d.bad || n[4] == 0 {
		return nil, errBadData
	}
	var extend string
	if rest := d.p; len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}
	zones := make([]zone, n[4])
	for i := range zones {
		zones[i].offset = int(int32(zd.u32()))
		flags := zd.read(2)
		if len(flags) < 2 || int(flags[1]) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i].isDST = flags[0] != 0
		a := abbrev[flags[1]:]
		for k := 0; k < len(a); k++ {
			if a[k] == 0 {
				a = a[:k]
				break
			}
		}
		zones[i].name = string(a)
	}
	tx := make([]zoneTrans, n[3])
	td := tzReader{p: times}
	for i := range tx {
		if size == 4 {
			tx[i].when = int64(int32(td.u32()))
		} else {
			tx[i].when = int64(td.u64())
		}
		if int(idx[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = idx[i]
	}
	if len(tx) == 0 {
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}
	return &Location{name: name, zone: zones, tx: tx, extend: extend}, nil
}

// IsDST reports whether t's zone is in daylight saving time.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.lookup(t.Unix())
	return dst
}

// ZoneBounds returns the interval in which t's zone is in effect; a zero
// Time stands for an unbounded end.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, s, e, _ := t.loc.lookup(t.Unix())
	if s != alpha {
		start = Time{sec: s + unixToInternal}
		start.setLoc(t.loc)
	}
	if e != omega {
		end = Time{sec: e + unixToInternal}
		end.setLoc(t.loc)
	}
	return
}
