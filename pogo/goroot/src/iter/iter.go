// Package iter defines the iterator function types that range-over-func and
// the iterator helpers of slices and maps use.
//
// pogo's version: gc runs Pull's iterator as a coroutine; here it is a goroutine
// that hands control back and forth over two unbuffered channels, so exactly
// one of the caller and the iterator runs at a time, with gc's semantics for
// next, stop, panics and Goexit.
package iter

import "runtime"

// Seq yields a sequence of values to yield until it returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs to yield until it returns false.
type Seq2[K, V any] func(yield func(K, V) bool)

// goexitValue marks an iterator goroutine that ended by runtime.Goexit.
type goexitValue struct{}

// Pull turns the push iterator seq into a pull iterator: each call of next
// runs seq until it yields the next value; stop ends seq (its yield returns
// false). After the end or stop, next returns the zero V and false. A panic
// (or Goexit) in seq is passed on to the caller of next or stop.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v          V
		ok         bool
		done       bool // no more values: seq returned, panicked or was stopped
		yieldNext  bool // next is waiting for a value
		seqDone    bool
		panicValue any
	)
	// The caller hands control to seq over resume, and seq hands it back over
	// back, whose one-element buffer lets seq's goroutine end without waiting
	// for the caller: once next or stop returns, that goroutine is gone, as
	// gc's coroutine is.
	resume := make(chan struct{})
	back := make(chan struct{}, 1)
	go func() {
		<-resume
		if done {
			back <- struct{}{}
			return
		}
		yield := func(x V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v, ok = x, true
			back <- struct{}{}
			<-resume
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitValue{}
			}
			done = true
			back <- struct{}{}
		}()
		seq(yield)
		var zero V
		v, ok = zero, false
		seqDone = true
	}()
	// transfer runs seq until it hands control back, then passes on its panic.
	transfer := func() {
		resume <- struct{}{}
		<-back
		if panicValue != nil {
			if _, ok := panicValue.(goexitValue); ok {
				runtime.Goexit()
			}
			panic(panicValue)
		}
	}
	next = func() (V, bool) {
		if done {
			var zero V
			return zero, false
		}
		if yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		yieldNext = true
		transfer()
		return v, ok
	}
	stop = func() {
		if !done {
			done = true
			transfer()
		}
	}
	return next, stop
}

// Pull2 is Pull for sequences of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	resume := make(chan struct{})
	back := make(chan struct{}, 1)
	go func() {
		<-resume
		if done {
			back <- struct{}{}
			return
		}
		yield := func(k1 K, v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k, v, ok = k1, v1, true
			back <- struct{}{}
			<-resume
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexitValue{}
			}
			done = true
			back <- struct{}{}
		}()
		seq(yield)
		var k0 K
		var v0 V
		k, v, ok = k0, v0, false
		seqDone = true
	}()
	transfer := func() {
		resume <- struct{}{}
		<-back
		if panicValue != nil {
			if _, ok := panicValue.(goexitValue); ok {
				runtime.Goexit()
			}
			panic(panicValue)
		}
	}
	next = func() (K, V, bool) {
		if done {
			var k0 K
			var v0 V
			return k0, v0, false
		}
		if yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		yieldNext = true
		transfer()
		return k, v, ok
	}
	stop = func() {
		if !done {
			done = true
			transfer()
		}
	}
	return next, stop
}
