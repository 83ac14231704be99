// Package fnv implements the Fowler–Noll–Vo hashes FNV-1 and FNV-1a in their
// 32-, 64- and 128-bit sizes. FNV-1 multiplies then xors each byte; FNV-1a
// xors then multiplies.
package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

const (
	offset32    = 2166136261
	offset64    = 14695981039346656037
	offset128Hi = 0x6c62272e07bb0142
	offset128Lo = 0x62b821756295c58d
	prime32     = 16777619
	prime64     = 1099511628211
	// The 128-bit prime is 2**88 + 0x13b: its high word is 1<<24.
	prime128Shift = 24
	prime128Lo    = 0x13b
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word first
	sum128a [2]uint64
)

// New32 returns a new 32-bit FNV-1 hash.
func New32() hash.Hash32 { s := sum32(offset32); return &s }

// New32a returns a new 32-bit FNV-1a hash.
func New32a() hash.Hash32 { s := sum32a(offset32); return &s }

// New64 returns a new 64-bit FNV-1 hash.
func New64() hash.Hash64 { s := sum64(offset64); return &s }

// New64a returns a new 64-bit FNV-1a hash.
func New64a() hash.Hash64 { s := sum64a(offset64); return &s }

// New128 returns a new 128-bit FNV-1 hash.
func New128() hash.Hash { s := sum128{offset128Hi, offset128Lo}; return &s }

// New128a returns a new 128-bit FNV-1a hash.
func New128a() hash.Hash { s := sum128a{offset128Hi, offset128Lo}; return &s }

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{offset128Hi, offset128Lo} }
func (s *sum128a) Reset() { *s = sum128a{offset128Hi, offset128Lo} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime32
		h ^= sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum32a(c)
		h *= prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h *= prime64
		h ^= sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h ^= sum64a(c)
		h *= prime64
	}
	*s = h
	return len(data), nil
}

// mul128 multiplies the 128-bit value hi:lo by the FNV prime, modulo 2**128.
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := bits.Mul64(lo, prime128Lo)
	h += lo<<prime128Shift + hi*prime128Lo
	return h, l
}

func (s *sum128) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo)
		lo ^= uint64(c)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		lo ^= uint64(c)
		hi, lo = mul128(hi, lo)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be64(b []byte, v uint64) []byte {
	return be32(be32(b, uint32(v>>32)), uint32(v))
}

func get64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

func (s *sum32) Sum(in []byte) []byte   { return be32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return be32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return be64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return be64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return be64(be64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return be64(be64(in, s[0]), s[1]) }

// The marshalled state is a magic string naming the variant, then the sum.
const (
	magic32   = "fnv\x01"
	magic32a  = "fnv\x02"
	magic64   = "fnv\x03"
	magic64a  = "fnv\x04"
	magic128  = "fnv\x05"
	magic128a = "fnv\x06"
)

var (
	errBadMagic = errors.New("hash/fnv: invalid hash state identifier")
	errBadSize  = errors.New("hash/fnv: invalid hash state size")
)

// unmarshal checks the header and length and returns the state's payload.
func unmarshal(b []byte, magic string, size int) ([]byte, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errBadMagic
	}
	if len(b) != len(magic)+size {
		return nil, errBadSize
	}
	return b[len(magic):], nil
}

func (s *sum32) AppendBinary(b []byte) ([]byte, error) {
	return be32(append(b, magic32...), uint32(*s)), nil
}
func (s *sum32a) AppendBinary(b []byte) ([]byte, error) {
	return be32(append(b, magic32a...), uint32(*s)), nil
}
func (s *sum64) AppendBinary(b []byte) ([]byte, error) {
	return be64(append(b, magic64...), uint64(*s)), nil
}
func (s *sum64a) AppendBinary(b []byte) ([]byte, error) {
	return be64(append(b, magic64a...), uint64(*s)), nil
}
func (s *sum128) AppendBinary(b []byte) ([]byte, error) {
	return be64(be64(append(b, magic128...), s[0]), s[1]), nil
}
func (s *sum128a) AppendBinary(b []byte) ([]byte, error) {
	return be64(be64(append(b, magic128a...), s[0]), s[1]), nil
}

func (s *sum32) MarshalBinary() ([]byte, error)   { return s.AppendBinary(nil) }
func (s *sum32a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(nil) }
func (s *sum64) MarshalBinary() ([]byte, error)   { return s.AppendBinary(nil) }
func (s *sum64a) MarshalBinary() ([]byte, error)  { return s.AppendBinary(nil) }
func (s *sum128) MarshalBinary() ([]byte, error)  { return s.AppendBinary(nil) }
func (s *sum128a) MarshalBinary() ([]byte, error) { return s.AppendBinary(nil) }

func (s *sum32) UnmarshalBinary(b []byte) error {
	p, err := unmarshal(b, magic32, 4)
	if err == nil {
		*s = sum32(get64(append(make([]byte, 4), p...)))
	}
	return err
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	p, err := unmarshal(b, magic32a, 4)
	if err == nil {
		*s = sum32a(get64(append(make([]byte, 4), p...)))
	}
	return err
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	p, err := unmarshal(b, magic64, 8)
	if err == nil {
		*s = sum64(get64(p))
	}
	return err
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	p, err := unmarshal(b, magic64a, 8)
	if err == nil {
		*s = sum64a(get64(p))
	}
	return err
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	p, err := unmarshal(b, magic128, 16)
	if err == nil {
		s[0], s[1] = get64(p), get64(p[8:])
	}
	return err
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	p, err := unmarshal(b, magic128a, 16)
	if err == nil {
		s[0], s[1] = get64(p), get64(p[8:])
	}
	return err
}

func (s *sum32) Clone() (hash.Cloner, error)   { c := *s; return &c, nil }
func (s *sum32a) Clone() (hash.Cloner, error)  { c := *s; return &c, nil }
func (s *sum64) Clone() (hash.Cloner, error)   { c := *s; return &c, nil }
func (s *sum64a) Clone() (hash.Cloner, error)  { c := *s; return &c, nil }
func (s *sum128) Clone() (hash.Cloner, error)  { c := *s; return &c, nil }
func (s *sum128a) Clone() (hash.Cloner, error) { c := *s; return &c, nil }
