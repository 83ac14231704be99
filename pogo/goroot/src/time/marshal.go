package time

// Binary, text and JSON encodings of Time, in gc's formats.

const (
	binaryV1 byte = 1 // zone offset in whole minutes
	binaryV2 byte = 2 // with a seconds part (local mean time zones)
)

// AppendBinary appends t's binary encoding: version, seconds since year 1
// (8 bytes), nanoseconds (4), zone offset in minutes (2, -1 for UTC) and,
// in version 2, the offset's seconds.
func (t Time) AppendBinary(b []byte) ([]byte, error) {
	var offMin int16
	var offSec int8
	version := binaryV1
	if t.Location() == UTC {
		offMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = binaryV2
			offSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errorString("Time.MarshalBinary: unexpected zone offset")
		}
		offMin = int16(offset)
	}
	b = append(b, version)
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(t.sec>>uint(s)))
	}
	b = append(b, byte(t.nsec>>24), byte(t.nsec>>16), byte(t.nsec>>8), byte(t.nsec), byte(offMin>>8), byte(offMin))
	if version == binaryV2 {
		b = append(b, byte(offSec))
	}
	return b, nil
}

// MarshalBinary returns t's binary encoding.
func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary produced.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errorString("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != binaryV1 && version != binaryV2 {
		return errorString("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == binaryV2 {
		want++
	}
	if len(data) != want {
		return errorString("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for i := 1; i <= 8; i++ {
		sec = sec<<8 | int64(data[i])
	}
	nsec := int32(data[9])<<24 | int32(data[10])<<16 | int32(data[11])<<8 | int32(data[12])
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == binaryV2 {
		offset += int(int8(data[15]))
	}
	*t = Time{sec: sec, nsec: nsec}
	if offset == -60 {
		t.setLoc(&utcLoc)
	} else if _, localOff, _, _, _ := Local.lookup(t.Unix()); offset == localOff {
		t.setLoc(Local)
	} else {
		t.setLoc(FixedZone("", offset))
	}
	return nil
}

// appendRFC3339 appends t in RFC 3339 with nanoseconds, refusing years and
// zone offsets that the format cannot hold.
func (t Time) appendRFC3339(b []byte, prefix string) ([]byte, error) {
	n0 := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	if b[n0+4] != '-' {
		return nil, errorString(prefix + "year outside of range [0,9999]")
	}
	if b[len(b)-1] != 'Z' {
		c := b[len(b)-6]
		h := 10*(b[len(b)-5]-'0') + b[len(b)-4] - '0'
		if '0' <= c && c <= '9' || h >= 24 {
			return nil, errorString(prefix + "timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// AppendText appends t in RFC 3339 with nanoseconds.
func (t Time) AppendText(b []byte) ([]byte, error) { return t.appendRFC3339(b, "Time.AppendText: ") }

// MarshalText returns t in RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	return t.appendRFC3339(make([]byte, 0, len(RFC3339Nano)), "Time.MarshalText: ")
}

// UnmarshalText parses an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	v, err := Parse(RFC3339, string(data))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// MarshalJSON returns t as a JSON string in RFC 3339 with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	b := []byte{'"'}
	b, err := t.appendRFC3339(b, "Time.MarshalJSON: ")
	if err != nil {
		return nil, err
	}
	return append(b, '"'), nil
}

// UnmarshalJSON parses a JSON string in RFC 3339 ("null" is a no-op).
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errorString("Time.UnmarshalJSON: input is not a JSON string")
	}
	return t.UnmarshalText(data[1 : len(data)-1])
}

// GobEncode is MarshalBinary, for encoding/gob.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary, for encoding/gob.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
