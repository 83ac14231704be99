package reflect

import "unsafe"

// Channel operations on Values: they call the runtime's channel and select code
// (runtime/chan.go, select.go) with the element in a heap cell, the way compiled
// send, receive and select statements pass it by address. ChanOf (new channel
// types at run time) is not there yet.

//go:linkname makechan runtime.makechan
func makechan(t *rtype, size int) unsafe.Pointer

//go:linkname chansend runtime.chansend
func chansend(c, elem unsafe.Pointer, block bool) bool

//go:linkname chanrecv runtime.chanrecv
func chanrecv(c, elem unsafe.Pointer, block bool) (selected, received bool)

//go:linkname closechan runtime.closechan
func closechan(c unsafe.Pointer)

//go:linkname newselect runtime.newselect
func newselect(n int) unsafe.Pointer

//go:linkname selectsend runtime.selectsend
func selectsend(s, c, elem unsafe.Pointer)

//go:linkname selectrecv runtime.selectrecv
func selectrecv(s, c, elem unsafe.Pointer)

//go:linkname selectgo runtime.selectgo
func selectgo(s unsafe.Pointer, block bool) (int, bool)

//go:linkname block runtime.block
func block()

// MakeChan returns a new channel of type typ with a buffer of the given size.
func MakeChan(typ Type, buffer int) Value {
	t := typ.common()
	if t.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if t.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	p := unsafe_New(t)
	*(*unsafe.Pointer)(p) = makechan(t, buffer)
	return Value{t, p, 0}
}

// chanCheck panics unless v is a channel usable in direction dir, and returns it.
func (v Value) chanCheck(method string, dir ChanDir, msg string) unsafe.Pointer {
	v.mustBe(method, Chan)
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.typ.ChanDir()&dir == 0 {
		panic(msg)
	}
	return *(*unsafe.Pointer)(v.ptr)
}

// elemCell copies x, converted to the element type of channel type t, into a
// new heap cell.
func elemCell(method string, t *rtype, x Value) unsafe.Pointer {
	if x.typ == nil {
		panic("reflect: call of " + method + " on zero Value")
	}
	if x.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	p := unsafe_New(t.elem)
	x.storeTo(method, t.elem, p)
	return p
}

// Send sends x on channel v, waiting until it can.
func (v Value) Send(x Value) {
	c := v.chanCheck("Send", SendDir, "reflect: send on recv-only channel")
	chansend(c, elemCell("reflect.Value.Send", v.typ, x), true)
}

// TrySend sends x on channel v if that can be done without waiting.
func (v Value) TrySend(x Value) bool {
	c := v.chanCheck("TrySend", SendDir, "reflect: send on recv-only channel")
	return chansend(c, elemCell("reflect.Value.Send", v.typ, x), false)
}

// Recv receives a value from channel v, waiting until there is one; ok is false
// for the zero value a closed channel yields.
func (v Value) Recv() (x Value, ok bool) {
	c := v.chanCheck("Recv", RecvDir, "reflect: recv on send-only channel")
	p := unsafe_New(v.typ.elem)
	_, ok = chanrecv(c, p, true)
	return Value{v.typ.elem, p, 0}, ok
}

// TryRecv receives from channel v if that can be done without waiting; x is the
// zero Value when it cannot.
func (v Value) TryRecv() (x Value, ok bool) {
	c := v.chanCheck("TryRecv", RecvDir, "reflect: recv on send-only channel")
	p := unsafe_New(v.typ.elem)
	selected, ok := chanrecv(c, p, false)
	if !selected {
		return Value{}, false
	}
	return Value{v.typ.elem, p, 0}, ok
}

// Close closes channel v.
func (v Value) Close() {
	closechan(v.chanCheck("Close", SendDir, "reflect: close of receive-only channel"))
}

// A SelectDir is the direction of a select case.
type SelectDir int

const (
	_             SelectDir = iota
	SelectSend              // case Chan <- Send
	SelectRecv              // case <-Chan:
	SelectDefault           // default
)

// A SelectCase is one case of Select: a send of Send on Chan, a receive from
// Chan, or the default case. A zero Chan makes the case never ready.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select runs a select statement over cases and returns the chosen case's index
// and, for a receive, the value received and whether it came from a send.
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		panic("reflect.Select: too many cases (max 65536)")
	}
	if len(cases) == 0 {
		block() // like select {}
	}
	def := -1
	index := make([]int, 0, len(cases)) // runtime case -> cases index
	cells := make([]unsafe.Pointer, len(cases))
	chans := make([]unsafe.Pointer, len(cases))
	for i, c := range cases {
		switch c.Dir {
		case SelectDefault:
			if def >= 0 {
				panic("reflect.Select: multiple default cases")
			}
			if c.Chan.IsValid() {
				panic("reflect.Select: default case has Chan value")
			}
			if c.Send.IsValid() {
				panic("reflect.Select: default case has Send value")
			}
			def = i
		case SelectSend:
			if c.Chan.IsValid() {
				chans[i] = c.Chan.chanCheck("Select", SendDir, "reflect.Select: SendDir case using recv-only channel")
				if !c.Send.IsValid() {
					panic("reflect.Select: SendDir case missing Send value")
				}
				cells[i] = elemCell("reflect.Select", c.Chan.typ, c.Send)
			}
			index = append(index, i)
		case SelectRecv:
			if c.Send.IsValid() {
				panic("reflect.Select: RecvDir case has Send value")
			}
			if c.Chan.IsValid() {
				chans[i] = c.Chan.chanCheck("Select", RecvDir, "reflect.Select: RecvDir case using send-only channel")
				cells[i] = unsafe_New(c.Chan.typ.elem)
			}
			index = append(index, i)
		default:
			panic("reflect.Select: invalid Dir")
		}
	}
	// Operands are ready: from here on nothing may start another select on this
	// goroutine before selectgo (the runtime reuses one select state per goroutine).
	s := newselect(len(index))
	for _, i := range index {
		if cases[i].Dir == SelectSend {
			selectsend(s, chans[i], cells[i])
		} else {
			selectrecv(s, chans[i], cells[i])
		}
	}
	k, ok := selectgo(s, def < 0)
	if k < 0 {
		return def, Value{}, false
	}
	chosen = index[k]
	if cases[chosen].Dir == SelectRecv {
		return chosen, Value{cases[chosen].Chan.typ.elem, cells[chosen], 0}, ok
	}
	return chosen, Value{}, false
}
