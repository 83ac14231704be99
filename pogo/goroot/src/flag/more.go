package flag

import (
	"encoding"
	"fmt"
	"reflect"
	"time"
)

type durationValue time.Duration

func newDurationValue(val time.Duration, p *time.Duration) *durationValue {
	*p = val
	return (*durationValue)(p)
}

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		err = errParse
	}
	*d = durationValue(v)
	return err
}

func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return (*time.Duration)(d).String() }

// DurationVar defines a time.Duration flag stored in *p; its values are
// parsed with time.ParseDuration.
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	f.Var(newDurationValue(value, p), name, usage)
}

// DurationVar defines a time.Duration command-line flag stored in *p.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}

// Duration defines a time.Duration flag and returns where its value is kept.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}

// Duration defines a time.Duration command-line flag.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return CommandLine.Duration(name, value, usage)
}

// textValue is a flag whose variable decodes itself with UnmarshalText.
type textValue struct{ p encoding.TextUnmarshaler }

func newTextValue(val encoding.TextMarshaler, p encoding.TextUnmarshaler) textValue {
	dst := reflect.ValueOf(p)
	if dst.Kind() != reflect.Pointer {
		panic("variable value type must be a pointer")
	}
	def := reflect.ValueOf(val)
	if def.Kind() == reflect.Pointer {
		def = def.Elem()
	}
	if def.Type() != dst.Type().Elem() {
		panic(fmt.Sprintf("default type does not match variable type: %v != %v", def.Type(), dst.Type().Elem()))
	}
	dst.Elem().Set(def)
	return textValue{p}
}

func (v textValue) Set(s string) error { return v.p.UnmarshalText([]byte(s)) }

func (v textValue) Get() any { return v.p }

func (v textValue) String() string {
	if m, ok := v.p.(encoding.TextMarshaler); ok {
		if b, err := m.MarshalText(); err == nil {
			return string(b)
		}
	}
	return ""
}

// TextVar defines a flag whose variable p decodes values with its
// UnmarshalText method; value (of p's element type) is the default.
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	f.Var(newTextValue(value, p), name, usage)
}

// TextVar defines such a command-line flag.
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	CommandLine.TextVar(p, name, value, usage)
}
