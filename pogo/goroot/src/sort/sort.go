// Package sort sorts slices and searches sorted slices.
//
// pogo's version: everything but the float64 functions (pogo has no floats
// yet). Sort and Slice use the same pattern-defeating quicksort as gc, step
// for step, so that elements that compare equal end up in the same order.
package sort

// Ints sorts x in increasing order.
func Ints(x []int) { sortInts(x, 0, len(x), maxDepth(len(x))) }

// Strings sorts x in increasing order.
func Strings(x []string) { sortStrings(x, 0, len(x), maxDepth(len(x))) }

// IntsAreSorted reports whether x is in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether x is in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// SearchInts returns the first index of sorted x whose element is >= v
// (len(x) if there is none): where v is, or would be inserted.
func SearchInts(x []int, v int) int {
	lo, hi := 0, len(x)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x[m] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// SearchStrings returns the first index of sorted x whose element is >= v
// (len(x) if there is none).
func SearchStrings(x []string, v string) int {
	lo, hi := 0, len(x)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if x[m] < v {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// maxDepth bounds quicksort's recursion before heapsort takes over.
func maxDepth(n int) int {
	d := 0
	for i := n; i > 0; i >>= 1 {
		d++
	}
	return 2 * d
}

// The sorting functions below exist once per element type: introsort
// (quicksort with a median-of-three pivot, insertion sort for short runs,
// heapsort when the recursion gets too deep) on x[lo:hi].

func sortInts(x []int, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapInts(x, lo, hi)
			return
		}
		depth--
		p := partitionInts(x, lo, hi)
		// Recurse into the smaller side, loop on the larger one.
		if p-lo < hi-p {
			sortInts(x, lo, p, depth)
			lo = p + 1
		} else {
			sortInts(x, p+1, hi, depth)
			hi = p
		}
	}
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// partitionInts puts a pivot at its final place p with no greater element
// before it and no smaller one after it.
func partitionInts(x []int, lo, hi int) int {
	m := int(uint(lo+hi) >> 1)
	last := hi - 1
	// Order x[lo], x[m], x[last]; the median goes to lo as the pivot.
	if x[m] < x[lo] {
		x[m], x[lo] = x[lo], x[m]
	}
	if x[last] < x[m] {
		x[last], x[m] = x[m], x[last]
		if x[m] < x[lo] {
			x[m], x[lo] = x[lo], x[m]
		}
	}
	x[lo], x[m] = x[m], x[lo]
	pivot := x[lo]
	i, j := lo+1, last
	for {
		for i <= j && x[i] < pivot {
			i++
		}
		for i <= j && pivot < x[j] {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

func heapInts(x []int, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftInts(x, lo, i, n)
	}
	for end := n - 1; end > 0; end-- {
		x[lo], x[lo+end] = x[lo+end], x[lo]
		siftInts(x, lo, 0, end)
	}
}

func siftInts(x []int, base, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x[base+child] < x[base+child+1] {
			child++
		}
		if !(x[base+root] < x[base+child]) {
			return
		}
		x[base+root], x[base+child] = x[base+child], x[base+root]
		root = child
	}
}

func sortStrings(x []string, lo, hi, depth int) {
	for hi-lo > 12 {
		if depth == 0 {
			heapStrings(x, lo, hi)
			return
		}
		depth--
		p := partitionStrings(x, lo, hi)
		if p-lo < hi-p {
			sortStrings(x, lo, p, depth)
			lo = p + 1
		} else {
			sortStrings(x, p+1, hi, depth)
			hi = p
		}
	}
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func partitionStrings(x []string, lo, hi int) int {
	m := int(uint(lo+hi) >> 1)
	last := hi - 1
	if x[m] < x[lo] {
		x[m], x[lo] = x[lo], x[m]
	}
	if x[last] < x[m] {
		x[last], x[m] = x[m], x[last]
		if x[m] < x[lo] {
			x[m], x[lo] = x[lo], x[m]
		}
	}
	x[lo], x[m] = x[m], x[lo]
	pivot := x[lo]
	i, j := lo+1, last
	for {
		for i <= j && x[i] < pivot {
			i++
		}
		for i <= j && pivot < x[j] {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

func heapStrings(x []string, lo, hi int) {
	n := hi - lo
	for i := (n - 1) / 2; i >= 0; i-- {
		siftStrings(x, lo, i, n)
	}
	for end := n - 1; end > 0; end-- {
		x[lo], x[lo+end] = x[lo+end], x[lo]
		siftStrings(x, lo, 0, end)
	}
}

func siftStrings(x []string, base, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x[base+child] < x[base+child+1] {
			child++
		}
		if !(x[base+root] < x[base+child]) {
			return
		}
		x[base+root], x[base+child] = x[base+child], x[base+root]
		root = child
	}
}
