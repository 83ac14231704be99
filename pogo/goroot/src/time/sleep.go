package time

import "unsafe"

// Timers and tickers are entries of the runtime's timer heap (runtime/time.go).
// The runtime runs a timer's callback when it is due: channel timers make a
// non-blocking send of the current time on a one-element channel, AfterFunc
// starts a goroutine. Stop and Reset also empty the channel, which gives Go
// 1.23's guarantee: after they return, no value from before is received.

// runtimeTimer mirrors the runtime's timer; the runtime owns every field once
// the timer is started.
type runtimeTimer struct {
	when   int64
	period int64
	f      func()
	gp     unsafe.Pointer
	c      unsafe.Pointer
	idx    int
}

// These are implemented in the runtime.
func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when, period int64) bool

// when is the runtime's clock d from now (now when d <= 0).
func when(d Duration) int64

// The Timer type represents a single event. When the Timer expires, the
// current time is sent on C, unless it was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// chanTrySend is a non-blocking send of the value at elem on c (runtime). The
// callbacks run inside the scheduler, where a select statement must not be used:
// it would reuse the select state of whichever goroutine gave up the CPU.
func chanTrySend(c unsafe.Pointer, elem unsafe.Pointer) bool

// sendTime delivers the current time on c unless a value is already waiting.
func sendTime(c chan Time) {
	v := Now()
	chanTrySend(chanPointer(c), unsafe.Pointer(&v))
}

// drain empties c; it reports whether a value was waiting.
func drain(c <-chan Time) bool {
	if c == nil {
		return false
	}
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// markTimerChan tells the runtime that c belongs to a timer: receives poll
// the due timers, and len and cap report 0 (the channel behaves unbuffered).
func markTimerChan(c unsafe.Pointer)

// timerChan makes the channel of a Timer or Ticker.
func timerChan() chan Time {
	c := make(chan Time, 1)
	markTimerChan(chanPointer(c))
	return c
}

func chanPointer(c chan Time) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&c))
}

// NewTimer creates a Timer that sends the current time on its channel after
// at least d.
func NewTimer(d Duration) *Timer {
	c := timerChan()
	t := &Timer{C: c}
	t.r.f = func() { sendTime(c) }
	t.r.c = chanPointer(c)
	t.r.when = when(d)
	startTimer(&t.r)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the
// timer, false if the timer has already expired (and its value was received)
// or been stopped.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	pending := stopTimer(&t.r)
	if drain(t.C) {
		pending = true
	}
	return pending
}

// Reset changes the timer to expire after d. It returns true if the timer
// had been active, false if it had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	pending := stopTimer(&t.r)
	if drain(t.C) {
		pending = true
	}
	resetTimer(&t.r, when(d), 0)
	return pending
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. The Timer can cancel the call with Stop.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.f = func() { go f() }
	t.r.when = when(d)
	startTimer(&t.r)
	return t
}

// A Ticker holds a channel that delivers ticks of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker whose channel receives the time every d; ticks
// that a slow receiver misses are dropped. d must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := timerChan()
	t := &Ticker{C: c}
	t.r.f = func() { sendTime(c) }
	t.r.c = chanPointer(c)
	t.r.when = when(d)
	t.r.period = int64(d)
	startTimer(&t.r)
	return t
}

// Stop turns off the ticker; no tick from before the call is received after it.
func (t *Ticker) Stop() {
	if t.r.f == nil {
		return
	}
	stopTimer(&t.r)
	drain(t.C)
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	stopTimer(&t.r)
	drain(t.C)
	resetTimer(&t.r, when(d), int64(d))
}

// Tick is NewTicker(d).C, or nil when d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
