package binary

import (
	"reflect"
	"unsafe"
)

// sizeOfType is the encoded size of a value of type t, or -1 when t (or
// something in it) has no fixed size.
func sizeOfType(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Array:
		if s := sizeOfType(t.Elem()); s >= 0 {
			return s * t.Len()
		}
	case reflect.Struct:
		sum := 0
		for i := 0; i < t.NumField(); i++ {
			s := sizeOfType(t.Field(i).Type)
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	case reflect.Bool, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return int(t.Size())
	}
	return -1
}

// valueSize is the encoded size of v (the elements of a slice count), or -1.
func valueSize(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		if s := sizeOfType(v.Type().Elem()); s >= 0 {
			return s * v.Len()
		}
		return -1
	case reflect.Invalid:
		return -1
	}
	return sizeOfType(v.Type())
}

// reflectSize is Size for the values the fast paths do not cover.
func reflectSize(data any) int {
	return valueSize(reflect.Indirect(reflect.ValueOf(data)))
}

// target is the value Read and Decode fill for data: what a pointer points
// to, or a slice itself; ok is false for anything else.
func target(data any) (v reflect.Value, ok bool) {
	v = reflect.ValueOf(data)
	switch v.Kind() {
	case reflect.Pointer:
		return v.Elem(), true
	case reflect.Slice:
		return v, true
	}
	return v, false
}

// coder walks a value field by field, element by element, over buf.
type coder struct {
	order ByteOrder
	buf   []byte
	off   int
}

func (c *coder) next(n int) []byte {
	b := c.buf[c.off : c.off+n]
	c.off += n
	return b
}

// skipped reports whether field i of struct v is a blank field, which
// is skipped on decoding and written as zeros.
func skipped(v reflect.Value, i int) bool {
	return v.Type().Field(i).Name == "_"
}

func (c *coder) decode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.decode(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if skipped(v, i) {
				c.off += sizeOfType(v.Type().Field(i).Type)
				continue
			}
			c.decode(v.Field(i))
		}
	case reflect.Bool:
		v.SetBool(c.next(1)[0] != 0)
	case reflect.Int8:
		v.SetInt(int64(int8(c.next(1)[0])))
	case reflect.Int16:
		v.SetInt(int64(int16(c.order.Uint16(c.next(2)))))
	case reflect.Int32:
		v.SetInt(int64(int32(c.order.Uint32(c.next(4)))))
	case reflect.Int64:
		v.SetInt(int64(c.order.Uint64(c.next(8))))
	case reflect.Uint8:
		v.SetUint(uint64(c.next(1)[0]))
	case reflect.Uint16:
		v.SetUint(uint64(c.order.Uint16(c.next(2))))
	case reflect.Uint32:
		v.SetUint(uint64(c.order.Uint32(c.next(4))))
	case reflect.Uint64:
		v.SetUint(c.order.Uint64(c.next(8)))
	case reflect.Float32:
		v.SetFloat(float64(f32from(c.order.Uint32(c.next(4)))))
	case reflect.Float64:
		v.SetFloat(f64from(c.order.Uint64(c.next(8))))
	case reflect.Complex64:
		re := f32from(c.order.Uint32(c.next(4)))
		im := f32from(c.order.Uint32(c.next(4)))
		*(*complex64)(complexAddr(v, true)) = complex(re, im)
	case reflect.Complex128:
		re := f64from(c.order.Uint64(c.next(8)))
		im := f64from(c.order.Uint64(c.next(8)))
		*(*complex128)(complexAddr(v, true)) = complex(re, im)
	}
}

func (c *coder) encode(v reflect.Value) {
	switch v.Kind() {
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			c.encode(v.Index(i))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if skipped(v, i) {
				n := sizeOfType(v.Type().Field(i).Type)
				clear(c.next(n))
				continue
			}
			c.encode(v.Field(i))
		}
	case reflect.Bool:
		c.next(1)[0] = boolByte(v.Bool())
	case reflect.Int8:
		c.next(1)[0] = byte(v.Int())
	case reflect.Int16:
		c.order.PutUint16(c.next(2), uint16(v.Int()))
	case reflect.Int32:
		c.order.PutUint32(c.next(4), uint32(v.Int()))
	case reflect.Int64:
		c.order.PutUint64(c.next(8), uint64(v.Int()))
	case reflect.Uint8:
		c.next(1)[0] = byte(v.Uint())
	case reflect.Uint16:
		c.order.PutUint16(c.next(2), uint16(v.Uint()))
	case reflect.Uint32:
		c.order.PutUint32(c.next(4), uint32(v.Uint()))
	case reflect.Uint64:
		c.order.PutUint64(c.next(8), v.Uint())
	case reflect.Float32:
		c.order.PutUint32(c.next(4), f32bits(float32(v.Float())))
	case reflect.Float64:
		c.order.PutUint64(c.next(8), f64bits(v.Float()))
	case reflect.Complex64:
		x := *(*complex64)(complexAddr(v, false))
		c.order.PutUint32(c.next(4), f32bits(real(x)))
		c.order.PutUint32(c.next(4), f32bits(imag(x)))
	case reflect.Complex128:
		x := *(*complex128)(complexAddr(v, false))
		c.order.PutUint64(c.next(8), f64bits(real(x)))
		c.order.PutUint64(c.next(8), f64bits(imag(x)))
	}
}

// complexAddr is where complex value v is stored. pogo's reflect has no
// Complex/SetComplex, so the value is reached through its address.
func complexAddr(v reflect.Value, set bool) unsafe.Pointer {
	if set && !v.CanSet() {
		panic("reflect: reflect.Value.SetComplex using unaddressable value")
	}
	if !v.CanAddr() {
		panic("pogo: encoding/binary of a complex number inside a value that is not addressable (pass a pointer) is not supported yet")
	}
	return v.Addr().UnsafePointer()
}

// encodeReflect writes data, which has size bytes, into bs.
func encodeReflect(bs []byte, order ByteOrder, data any) {
	c := &coder{order: order, buf: bs}
	c.encode(reflect.Indirect(reflect.ValueOf(data)))
}

// decodeReflect fills data from bs; false when data is neither a pointer
// nor a slice.
func decodeReflect(bs []byte, order ByteOrder, data any) bool {
	v, ok := target(data)
	if !ok {
		return false
	}
	c := &coder{order: order, buf: bs}
	c.decode(v)
	return true
}

// isAggregate reports whether data is a struct or array value, which Read
// and Decode reject before consuming any input.
func isAggregate(data any) bool {
	k := reflect.ValueOf(data).Kind()
	return k == reflect.Struct || k == reflect.Array
}
