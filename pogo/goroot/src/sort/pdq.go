package sort

import (
	"math/bits"
	"unsafe"
)

// Interface is what Sort, Stable and IsSorted need of a collection: its
// length, an ordering of its elements by index, and swapping.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// lessSwap is the part of Interface the algorithms use.
type lessSwap interface {
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order of Less. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bits.Len(uint(n)))
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data in increasing order of Less, keeping equal elements in
// their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// reverse is an Interface with the order of another one turned around.
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// funcs adapts a less function and a swapper to lessSwap.
type funcs struct {
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *funcs) Less(i, j int) bool { return f.less(i, j) }
func (f *funcs) Swap(i, j int)      { f.swap(i, j) }

// Slice sorts the slice x (of any element type) by less. It is not stable.
// It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	if n <= 1 {
		return
	}
	pdqsort(&funcs{less, swapper(x)}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x by less, keeping equal elements in their
// original order.
func SliceStable(x any, less func(i, j int) bool) {
	stable(&funcs{less, swapper(x)}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceParts returns the element type, data pointer and length of the slice
// held by x, panicking as gc's reflect does when x is not a slice.
func sliceParts(x any) (elem unsafe.Pointer, data unsafe.Pointer, n int) {
	words := unsafe.Pointer(&x)
	t := *(*unsafe.Pointer)(words)
	if t == nil {
		panic("reflect: call of Swapper on zero Value")
	}
	if *(*uint8)(unsafe.Add(t, 23)) != 23 {
		panic("reflect: call of Swapper on " + kindName(*(*uint8)(unsafe.Add(t, 23))) + " Value")
	}
	hdr := *(*unsafe.Pointer)(unsafe.Add(words, 8))
	return *(*unsafe.Pointer)(unsafe.Add(t, 56)), *(*unsafe.Pointer)(hdr), *(*int)(unsafe.Add(hdr, 8))
}

func kindName(k uint8) string {
	const names = "invalid bool int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64 complex64 complex128 array chan func interface map ptr slice string struct unsafe.Pointer"
	i := 0
	for start := 0; start <= len(names); i++ {
		end := start
		for end < len(names) && names[end] != ' ' {
			end++
		}
		if i == int(k) {
			return names[start:end]
		}
		start = end + 1
	}
	return "invalid"
}

func sliceLen(x any) int {
	_, _, n := sliceParts(x)
	return n
}

// swapper returns a function that swaps elements i and j of the slice x.
func swapper(x any) func(i, j int) {
	elem, data, n := sliceParts(x)
	size := int(*(*uintptr)(elem))
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		a := unsafe.Add(data, i*size)
		b := unsafe.Add(data, j*size)
		k := 0
		for ; k+8 <= size; k += 8 {
			pa, pb := (*uint64)(unsafe.Add(a, k)), (*uint64)(unsafe.Add(b, k))
			*pa, *pb = *pb, *pa
		}
		for ; k < size; k++ {
			pa, pb := (*byte)(unsafe.Add(a, k)), (*byte)(unsafe.Add(b, k))
			*pa, *pb = *pb, *pa
		}
	}
}

// Search returns the smallest index i in [0, n) for which f(i) is true,
// assuming f is false then true over the range; n if f is never true.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(m) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Find returns the smallest index i in [0, n) at which cmp(i) <= 0, and
// whether cmp(i) == 0 there; cmp must be positive, then zero or negative.
func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cmp(m) > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

// IntSlice attaches Interface's methods to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x IntSlice) Sort() { Ints(x) }

// Search returns SearchInts(x, v).
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// StringSlice attaches Interface's methods to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x StringSlice) Sort() { Strings(x) }

// Search returns SearchStrings(x, v).
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// The pattern-defeating quicksort (Orson Peters' pdqsort) on data[a:b], as
// gc implements it: insertion sort for short ranges, heapsort when the
// recursion budget (limit) runs out, shuffling a few elements after an
// unbalanced partition, and detection of sorted and reversed inputs.

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func pdqsort(data lessSwap, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			// The pivot moved with the reversal.
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		// An input that looks sorted may need only a few shifts.
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b) {
			return
		}
		// When the element before the range is not less than the pivot, the
		// range holds many copies of it: put them aside.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func heapSort(data lessSwap, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// siftDown restores the heap property of data[first+lo : first+hi] below lo.
func siftDown(data lessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// partition moves the pivot to a, splits the rest into elements less than
// it and the others, and puts it between them at newPivot. It also reports
// whether no element had to move.
func partition(data lessSwap, a, b, pivot int) (newPivot int, already bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual gathers the elements not greater than the pivot (moved to
// a) at the front and returns where the rest begins.
func partitionEqual(data lessSwap, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to five out-of-order neighbours of a nearly
// sorted range and reports whether the range ended up sorted.
func partialInsertionSort(data lessSwap, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		// Move the smaller element left and the larger one right.
		if i-a >= 2 {
			for j := i - 1; j >= 1 && data.Less(j, j-1); j-- {
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b && data.Less(j, j-1); j++ {
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random
// ones (an xorshift generator seeded with the length).
func breakPatterns(data lessSwap, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bits.Len(uint(n))) - 1
	mid := a + (n/4)*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		r ^= r << 13
		r ^= r >> 7
		r ^= r << 17
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the median of three (or, for long ranges, of three
// medians of three) and tells from the number of swaps that took whether the
// range looks increasing or decreasing.
func choosePivot(data lessSwap, a, b int) (pivot int, hint int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

// median returns the index of the median of the elements at a, b and c,
// counting the exchanges its comparisons imply.
func median(data lessSwap, a, b, c int, swaps *int) int {
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	if data.Less(c, b) {
		*swaps++
		b, c = c, b
	}
	if data.Less(b, a) {
		*swaps++
		a, b = b, a
	}
	return b
}

func reverseRange(data lessSwap, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// stable sorts data[0:n] stably: insertion sort on blocks of 20, then
// merging blocks of doubling size with SymMerge (Kim and Kutzner), which
// needs no extra memory.
func stable(data lessSwap, n int) {
	block := 20
	for a := 0; a < n; a += block {
		b := a + block
		if b > n {
			b = n
		}
		insertionSort(data, a, b)
	}
	for ; block < n; block *= 2 {
		for a := 0; a+block < n; a += 2 * block {
			b := a + 2*block
			if b > n {
				b = n
			}
			symMerge(data, a, a+block, b)
		}
	}
}

// symMerge merges the sorted ranges data[a:m] and data[m:b].
func symMerge(data lessSwap, a, m, b int) {
	if m-a == 1 {
		// Insert data[a] into data[m:b] by binary search and rotation.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// Insert data[m] into data[a:m].
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate turns data[a:m] data[m:b] into data[m:b] data[a:m].
func rotate(data lessSwap, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
