// Package crc64 computes the 64-bit cyclic redundancy check (ISO and ECMA
// polynomials, or any given in reversed bit order), one table-driven byte at a
// time.
package crc64

import (
	"errors"
	"hash"
)

// Size is the number of bytes a CRC-64 checksum has.
const Size = 8

// Predefined polynomials in reversed notation.
const (
	ISO  = 0xD800000000000000
	ECMA = 0xC96C5795D7870F42
)

// Table holds, for every byte value, the CRC contribution of that byte.
type Table [256]uint64

// MakeTable builds the lookup table of a reversed polynomial.
func MakeTable(poly uint64) *Table {
	t := new(Table)
	for i := range t {
		c := uint64(i)
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
func Update(crc uint64, tab *Table, p []byte) uint64 {
	c := ^crc
	for _, b := range p {
		c = tab[byte(c)^b] ^ c>>8
	}
	return ^c
}

// Checksum is the CRC-64 of data with the table's polynomial.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

type digest struct {
	crc uint64
	tab *Table
}

// New returns a running CRC-64 over the given table.
func New(tab *Table) hash.Hash64 { return &digest{0, tab} }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum64() uint64  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func be64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

func (d *digest) Sum(in []byte) []byte { return be64(in, d.crc) }

const magic = "crc\x02"

// AppendBinary appends the state: a magic header, the checksum of the table
// (so only a hash with the same polynomial accepts it) and the running CRC.
func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = be64(b, fingerprint(d.tab))
	return be64(b, d.crc), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, len(magic)+16))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc64: invalid hash state identifier")
	}
	if len(b) != len(magic)+16 {
		return errors.New("hash/crc64: invalid hash state size")
	}
	if get64(b[len(magic):]) != fingerprint(d.tab) {
		return errors.New("hash/crc64: tables do not match")
	}
	d.crc = get64(b[len(magic)+8:])
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	c := *d
	return &c, nil
}

func fingerprint(t *Table) uint64 {
	var buf []byte
	for _, v := range t {
		buf = be64(buf, v)
	}
	return Checksum(buf, t)
}
