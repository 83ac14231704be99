package unicode

// Range16 is a run of code points below 1<<16: Lo, Lo+Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is a run of code points Lo, Lo+Stride, ... up to Hi, for
// values that need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable is a set of code points: sorted, non-overlapping runs, the
// 16-bit ones in R16 and the rest in R32. LatinOffset counts the R16
// entries whose Hi is at most MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// linearMax is the table length up to which a linear scan beats binary
// search.
const linearMax = 18

func in16(ranges []Range16, c uint16) bool {
	if len(ranges) <= linearMax || c <= MaxLatin1 {
		for _, x := range ranges {
			if c < x.Lo {
				return false
			}
			if c <= x.Hi {
				return x.Stride == 1 || (c-x.Lo)%x.Stride == 0
			}
		}
		return false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		x := ranges[m]
		if c < x.Lo {
			hi = m
		} else if c > x.Hi {
			lo = m + 1
		} else {
			return x.Stride == 1 || (c-x.Lo)%x.Stride == 0
		}
	}
	return false
}

func in32(ranges []Range32, c uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		x := ranges[m]
		if c < x.Lo {
			hi = m
		} else if c > x.Hi {
			lo = m + 1
		} else {
			return x.Stride == 1 || (c-x.Lo)%x.Stride == 0
		}
	}
	return false
}

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if r16 := rangeTab.R16; len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return in16(r16, uint16(r))
	}
	if r32 := rangeTab.R32; len(r32) > 0 && r >= rune(r32[0].Lo) {
		return in32(r32, uint32(r))
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether r is in any of the tables; In is the same with
// a variadic parameter.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// GraphicRanges lists the tables of graphic characters: letters, marks,
// numbers, punctuation, symbols and space separators.
var GraphicRanges = []*RangeTable{&rtL, &rtM, &rtN, &rtP, &rtS, &rtZs}

// PrintRanges lists the tables of printable characters (the ASCII space
// is printable as well, though not in them).
var PrintRanges = []*RangeTable{&rtL, &rtM, &rtN, &rtP, &rtS}

// d holds the deltas to upper, lower and title case of a CaseRange.
type d [MaxCase]rune

// CaseRange maps the code points Lo..Hi to other cases by adding Delta's
// entries; an entry of UpperLower means the range alternates upper and
// lower case letters.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase is a language-specific set of case mappings, sorted by Lo,
// consulted before the general ones.
type SpecialCase []CaseRange

// toSpecial maps r to toCase with the ranges of a SpecialCase; ok tells
// whether one of them holds r.
func toSpecial(toCase int, r rune, ranges []CaseRange) (rune, bool) {
	if toCase < 0 || toCase >= MaxCase {
		return ReplacementChar, false
	}
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		c := ranges[m]
		if r < rune(c.Lo) {
			hi = m
		} else if r > rune(c.Hi) {
			lo = m + 1
		} else {
			delta := c.Delta[toCase]
			if delta > MaxRune {
				base := rune(c.Lo)
				return base + ((r-base)&^1 | rune(toCase&1)), true
			}
			return r + delta, true
		}
	}
	return r, false
}

// ToUpper maps r to upper case, preferring the special mappings.
func (special SpecialCase) ToUpper(r rune) rune {
	u, ok := toSpecial(UpperCase, r, special)
	if u == r && !ok {
		u = ToUpper(r)
	}
	return u
}

// ToTitle maps r to title case, preferring the special mappings.
func (special SpecialCase) ToTitle(r rune) rune {
	t, ok := toSpecial(TitleCase, r, special)
	if t == r && !ok {
		t = ToTitle(r)
	}
	return t
}

// ToLower maps r to lower case, preferring the special mappings.
func (special SpecialCase) ToLower(r rune) rune {
	l, ok := toSpecial(LowerCase, r, special)
	if l == r && !ok {
		l = ToLower(r)
	}
	return l
}
