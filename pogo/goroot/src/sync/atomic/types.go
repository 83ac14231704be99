package atomic

import "unsafe"

// noCopy marks types that must not be copied after first use (for vet).
type noCopy struct{}

// Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)            { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }
func (x *Int32) And(mask int32) (old int32)  { return AndInt32(&x.v, mask) }
func (x *Int32) Or(mask int32) (old int32)   { return OrInt32(&x.v, mask) }

// Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	_ noCopy
	v int64
}

func (x *Int64) Load() int64                { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)            { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }
func (x *Int64) And(mask int64) (old int64)  { return AndInt64(&x.v, mask) }
func (x *Int64) Or(mask int64) (old int64)   { return OrInt64(&x.v, mask) }

// Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                 { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)             { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }
func (x *Uint32) And(mask uint32) (old uint32)  { return AndUint32(&x.v, mask) }
func (x *Uint32) Or(mask uint32) (old uint32)   { return OrUint32(&x.v, mask) }

// Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	_ noCopy
	v uint64
}

func (x *Uint64) Load() uint64                 { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)             { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }
func (x *Uint64) And(mask uint64) (old uint64)  { return AndUint64(&x.v, mask) }
func (x *Uint64) Or(mask uint64) (old uint64)   { return OrUint64(&x.v, mask) }

// Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                  { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)              { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }
func (x *Uintptr) And(mask uintptr) (old uintptr)   { return AndUintptr(&x.v, mask) }
func (x *Uintptr) Or(mask uintptr) (old uintptr)    { return OrUintptr(&x.v, mask) }

// Bool is an atomic boolean. The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)           { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// Value holds a value of one consistent dynamic type, stored and loaded
// atomically. Its state is a pointer to an immutable box, swapped as a whole.
type Value struct {
	p unsafe.Pointer // *valueBox, nil before the first Store
}

type valueBox struct {
	v any
}

func typeOf(v any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&v))
}

func (x *Value) Load() (val any) {
	b := (*valueBox)(LoadPointer(&x.p))
	if b == nil {
		return nil
	}
	return b.v
}

func (x *Value) check(v any, op string) *valueBox {
	if v == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	old := (*valueBox)(LoadPointer(&x.p))
	if old != nil && typeOf(old.v) != typeOf(v) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
	return old
}

func (x *Value) Store(val any) {
	x.check(val, "store")
	b := new(valueBox)
	b.v = val
	StorePointer(&x.p, unsafe.Pointer(b))
}

func (x *Value) Swap(new any) (old any) {
	x.check(new, "swap")
	b := new_(new)
	o := (*valueBox)(SwapPointer(&x.p, unsafe.Pointer(b)))
	if o == nil {
		return nil
	}
	return o.v
}

func new_(v any) *valueBox {
	b := new(valueBox)
	b.v = v
	return b
}

func (x *Value) CompareAndSwap(old, new any) (swapped bool) {
	// gc checks the arguments against each other before the stored value.
	if new != nil && old != nil && typeOf(old) != typeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	cur := x.check(new, "compare and swap")
	if cur == nil {
		if old != nil {
			return false
		}
		return CompareAndSwapPointer(&x.p, nil, unsafe.Pointer(new_(new)))
	}
	if cur.v != old {
		return false
	}
	return CompareAndSwapPointer(&x.p, unsafe.Pointer(cur), unsafe.Pointer(new_(new)))
}

// Pointer is an atomic pointer of type *T.
type Pointer[T any] struct {
	_ [0]*T // Pointer[A] and Pointer[B] must not convert into each other
	v unsafe.Pointer
}

func (x *Pointer[T]) Load() *T { return (*T)(LoadPointer(&x.v)) }

func (x *Pointer[T]) Store(val *T) { StorePointer(&x.v, unsafe.Pointer(val)) }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	return (*T)(SwapPointer(&x.v, unsafe.Pointer(new)))
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return CompareAndSwapPointer(&x.v, unsafe.Pointer(old), unsafe.Pointer(new))
}
