package sort

import "slices"

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { slices.Sort(x) }

// Float64sAreSorted reports whether x is in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return slices.IsSorted(x) }

// SearchFloat64s returns the first index of sorted x whose element is >= v
// (len(x) if there is none). As in gc, a NaN is never >= anything: NaNs at the front
// are passed over, and searching for NaN gives len(x).
func SearchFloat64s(x []float64, v float64) int {
	return Search(len(x), func(i int) bool { return x[i] >= v })
}

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before every other value.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x Float64Slice) Sort() { Sort(x) }

// Search returns SearchFloat64s(x, v).
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }
