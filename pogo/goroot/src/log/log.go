// Package log implements simple logging: a Logger writes one line per call,
// with an optional prefix and date/time header, to an io.Writer (standard
// error for the default logger).
//
// pogo's version: the Logger API without slog integration. Timestamps are
// read from the kernel and written for UTC, which is only right when the
// local time zone is UTC (or with LUTC): in any other zone, a timestamp
// stops the program with a "not supported yet" message until package time
// knows zones. Lshortfile/Llongfile use runtime.Caller.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"syscall"
)

// Flags choosing the header of each line.
const (
	Ldate         = 1 << iota // 2009/01/23
	Ltime                     // 01:23:23
	Lmicroseconds             // 01:23:23.123123 (implies Ltime)
	Llongfile                 // /a/b/c/d.go:23
	Lshortfile                // d.go:23
	LUTC                      // UTC rather than the local time zone
	Lmsgprefix                // prefix before the message rather than the line
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines to an io.Writer, one Write call per line.
type Logger struct {
	mu        sync.Mutex // serialises writes: goroutines may be preempted inside one
	prefix    string
	flag      int
	out       io.Writer
	isDiscard bool
}

// New creates a Logger.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{prefix: prefix, flag: flag}
	l.SetOutput(out)
	return l
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger.
func Default() *Logger { return std }

// SetOutput sets the destination.
func (l *Logger) SetOutput(w io.Writer) {
	l.out = w
	l.isDiscard = w == io.Discard
}

// Writer returns the destination.
func (l *Logger) Writer() io.Writer { return l.out }

// Flags returns the header flags.
func (l *Logger) Flags() int { return l.flag }

// SetFlags sets the header flags.
func (l *Logger) SetFlags(flag int) { l.flag = flag }

// Prefix returns the prefix.
func (l *Logger) Prefix() string { return l.prefix }

// SetPrefix sets the prefix.
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

func itoa(buf []byte, i int, wid int) []byte {
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	b[bp] = byte('0' + i)
	return append(buf, b[bp:]...)
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date.
func civil(days int64) (year, month, day int) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), int(m), int(d)
}

var zoneChecked, zoneIsUTC bool

// localIsUTC reports whether the local time zone is UTC: TZ empty or UTC,
// or no TZ and an /etc/localtime whose rule is UTC or GMT.
func localIsUTC() bool {
	if zoneChecked {
		return zoneIsUTC
	}
	zoneChecked = true
	if tz, ok := syscall.Getenv("TZ"); ok {
		zoneIsUTC = tz == "" || tz == "UTC" || tz == "UTC0" || tz == ":UTC" || tz == "Etc/UTC"
		return zoneIsUTC
	}
	data, err := os.ReadFile("/etc/localtime")
	if err != nil {
		zoneIsUTC = true
		return true
	}
	n := len(data)
	zoneIsUTC = n >= 6 && (string(data[n-6:]) == "\nUTC0\n" || string(data[n-6:]) == "\nGMT0\n")
	return zoneIsUTC
}

func (l *Logger) formatHeader(buf []byte, file string, line int) []byte {
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if l.flag&LUTC == 0 && !localIsUTC() {
			panic("pogo: log: timestamps in a time zone other than UTC are not supported yet")
		}
		var tv syscall.Timeval
		syscall.Gettimeofday(&tv)
		days := tv.Sec / 86400
		secs := tv.Sec % 86400
		if secs < 0 {
			secs += 86400
			days--
		}
		if l.flag&Ldate != 0 {
			year, month, day := civil(days)
			buf = itoa(buf, year, 4)
			buf = append(buf, '/')
			buf = itoa(buf, month, 2)
			buf = append(buf, '/')
			buf = itoa(buf, day, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			buf = itoa(buf, int(secs/3600), 2)
			buf = append(buf, ':')
			buf = itoa(buf, int(secs/60%60), 2)
			buf = append(buf, ':')
			buf = itoa(buf, int(secs%60), 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				buf = itoa(buf, int(tv.Usec), 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = itoa(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// Output writes one line: the header, s, and a newline if s lacks one.
// calldepth counts the frames above Output whose caller the file flags name.
func (l *Logger) Output(calldepth int, s string) error {
	file, line := "", 0
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		if _, file, line, ok = runtime.Caller(calldepth); !ok {
			file, line = "???", 0
		}
	}
	buf := l.formatHeader(make([]byte, 0, 64+len(s)), file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, err := l.out.Write(buf)
	return err
}

// Print logs its operands as fmt.Sprint does.
func (l *Logger) Print(v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprint(v...))
}

// Printf logs as fmt.Sprintf does.
func (l *Logger) Printf(format string, v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprintf(format, v...))
}

// Println logs as fmt.Sprintln does.
func (l *Logger) Println(v ...any) {
	if l.isDiscard {
		return
	}
	l.Output(2, fmt.Sprintln(v...))
}

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// SetOutput sets the standard logger's destination.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the standard logger's flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the standard logger's destination.
func Writer() io.Writer { return std.Writer() }

// Print logs to the standard logger as fmt.Sprint does.
func Print(v ...any) {
	if !std.isDiscard {
		std.Output(2, fmt.Sprint(v...))
	}
}

// Printf logs to the standard logger as fmt.Sprintf does.
func Printf(format string, v ...any) {
	if !std.isDiscard {
		std.Output(2, fmt.Sprintf(format, v...))
	}
}

// Println logs to the standard logger as fmt.Sprintln does.
func Println(v ...any) {
	if !std.isDiscard {
		std.Output(2, fmt.Sprintln(v...))
	}
}

// Fatal is Print to the standard logger followed by os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf to the standard logger followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println to the standard logger followed by os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print to the standard logger followed by a panic.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf to the standard logger followed by a panic.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println to the standard logger followed by a panic.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes a line through the standard logger.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }
