// Package crc32 computes the 32-bit cyclic redundancy check with any
// polynomial given in reversed bit order (IEEE, Castagnoli, Koopman), one
// table-driven byte at a time.
package crc32

import (
	"errors"
	"hash"
)

// Size is the number of bytes a CRC-32 checksum has.
const Size = 4

// Polynomials in reversed notation.
const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// Table holds, for every byte value, the CRC contribution of that byte.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = MakeTable(IEEE)

// MakeTable builds the lookup table of a reversed polynomial.
func MakeTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = c>>1 ^ poly
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

// Update returns crc extended by the bytes of p.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	c := ^crc
	for _, b := range p {
		c = tab[byte(c)^b] ^ c>>8
	}
	return ^c
}

// Checksum is the CRC-32 of data with the table's polynomial.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE is the CRC-32 of data with the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New returns a running CRC-32 over the given table.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE returns a running CRC-32 with the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

const magic = "crc\x01"

func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// AppendBinary appends the state: a magic header, the table's fingerprint
// (the checksum of its own bytes, so a state is only restored into a hash
// with the same polynomial) and the running CRC.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = be32(b, fingerprint(d.tab))
	return be32(b, d.crc), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, len(magic)+8))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != len(magic)+8 {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if get32(b[len(magic):]) != fingerprint(d.tab) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = get32(b[len(magic)+4:])
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

func fingerprint(t *Table) uint32 {
	var buf [1024]byte
	for i, v := range t {
		buf[4*i], buf[4*i+1], buf[4*i+2], buf[4*i+3] = byte(v>>24), byte(v>>16), byte(v>>8), byte(v)
	}
	return ChecksumIEEE(buf[:])
}
