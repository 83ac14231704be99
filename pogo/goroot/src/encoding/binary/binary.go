// Package binary translates between numbers and byte sequences: the byte
// orders, varints, and Read/Write/Size of fixed-size values.
//
// pogo's version: ByteOrder and AppendByteOrder (LittleEndian, BigEndian,
// NativeEndian), the varint functions, and Read/Write/Size/Append/Encode/
// Decode for booleans, fixed-size numbers and slices or pointers of them,
// and through reflect (reflect.go) for arrays and structs of those.
package binary

import (
	"errors"
	"fmt"
	"io"
	"unsafe"
)

// A ByteOrder converts unsigned integers to and from byte slices.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// AppendByteOrder appends unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian is the little-endian ByteOrder and AppendByteOrder.
var LittleEndian littleEndian

// BigEndian is the big-endian ByteOrder and AppendByteOrder.
var BigEndian bigEndian

type littleEndian struct{}

func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func (littleEndian) String() string { return "LittleEndian" }

func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*i))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(56-8*i)))
	}
	return b
}

func (bigEndian) String() string { return "BigEndian" }

func (bigEndian) GoString() string { return "binary.BigEndian" }

// NativeEndian is the byte order of the machine (little-endian on amd64).
var NativeEndian nativeEndian

type nativeEndian struct {
	littleEndian
}

func (nativeEndian) String() string { return "NativeEndian" }

func (nativeEndian) GoString() string { return "binary.NativeEndian" }

// Maximum lengths of varint encodings.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint encoding of x.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint encodes x into buf and returns the number of bytes written.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a uint64 from buf. n is the number of bytes read; 0 if
// buf is too small, -(bytes read) on overflow.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// AppendVarint appends the zig-zag varint encoding of x.
func AppendVarint(buf []byte, x int64) []byte {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return AppendUvarint(buf, ux)
}

// PutVarint encodes x (zig-zag) into buf.
func PutVarint(buf []byte, x int64) int {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return PutUvarint(buf, ux)
}

// Varint decodes a zig-zag varint from buf (see Uvarint for n).
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint from r.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, err
}

// Size returns how many bytes Write would produce for v, or -1.
func Size(v any) int {
	switch d := v.(type) {
	case bool, int8, uint8, *bool, *int8, *uint8:
		return 1
	case int16, uint16, *int16, *uint16:
		return 2
	case int32, uint32, float32, *int32, *uint32, *float32:
		return 4
	case int64, uint64, float64, *int64, *uint64, *float64:
		return 8
	case []bool:
		return len(d)
	case []int8:
		return len(d)
	case []uint8:
		return len(d)
	case []int16:
		return 2 * len(d)
	case []uint16:
		return 2 * len(d)
	case []int32:
		return 4 * len(d)
	case []uint32:
		return 4 * len(d)
	case []float32:
		return 4 * len(d)
	case []int64:
		return 8 * len(d)
	case []uint64:
		return 8 * len(d)
	case []float64:
		return 8 * len(d)
	case int, uint, uintptr, *int, *uint, []int, []uint, string:
		return -1
	}
	return reflectSize(v)
}

// errInvalid is Read's and Decode's error for a type they cannot fill.
func errInvalid(op string, v any) error {
	return errors.New("binary." + op + ": invalid type " + fmt.Sprintf("%T", v))
}

// errNotFixed is Write's, Encode's and Append's error for a type without a
// fixed size.
func errNotFixed(op string, v any) error {
	return errors.New("binary." + op + ": some values are not fixed-sized in type " + fmt.Sprintf("%T", v))
}

// Append appends the binary form of data in order to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	n := Size(data)
	if n < 0 {
		return nil, errNotFixed("Append", data)
	}
	start := len(buf)
	for i := 0; i < n; i++ {
		buf = append(buf, 0)
	}
	encodeFast(buf[start:], order, data)
	return buf, nil
}

// Encode writes the binary form of data into buf.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	n := Size(data)
	if n < 0 {
		return 0, errNotFixed("Encode", data)
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	encodeFast(buf, order, data)
	return n, nil
}

var errBufferTooSmall = errors.New("buffer too small")

// Decode fills data from the binary form in buf.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	n := Size(data)
	if n < 0 {
		return 0, errInvalid("Decode", data)
	}
	if _, ok := target(data); !ok && isAggregate(data) {
		return 0, errInvalid("Decode", data)
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	if !decodeFast(buf, order, data) {
		return 0, errInvalid("Decode", data)
	}
	return n, nil
}

// Write writes the binary form of data to w.
func Write(w io.Writer, order ByteOrder, data any) error {
	n := Size(data)
	if n < 0 {
		return errNotFixed("Write", data)
	}
	bs := make([]byte, n)
	encodeFast(bs, order, data)
	_, err := w.Write(bs)
	return err
}

// Read fills data (a pointer or a slice) from r.
func Read(r io.Reader, order ByteOrder, data any) error {
	n := Size(data)
	if n < 0 {
		return errInvalid("Read", data)
	}
	if _, ok := target(data); !ok && isAggregate(data) {
		return errInvalid("Read", data)
	}
	bs := make([]byte, n)
	if _, err := io.ReadFull(r, bs); err != nil {
		return err
	}
	if !decodeFast(bs, order, data) {
		return errInvalid("Read", data)
	}
	return nil
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func encodeFast(bs []byte, order ByteOrder, data any) {
	switch v := data.(type) {
	case bool:
		bs[0] = boolByte(v)
	case *bool:
		bs[0] = boolByte(*v)
	case []bool:
		for i, x := range v {
			bs[i] = boolByte(x)
		}
	case int8:
		bs[0] = byte(v)
	case *int8:
		bs[0] = byte(*v)
	case []int8:
		for i, x := range v {
			bs[i] = byte(x)
		}
	case uint8:
		bs[0] = v
	case *uint8:
		bs[0] = *v
	case []uint8:
		copy(bs, v)
	case int16:
		order.PutUint16(bs, uint16(v))
	case *int16:
		order.PutUint16(bs, uint16(*v))
	case []int16:
		for i, x := range v {
			order.PutUint16(bs[2*i:], uint16(x))
		}
	case uint16:
		order.PutUint16(bs, v)
	case *uint16:
		order.PutUint16(bs, *v)
	case []uint16:
		for i, x := range v {
			order.PutUint16(bs[2*i:], x)
		}
	case int32:
		order.PutUint32(bs, uint32(v))
	case *int32:
		order.PutUint32(bs, uint32(*v))
	case []int32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], uint32(x))
		}
	case uint32:
		order.PutUint32(bs, v)
	case *uint32:
		order.PutUint32(bs, *v)
	case []uint32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], x)
		}
	case float32:
		order.PutUint32(bs, f32bits(v))
	case *float32:
		order.PutUint32(bs, f32bits(*v))
	case []float32:
		for i, x := range v {
			order.PutUint32(bs[4*i:], f32bits(x))
		}
	case int64:
		order.PutUint64(bs, uint64(v))
	case *int64:
		order.PutUint64(bs, uint64(*v))
	case []int64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], uint64(x))
		}
	case uint64:
		order.PutUint64(bs, v)
	case *uint64:
		order.PutUint64(bs, *v)
	case []uint64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], x)
		}
	case float64:
		order.PutUint64(bs, f64bits(v))
	case *float64:
		order.PutUint64(bs, f64bits(*v))
	case []float64:
		for i, x := range v {
			order.PutUint64(bs[8*i:], f64bits(x))
		}
	default:
		encodeReflect(bs, order, data)
	}
}

// decodeFast stores bs into data; false when data is not a pointer or slice.
func decodeFast(bs []byte, order ByteOrder, data any) bool {
	switch v := data.(type) {
	case *bool:
		*v = bs[0] != 0
	case []bool:
		for i := range v {
			v[i] = bs[i] != 0
		}
	case *int8:
		*v = int8(bs[0])
	case []int8:
		for i := range v {
			v[i] = int8(bs[i])
		}
	case *uint8:
		*v = bs[0]
	case []uint8:
		copy(v, bs)
	case *int16:
		*v = int16(order.Uint16(bs))
	case []int16:
		for i := range v {
			v[i] = int16(order.Uint16(bs[2*i:]))
		}
	case *uint16:
		*v = order.Uint16(bs)
	case []uint16:
		for i := range v {
			v[i] = order.Uint16(bs[2*i:])
		}
	case *int32:
		*v = int32(order.Uint32(bs))
	case []int32:
		for i := range v {
			v[i] = int32(order.Uint32(bs[4*i:]))
		}
	case *uint32:
		*v = order.Uint32(bs)
	case []uint32:
		for i := range v {
			v[i] = order.Uint32(bs[4*i:])
		}
	case *float32:
		*v = f32from(order.Uint32(bs))
	case []float32:
		for i := range v {
			v[i] = f32from(order.Uint32(bs[4*i:]))
		}
	case *int64:
		*v = int64(order.Uint64(bs))
	case []int64:
		for i := range v {
			v[i] = int64(order.Uint64(bs[8*i:]))
		}
	case *uint64:
		*v = order.Uint64(bs)
	case []uint64:
		for i := range v {
			v[i] = order.Uint64(bs[8*i:])
		}
	case *float64:
		*v = f64from(order.Uint64(bs))
	case []float64:
		for i := range v {
			v[i] = f64from(order.Uint64(bs[8*i:]))
		}
	default:
		return decodeReflect(bs, order, data)
	}
	return true
}

// The float bit conversions of package math, here so that binary does not
// depend on it.
func f32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }
func f64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func f32from(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }
func f64from(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
