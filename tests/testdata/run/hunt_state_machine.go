package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
	numStates
)

var stateNames = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string {
	if n, ok := stateNames[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transition]State
	history []State
	hooks   map[State][]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		hooks: map[State][]func(State){},
	}
	return m
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, m.state)
	}
	prev := m.state
	m.history = append(m.history, prev)
	m.state = next
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	var log []string
	for s := Idle; s < numStates; s++ {
		m.On(s, func(from State) {
			log = append(log, fmt.Sprintf("%v->%v", from, s))
		})
	}
	count := 0
	m.On(Running, func(State) { count++ })
	for _, ev := range strings.Split("start,pause,pause,resume,jump,stop,start", ",") {
		if err := m.Fire(Event(ev)); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(strings.Join(log, " | "))
	fmt.Println("running entered", count, "times; final", m.state, "history", m.history)
	fmt.Printf("%v %d %s %q\n", State(7), Paused, Stopped, Running)
	var st fmt.Stringer = m.state
	fmt.Println(st.String() == "Stopped")
}
