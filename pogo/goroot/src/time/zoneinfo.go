package time

// A Location maps instants to the zone in use there. pogo's locations have
// one fixed zone each.
type Location struct {
	name   string
	zone   string // abbreviation printed by the MST layout element
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's local time zone; pogo treats it as UTC.
var Local *Location = &localLoc

// String returns the location's name.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation returns the location with the given name; only "", "UTC" and
// "Local" are known without a time zone database.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errorString("unknown time zone " + name)
}

type errorString string

func (e errorString) Error() string { return string(e) }
