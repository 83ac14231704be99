package slices

import (
	"cmp"
	"math/bits"
)

// sorter is a slice with its comparison; Less and Swap work on indexes.
type sorter[E any] struct {
	s   []E
	cmp func(a, b E) int
}

func (d *sorter[E]) Less(i, j int) bool { return d.cmp(d.s[i], d.s[j]) < 0 }

func (d *sorter[E]) Swap(i, j int) { d.s[i], d.s[j] = d.s[j], d.s[i] }

// Sort sorts x in increasing order (NaNs first). It is not stable.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	SortFunc(x, cmp.Compare[E])
}

// SortFunc sorts x in increasing order of cmp. It is not stable: elements that
// compare equal end up in the order gc's pdqsort leaves them in.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n <= 1 {
		return
	}
	pdqsort(&sorter[E]{x, cmp}, 0, n, bits.Len(uint(n)))
}

// SortStableFunc sorts x in increasing order of cmp, keeping equal elements
// in their original order.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stable(&sorter[E]{x, cmp}, len(x))
}

// IsSorted reports whether x is in increasing order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is in increasing order of cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in the sorted x: the position where it is or
// would be inserted, and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

// BinarySearchFunc is BinarySearch in the order of cmp.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

// The pattern-defeating quicksort (Orson Peters' pdqsort) on data[a:b], as
// gc implements it: insertion sort for short ranges, heapsort when the
// recursion budget (limit) runs out, shuffling a few elements after an
// unbalanced partition, and detection of sorted and reversed inputs.

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func pdqsort[E any](data *sorter[E], a, b, limit int) {
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

func insertionSort[E any](data *sorter[E], a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func heapSort[E any](data *sorter[E], a, b int) {
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
func siftDown[E any](data *sorter[E], lo, hi, first int) {
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
func partition[E any](data *sorter[E], a, b, pivot int) (newPivot int, already bool) {
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
func partitionEqual[E any](data *sorter[E], a, b, pivot int) int {
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
func partialInsertionSort[E any](data *sorter[E], a, b int) bool {
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
func breakPatterns[E any](data *sorter[E], a, b int) {
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
func choosePivot[E any](data *sorter[E], a, b int) (pivot int, hint int) {
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
func median[E any](data *sorter[E], a, b, c int, swaps *int) int {
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

func reverseRange[E any](data *sorter[E], a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// stable sorts data[0:n] stably: insertion sort on blocks of 20, then
// merging blocks of doubling size with SymMerge (Kim and Kutzner), which
// needs no extra memory.
func stable[E any](data *sorter[E], n int) {
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
func symMerge[E any](data *sorter[E], a, m, b int) {
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
func rotate[E any](data *sorter[E], a, m, b int) {
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

func swapRange[E any](data *sorter[E], a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
