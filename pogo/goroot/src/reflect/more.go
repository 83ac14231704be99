package reflect

import "unsafe"

// TypeFor returns the Type that represents the type argument T.
func TypeFor[T any]() Type {
	var v T
	if t := TypeOf(v); t != nil {
		return t
	}
	return TypeOf((*T)(nil)).Elem()
}

// Clear clears the contents of a map or zeros the contents of a slice.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		n := v.Len()
		if n > 0 {
			p := v.Index(0).ptr
			for i := uintptr(0); i < uintptr(n)*v.typ.elem.size; i++ {
				*(*byte)(unsafe.Add(p, i)) = 0
			}
		}
	case Map:
		for _, k := range v.MapKeys() {
			mapdelete(v.typ, *(*unsafe.Pointer)(v.ptr), k.ptr)
		}
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}

// Grow increases the slice's capacity, if necessary, to guarantee space for
// another n elements.
func (v Value) Grow(n int) {
	v.mustBeAssignable("Grow")
	v.mustBe("Grow", Slice)
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	l, c := v.Len(), v.Cap()
	if l+n > c {
		data, nc := growslice(*(*unsafe.Pointer)(v.ptr), l, c, l+n, v.typ.elem)
		*(*unsafe.Pointer)(v.ptr) = data
		*(*int)(unsafe.Add(v.ptr, 16)) = nc
	}
}

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("SetCap")
	v.mustBe("SetCap", Slice)
	if n < v.Len() || n > v.Cap() {
		panic("reflect: slice capacity out of range in SetCap")
	}
	*(*int)(unsafe.Add(v.ptr, 16)) = n
}

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter) { v.Set(iter.Key()) }

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter) { v.Set(iter.Value()) }

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	return v.typ.ConvertibleTo(t)
}

// VisibleFields returns all the visible fields in t, which must be a struct
// type: its own fields and, after each embedded struct field, the fields
// promoted from it that are not hidden by shallower ones.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	type entry struct {
		f     StructField
		depth int
	}
	var all []entry
	var walk func(t Type, index []int, depth int, seen map[Type]bool)
	walk = func(t Type, index []int, depth int, seen map[Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			idx := make([]int, len(index)+1)
			copy(idx, index)
			idx[len(index)] = i
			f.Index = idx
			all = append(all, entry{f, depth})
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == Struct {
					walk(ft, idx, depth+1, seen)
				}
			}
		}
		delete(seen, t)
	}
	walk(t, nil, 0, map[Type]bool{})
	// a field is hidden by a shallower one of the same name, or by another at
	// the same depth
	best := map[string]int{}
	count := map[string]int{}
	for _, e := range all {
		d, ok := best[e.f.Name]
		if !ok || e.depth < d {
			best[e.f.Name] = e.depth
			count[e.f.Name] = 1
		} else if e.depth == d {
			count[e.f.Name]++
		}
	}
	var out []StructField
	for _, e := range all {
		if best[e.f.Name] == e.depth && count[e.f.Name] == 1 {
			out = append(out, e.f)
		}
	}
	return out
}
