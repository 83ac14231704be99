package runtime

// The default GOMAXPROCS, as gc (Go 1.25+) chooses it: the CPUs in this
// process's affinity mask, lowered to the CPU bandwidth limit of its cgroup —
// quota/period rounded up and never below 2 — when there is one. The cgroup is
// the process's line in /proc/self/cgroup (a v1 hierarchy with the cpu
// controller wins over the v2 one), found under its mount point in
// /proc/self/mountinfo; the limit is cpu.max (v2: "max" or "quota period") or
// cpu.cfs_quota_us and cpu.cfs_period_us (v1: a negative quota means none).
// Anything missing or malformed means no limit. $GOMAXPROCS overrides it all.
//
// The files are only read when the second goroutine starts or the program asks
// (runtime.GOMAXPROCS): before that one P is all a program can use.

// defaultGOMAXPROCS is min(affinity CPUs, the cgroup limit).
func defaultGOMAXPROCS() int {
	procs := ncpu()
	limit := cgroupCPULimit()
	if limit > 0 && limit < procs {
		procs = limit
	}
	return procs
}

// cgroupCPULimit is the cgroup's CPU limit rounded up (at least 2), or 0.
func cgroupCPULimit() int {
	return cgroupLimitFrom(readSmallFile)
}

// cgroupLimitFrom is cgroupCPULimit reading files with read (tests pass a fake).
func cgroupLimitFrom(read func(string) string) int {
	cg, v1 := cpuCgroup(read("/proc/self/cgroup"))
	if cg == "" {
		return 0
	}
	dir := cgroupMountDir(read("/proc/self/mountinfo"), cg, v1)
	if dir == "" {
		return 0
	}
	var quota, period int64
	if v1 {
		q, ok1 := parseDecimal(firstLine(read(dir + "/cpu.cfs_quota_us")))
		p, ok2 := parseDecimal(firstLine(read(dir + "/cpu.cfs_period_us")))
		if !ok1 || !ok2 || q < 0 {
			return 0
		}
		quota, period = q, p
	} else {
		line := firstLine(read(dir + "/cpu.max"))
		sp := indexByte(line, ' ')
		if sp < 0 || line[:sp] == "max" {
			return 0
		}
		q, ok1 := parseDecimal(line[:sp])
		p, ok2 := parseDecimal(line[sp+1:])
		if !ok1 || !ok2 {
			return 0
		}
		quota, period = q, p
	}
	if period <= 0 {
		return 0
	}
	n := int((quota + period - 1) / period)
	if n < 2 {
		n = 2
	}
	return n
}

// cpuCgroup picks the CPU cgroup's path from /proc/self/cgroup
// ("hierarchy:controllers:path" lines); v1 reports a v1 cpu hierarchy.
func cpuCgroup(data string) (path string, v1 bool) {
	for data != "" {
		var line string
		line, data = cutLine(data)
		i := indexByte(line, ':')
		if i < 0 {
			return "", false
		}
		hier := line[:i]
		rest := line[i+1:]
		j := indexByte(rest, ':')
		if j < 0 {
			return "", false
		}
		controllers, p := rest[:j], rest[j+1:]
		if p == "" || p[0] != '/' {
			return "", false
		}
		if hier == "0" {
			path = p
		} else if hasListItem(controllers, "cpu") {
			return p, true
		}
	}
	return path, false
}

// cgroupMountDir finds the directory of cgroup cg through the mount of its
// hierarchy in /proc/self/mountinfo, or "".
func cgroupMountDir(data, cg string, v1 bool) string {
	for data != "" {
		var line string
		line, data = cutLine(data)
		// fields: id parent major:minor root mountpoint options [optional...] - fstype source superoptions
		f := splitSpaces(line)
		if len(f) < 5 {
			continue
		}
		sep := -1
		for k := 5; k < len(f); k++ {
			if f[k] == "-" {
				sep = k
				break
			}
		}
		if sep < 0 || sep+1 >= len(f) {
			continue
		}
		fstype := f[sep+1]
		if v1 {
			if fstype != "cgroup" || sep+3 >= len(f) || !hasListItem(f[sep+3], "cpu") {
				continue
			}
		} else if fstype != "cgroup2" {
			continue
		}
		root, mnt := unescapeMount(f[3]), unescapeMount(f[4])
		rel := ""
		if root == "/" {
			rel = cg
		} else if cg == root || (len(cg) > len(root) && cg[:len(root)] == root && cg[len(root)] == '/') {
			rel = cg[len(root):]
		} else {
			continue
		}
		if rel == "/" {
			rel = ""
		}
		if len(rel) >= 3 && rel[:3] == "/.." {
			continue
		}
		return mnt + rel
	}
	return ""
}

// readSmallFile reads a whole file of /proc or /sys, or returns "".
func readSmallFile(name string) string {
	data, ok := timeReadFile(name)
	if !ok {
		return ""
	}
	return string(data)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func cutLine(s string) (line, rest string) {
	i := indexByte(s, '\n')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func firstLine(s string) string {
	line, _ := cutLine(s)
	return line
}

// hasListItem reports whether the comma-separated list holds item.
func hasListItem(list, item string) bool {
	for list != "" {
		i := indexByte(list, ',')
		if i < 0 {
			return list == item
		}
		if list[:i] == item {
			return true
		}
		list = list[i+1:]
	}
	return false
}

func splitSpaces(s string) []string {
	var out []string
	for s != "" {
		i := indexByte(s, ' ')
		if i < 0 {
			out = append(out, s)
			break
		}
		if i > 0 {
			out = append(out, s[:i])
		}
		s = s[i+1:]
	}
	return out
}

// unescapeMount undoes mountinfo's octal escapes (\040 for a space, ...).
func unescapeMount(s string) string {
	if indexByte(s, '\\') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+3 < len(s) && isOctal(s[i+1]) && isOctal(s[i+2]) && isOctal(s[i+3]) {
			c = (s[i+1]-'0')<<6 | (s[i+2]-'0')<<3 | (s[i+3] - '0')
			i += 3
		}
		b = append(b, c)
	}
	return string(b)
}

func isOctal(c byte) bool {
	return c >= '0' && c <= '7'
}

// parseDecimal parses an optionally negative decimal integer.
func parseDecimal(s string) (int64, bool) {
	neg := false
	if s != "" && s[0] == '-' {
		neg, s = true, s[1:]
	}
	if s == "" || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int64(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}
