"""Division by a constant as a multiplication by its "magic" reciprocal.

A 64-bit divide costs tens of cycles; the high word of a product with a precomputed
constant, a shift and an add or two cost a few. The constants follow Granlund and
Montgomery ("Division by invariant integers using multiplication", 1994):

* unsigned: the smallest shift s with m = ceil(2^(64+s)/d) < 2^64 and
  m*d - 2^(64+s) <= 2^s gives q = hi(x*m) >> s exactly for every x < 2^64; when no such
  m fits in a word, m = floor(2^(64+l)/d) + 1 - 2^64 (l = bit length of d) and
  q = (t + ((x - t) >> 1)) >> (l - 1) with t = hi(x*m), which never overflows;
* signed, |d| >= 2: m = floor(2^(63+l)/|d|) + 1 - 2^64 as a negative word, and
  q = ((x + hi_signed(x*m)) >> (l - 1)) - (x >> 63) (arithmetic shifts), negated for d < 0.

``tests/compile/test_lower.py`` checks every formula against exact division.
"""

from __future__ import annotations

from typing import NamedTuple

M64 = (1 << 64) - 1


def s64(x: int) -> int:
    """x as a signed 64-bit word (how SSA constants are kept)."""
    x &= M64
    return x - (1 << 64) if x >> 63 else x


def pow2(c: int) -> bool:
    return c > 0 and c & (c - 1) == 0


class UMagic(NamedTuple):
    m: int  # the multiplier, as a signed word
    s: int  # the final shift
    short: bool  # q = hi(x*m) >> s; otherwise the add-and-shift form


class SMagic(NamedTuple):
    m: int  # negative word: the multiplier minus 2^64
    s: int


def udiv_ok(c: int) -> bool:
    """Unsigned division by c is worth a magic multiply: not 0 (panics), not a power of
    two (a shift)."""
    d = c & M64
    return d > 1 and not pow2(d)


def umagic(c: int) -> UMagic:
    d = c & M64
    assert udiv_ok(d)
    for s in range(64):
        m = -(-(1 << (64 + s)) // d)
        if m > M64:
            break
        if m * d - (1 << (64 + s)) <= 1 << s:
            return UMagic(s64(m), s, True)
    l_ = d.bit_length()
    return UMagic(s64((1 << (64 + l_)) // d + 1), l_, False)


def sdiv_ok(c: int) -> bool:
    """Signed division by c: not 0, ±1 or ±2^k (those are cheaper, or panic)."""
    c = s64(c)
    return abs(c) > 1 and not pow2(abs(c))


def smagic(c: int) -> SMagic:
    d = abs(s64(c))
    assert sdiv_ok(c)
    l_ = d.bit_length()  # d is not a power of two: ceil(log2 d)
    m = (1 << (63 + l_)) // d + 1
    assert (1 << 63) <= m < (1 << 64)
    return SMagic(s64(m), l_)
