package errors

import "unsafe"

// Unwrap returns the error that err wraps (the result of its Unwrap method
// returning an error), or nil. Errors that wrap several errors (Unwrap
// returning []error) are not unwrapped by it.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether some error in err's tree equals target or has an Is
// method reporting that it matches target. The tree is err and what it
// wraps, depth first.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(dynType(target)))
}

func is(err, target error, canCompare bool) bool {
	for {
		if canCompare && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && is(e, target, canCompare) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that can be assigned to the
// variable target points to, or that has an As method accepting target,
// and reports whether there was one. It panics when target is not a
// non-nil pointer to an error type or an interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	pt := dynType(target)
	ptr := *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&target), 8))
	if descKind(pt) != kindPtr || ptr == nil {
		panic("errors: target must be a non-nil pointer")
	}
	want := descElem(pt)
	if descKind(want) != kindInterface && !hasErrorMethod(want) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target, ptr, want)
}

func as(err error, target any, ptr, want unsafe.Pointer) bool {
	for {
		if descKind(want) == kindInterface {
			if descName(want) == "error" {
				*(*error)(ptr) = err
				return true
			}
			// any other interface: err's dynamic type must implement it
			if tab := itabFor(want, dynType(err)); tab != nil {
				words := (*[2]unsafe.Pointer)(ptr)
				words[0] = tab
				if descNumMethod(want) == 0 {
					words[0] = dynType(err)
				}
				words[1] = *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(&err), 8))
				return true
			}
		}
		if dynType(err) == want {
			// Copy the dynamic value of err into *target.
			words := unsafe.Add(unsafe.Pointer(&err), 8)
			src := *(*unsafe.Pointer)(words)
			if descDirect(want) {
				src = words
			}
			n := descSize(want)
			for i := uintptr(0); i < n; i++ {
				*(*byte)(unsafe.Add(ptr, i)) = *(*byte)(unsafe.Add(src, i))
			}
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && as(e, target, ptr, want) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error wrapping the non-nil errors of errs, or nil if
// there are none. Its message is theirs, one per line.
func Join(errs ...error) error {
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	j := &joinError{errs: make([]error, 0, n)}
	for _, e := range errs {
		if e != nil {
			j.errs = append(j.errs, e)
		}
	}
	return j
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// Type descriptors (layout in pogo/compile/typedesc.py).

const (
	kindArray     = 17
	kindFunc      = 19
	kindInterface = 20
	kindMap       = 21
	kindPtr       = 22
	kindSlice     = 23
	kindStruct    = 25
)

// itabFor is the runtime's itab of dynamic type typ for interface inter, or nil when
// typ does not implement it.
func itabFor(inter, typ unsafe.Pointer) unsafe.Pointer

func descNumMethod(t unsafe.Pointer) int {
	return *(*int)(unsafe.Add(t, 96))
}

func descSize(t unsafe.Pointer) uintptr { return *(*uintptr)(t) }
func descKind(t unsafe.Pointer) uint8   { return *(*uint8)(unsafe.Add(t, 23)) }
func descDirect(t unsafe.Pointer) bool  { return *(*uint8)(unsafe.Add(t, 20))&1 != 0 }
func descName(t unsafe.Pointer) string  { return *(*string)(unsafe.Add(t, 40)) }
func descElem(t unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Add(t, 56))
}

// dynType returns the type descriptor of the dynamic type of an error or
// any value (interfaces with methods hold an itab whose second word is it).
func dynType(x any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&x))
}

// comparable reports whether values of type t can be compared with ==.
func comparable(t unsafe.Pointer) bool {
	switch descKind(t) {
	case kindSlice, kindMap, kindFunc:
		return false
	case kindArray:
		return comparable(descElem(t))
	case kindStruct:
		n := *(*int)(unsafe.Add(t, 80))
		fields := *(*unsafe.Pointer)(unsafe.Add(t, 72))
		for i := 0; i < n; i++ {
			if !comparable(*(*unsafe.Pointer)(unsafe.Add(fields, i*32+16))) {
				return false
			}
		}
	}
	return true
}

// hasErrorMethod reports whether type t has the method Error() string: it
// asks a zero value of t (an interface holding type t) for it.
func hasErrorMethod(t unsafe.Pointer) bool {
	zero := make([]byte, descSize(t)+8)
	var x any
	words := unsafe.Pointer(&x)
	*(*unsafe.Pointer)(words) = t
	if descDirect(t) {
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = nil
	} else {
		*(*unsafe.Pointer)(unsafe.Add(words, 8)) = unsafe.Pointer(&zero[0])
	}
	_, ok := x.(error)
	return ok
}

// AsType looks for the first error in err's tree whose dynamic type is E,
// or whose As method accepts a *E, and returns it as an E. The second
// result reports whether one was found.
func AsType[E error](err error) (E, bool) {
	var target *E
	return asTypeWalk[E](err, &target)
}

// asTypeWalk is AsType's depth-first walk; *slot is the *E handed to As
// methods, allocated the first time one is called.
func asTypeWalk[E error](err error, slot **E) (E, bool) {
	var zero E
	for err != nil {
		if e, ok := err.(E); ok {
			return e, true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			if *slot == nil {
				*slot = new(E)
			}
			if x.As(*slot) {
				return **slot, true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				if e, ok := asTypeWalk[E](inner, slot); ok {
					return e, true
				}
			}
			return zero, false
		default:
			return zero, false
		}
	}
	return zero, false
}
