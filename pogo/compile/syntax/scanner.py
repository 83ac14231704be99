"""The Go scanner: turns source bytes into tokens, inserting semicolons as the spec says.

The scanner works on the raw bytes of the file with index arithmetic: columns are byte
columns (1-based) like gc's. Each call of ``next()`` reads one token and leaves its
description in the scanner's fields (``tok``, ``lit``, ``op``, ``prec``, ``kind``,
``line``, ``col``); the parser inherits from the scanner and reads them directly.

Semicolon insertion: after a line's final token, if that token is an identifier, a
literal, one of the keywords break/continue/fallthrough/return, one of ``++ -- ) ] }``,
the newline (or a general comment spanning lines, or the end of the file) becomes a
``;`` token whose ``lit`` says which ("newline", "EOF"); explicit ones say "semicolon".

This module also decodes literal values: ``string_lit_bytes`` and ``rune_lit_value``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from pogo.compile.syntax.nodes import LitKind
from pogo.compile.syntax.tokens import BINARY_PREC, KEYWORDS, NLSEMI_KEYWORDS, Tok

ErrorHandler = Callable[[int, int, str], None]

_IDENT_ASCII = re.compile(rb"[A-Za-z_0-9]*")
_STRING_FAST = re.compile(rb'"[^"\\\n]*"')

# Single-byte tokens that need no look-ahead: byte -> (token, sets nlsemi)
_SIMPLE: list[tuple[Tok, bool] | None] = [None] * 256
_SIMPLE[ord("(")] = (Tok.LPAREN, False)
_SIMPLE[ord("[")] = (Tok.LBRACK, False)
_SIMPLE[ord("{")] = (Tok.LBRACE, False)
_SIMPLE[ord(",")] = (Tok.COMMA, False)
_SIMPLE[ord(")")] = (Tok.RPAREN, True)
_SIMPLE[ord("]")] = (Tok.RBRACK, True)
_SIMPLE[ord("}")] = (Tok.RBRACE, True)

_LETTER = [False] * 256
for _c in range(256):
    _LETTER[_c] = (0x61 <= _c <= 0x7A) or (0x41 <= _c <= 0x5A) or _c == 0x5F

_DIGITVAL = [99] * 256
for _c in range(10):
    _DIGITVAL[0x30 + _c] = _c
for _c in range(6):
    _DIGITVAL[0x61 + _c] = 10 + _c
    _DIGITVAL[0x41 + _c] = 10 + _c

_BASE_NAME = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}


# ---------------------------------------------------------------------------
# Helpers for gc-style formatting of characters in messages


def _is_print(ch: int) -> bool:
    if ch == 0x20:
        return True
    try:
        return chr(ch).isprintable()
    except ValueError:
        return False


def format_U(ch: int) -> str:
    """Go's ``%#U``: ``U+0040 '@'`` (the quoted char only when printable)."""
    s = f"U+{ch:04X}"
    if _is_print(ch):
        s += f" '{chr(ch)}'"
    return s


_QUOTE_ESC = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v", 0x5C: "\\\\"}


def quote_rune(ch: int) -> str:
    """Go's ``%q`` applied to a rune: ``'x'``, ``'\\n'``, ``'\\x01'``..."""
    if ch == 0x27:
        return "'\\''"
    if ch in _QUOTE_ESC:
        return "'" + _QUOTE_ESC[ch] + "'"
    if _is_print(ch) and not (0xD800 <= ch < 0xE000):
        return "'" + chr(ch) + "'"
    if ch < 0x80:
        return f"'\\x{ch:02x}'"
    if ch < 0x10000:
        return f"'\\u{ch:04x}'"
    return f"'\\U{ch:08x}'"


def decode_rune(src: bytes, i: int) -> tuple[int, int]:
    """Decode the UTF-8 sequence at src[i]; returns (rune, size), rune -1 if invalid."""
    b0 = src[i]
    if b0 < 0x80:
        return b0, 1
    if 0xC2 <= b0 < 0xE0:
        size = 2
    elif 0xE0 <= b0 < 0xF0:
        size = 3
    elif 0xF0 <= b0 < 0xF5:
        size = 4
    else:
        return -1, 1
    try:
        s = src[i:i + size].decode("utf-8")
    except UnicodeDecodeError:
        return -1, 1
    if len(s) != 1:
        return -1, 1
    return ord(s), size


def _is_letter(ch: int) -> bool:
    if ch < 0x80:
        return _LETTER[ch]
    return chr(ch).isalpha()


def _is_digit(ch: int) -> bool:
    if ch < 0x80:
        return 0x30 <= ch <= 0x39
    return unicodedata.category(chr(ch)) == "Nd"


# ---------------------------------------------------------------------------
# The scanner


class Scanner:
    """Produces one token per ``next()`` call; see the module docstring."""

    def __init__(self, src: bytes, errh: ErrorHandler | None = None) -> None:
        self.src = src
        self.n = len(src)
        self.i = 0  # read offset
        self.line = 1  # position of the current token
        self.col = 1
        self.cur_line = 1  # line of offset i
        self.line_start = 0  # offset of the first byte of cur_line
        self.nlsemi = False
        self.errh = errh
        # current token
        self.tok = Tok.EOF
        self.lit = ""
        self.op = ""
        self.prec = 0
        self.kind = LitKind.INT
        self.bad = False
        # //go: directives seen since the last take_pragmas(): (line, text after "//")
        self.pragmas: list[tuple[int, str]] = []
        # every //go: directive in the file (line, col, text)
        self.directives: list[tuple[int, int, str]] = []
        if src.startswith(b"\xef\xbb\xbf"):
            self.i = 3
        # encoding errors not yet reported, by offset: each is reported once the scanner has
        # read past it, so that errors come in source order (gc stops at the 10th reported)
        self._enc_errors: list[tuple[int, int, int, str]] = []
        self._check_encoding()

    # -- errors

    def scan_error(self, line: int, col: int, msg: str) -> None:
        if self.errh is not None:
            self.errh(line, col, msg)

    def _err_at_offset(self, i: int, msg: str) -> None:
        """Report msg at byte offset i, which must be on the current line."""
        self.scan_error(self.cur_line, i - self.line_start + 1, msg)

    def _check_encoding(self) -> None:
        """Find invalid UTF-8, NUL bytes and misplaced BOMs once for the whole file."""
        src = self.src
        bad: list[int] = []
        if b"\x00" in src:
            j = src.find(b"\x00")
            while j >= 0:
                bad.append(j)
                j = src.find(b"\x00", j + 1)
        nul = set(bad)
        try:
            src.decode("utf-8")
        except UnicodeDecodeError:
            i = 0
            n = len(src)
            while i < n:
                if src[i] < 0x80:
                    i += 1
                    continue
                r, size = decode_rune(src, i)
                if r < 0:
                    bad.append(i)
                i += size
        j = src.find(b"\xef\xbb\xbf", 1)
        boms: set[int] = set()
        while j >= 0:
            bad.append(j)
            boms.add(j)
            j = src.find(b"\xef\xbb\xbf", j + 1)
        if not bad:
            return
        for off in sorted(bad):
            line = src.count(b"\n", 0, off) + 1
            ls = src.rfind(b"\n", 0, off) + 1
            if off in nul:
                msg = "invalid NUL character"
            elif off in boms:
                msg = "invalid BOM in the middle of the file"
            else:
                msg = "invalid UTF-8 encoding"
            self._enc_errors.append((off, line, off - ls + 1, msg))
        self._enc_errors.reverse()

    def _report_encoding(self) -> None:
        """Report the encoding errors the scanner has now read past."""
        pending = self._enc_errors
        while pending and (pending[-1][0] < self.i or self.tok is Tok.EOF):
            _, line, col, msg = pending.pop()
            self.scan_error(line, col, msg)

    # -- pragmas

    def take_pragmas(self) -> list[str]:
        p = [text for _, text in self.pragmas]
        self.pragmas = []
        return p

    # -- the main loop

    def next(self) -> None:
        self._scan()
        if self._enc_errors:
            self._report_encoding()

    def _scan(self) -> None:
        src = self.src
        n = self.n
        i = self.i
        nlsemi = self.nlsemi
        self.nlsemi = False
        while True:
            # skip white space
            while i < n:
                c = src[i]
                if c == 0x20 or c == 0x09 or c == 0x0D:
                    i += 1
                elif c == 0x0A and not nlsemi:
                    i += 1
                    self.cur_line += 1
                    self.line_start = i
                else:
                    break
            self.line = self.cur_line
            self.col = i - self.line_start + 1
            if i >= n:
                self.i = i
                if nlsemi:
                    self.tok = Tok.SEMI
                    self.lit = "EOF"
                else:
                    self.tok = Tok.EOF
                return
            c = src[i]
            if _LETTER[c]:
                m = _IDENT_ASCII.match(src, i + 1)
                j = m.end() if m is not None else i + 1
                if j < n and src[j] >= 0x80:
                    j = self._ident_unicode(j)
                    lit = src[i:j].decode("utf-8", "replace")
                else:
                    lit = src[i:j].decode("ascii")
                self.i = j
                kw = KEYWORDS.get(lit)
                if kw is not None:
                    self.tok = kw
                    self.lit = lit
                    self.nlsemi = kw in NLSEMI_KEYWORDS
                else:
                    self.tok = Tok.NAME
                    self.lit = lit
                    self.nlsemi = True
                return
            simple = _SIMPLE[c]
            if simple is not None:
                self.i = i + 1
                self.tok = simple[0]
                self.nlsemi = simple[1]
                return
            if c == 0x0A:  # newline with nlsemi set
                self.i = i + 1
                self.cur_line += 1
                self.line_start = i + 1
                self.tok = Tok.SEMI
                self.lit = "newline"
                return
            if 0x30 <= c <= 0x39:
                self.i = self._number(i, i, False)
                return
            if c == 0x22:  # "
                m = _STRING_FAST.match(src, i)
                if m is not None:
                    j = m.end()
                    self.i = j
                    self._set_lit(LitKind.STRING, src[i:j], True)
                else:
                    self._std_string(i)
                return
            if c == 0x2F:  # /
                c1 = src[i + 1] if i + 1 < n else 0
                if c1 == 0x2F:
                    j = src.find(b"\n", i)
                    if j < 0:
                        j = n
                    if src.startswith(b"//go:", i):
                        self._directive(i, j)
                    i = j
                    continue
                if c1 == 0x2A:
                    j = src.find(b"*/", i + 2)
                    if j < 0:
                        self._err_at_offset(i, "comment not terminated")
                        j = n
                    else:
                        j += 2
                    nl = src.count(b"\n", i, j)
                    if nl:
                        self.cur_line += nl
                        self.line_start = src.rfind(b"\n", i, j) + 1
                        if nlsemi:
                            # a general comment containing newlines acts like a newline
                            self.i = j
                            self.tok = Tok.SEMI
                            self.lit = "newline"
                            return
                    i = j
                    continue
                self._operator(i + 1, "/")
                return
            if c == 0x3B:  # ;
                self.i = i + 1
                self.tok = Tok.SEMI
                self.lit = "semicolon"
                return
            if c == 0x2E:  # .
                c1 = src[i + 1] if i + 1 < n else 0
                if 0x30 <= c1 <= 0x39:
                    self.i = self._number(i, i + 1, True)
                    return
                if c1 == 0x2E and i + 2 < n and src[i + 2] == 0x2E:
                    self.i = i + 3
                    self.tok = Tok.DOTDOTDOT
                    return
                self.i = i + 1
                self.tok = Tok.DOT
                return
            if c == 0x3A:  # :
                if i + 1 < n and src[i + 1] == 0x3D:
                    self.i = i + 2
                    self.tok = Tok.DEFINE
                else:
                    self.i = i + 1
                    self.tok = Tok.COLON
                return
            if c == 0x60:  # `
                self._raw_string(i)
                return
            if c == 0x27:  # '
                self._rune(i)
                return
            if c == 0x2B or c == 0x2D:  # + -
                c1 = src[i + 1] if i + 1 < n else 0
                if c1 == c:
                    self.i = i + 2
                    self.tok = Tok.INCOP
                    self.op = "++" if c == 0x2B else "--"
                    self.nlsemi = True
                    return
                self._operator(i + 1, "+" if c == 0x2B else "-")
                return
            if c == 0x2A:  # *
                self.op = "*"
                self.prec = 5
                if i + 1 < n and src[i + 1] == 0x3D:
                    self.i = i + 2
                    self.tok = Tok.ASSIGNOP
                else:
                    self.i = i + 1
                    self.tok = Tok.STAR
                return
            if c == 0x3D:  # =
                if i + 1 < n and src[i + 1] == 0x3D:
                    self._set_op(i + 2, "==")
                else:
                    self.i = i + 1
                    self.tok = Tok.ASSIGN
                return
            if c == 0x3C:  # <
                c1 = src[i + 1] if i + 1 < n else 0
                if c1 == 0x3D:
                    self._set_op(i + 2, "<=")
                elif c1 == 0x3C:
                    self._operator(i + 2, "<<")
                elif c1 == 0x2D:
                    self.i = i + 2
                    self.tok = Tok.ARROW
                else:
                    self._set_op(i + 1, "<")
                return
            if c == 0x3E:  # >
                c1 = src[i + 1] if i + 1 < n else 0
                if c1 == 0x3D:
                    self._set_op(i + 2, ">=")
                elif c1 == 0x3E:
                    self._operator(i + 2, ">>")
                else:
                    self._set_op(i + 1, ">")
                return
            if c == 0x26:  # &
                c1 = src[i + 1] if i + 1 < n else 0
                if c1 == 0x26:
                    self._set_op(i + 2, "&&")
                elif c1 == 0x5E:
                    self._operator(i + 2, "&^")
                else:
                    self._operator(i + 1, "&")
                return
            if c == 0x7C:  # |
                if i + 1 < n and src[i + 1] == 0x7C:
                    self._set_op(i + 2, "||")
                else:
                    self._operator(i + 1, "|")
                return
            if c == 0x21:  # !
                if i + 1 < n and src[i + 1] == 0x3D:
                    self._set_op(i + 2, "!=")
                else:
                    self._set_op(i + 1, "!")
                return
            if c == 0x25:  # %
                self._operator(i + 1, "%")
                return
            if c == 0x5E:  # ^
                self._operator(i + 1, "^")
                return
            if c == 0x7E:  # ~
                self._set_op(i + 1, "~")
                return
            if c >= 0x80:
                r, size = decode_rune(src, i)
                if r >= 0 and _is_letter(r):
                    j = self._ident_unicode(i)
                    self.i = j
                    self.tok = Tok.NAME
                    self.lit = src[i:j].decode("utf-8", "replace")
                    self.nlsemi = True
                    return
                if r >= 0 and _is_digit(r):
                    self._err_at_offset(i, "identifier cannot begin with digit " + format_U(r))
                    j = self._ident_unicode(i)
                    self.i = j
                    self.tok = Tok.NAME
                    self.lit = src[i:j].decode("utf-8", "replace")
                    self.nlsemi = True
                    return
                if r == 0xFEFF and i == 0:
                    i += size
                    continue
                if r >= 0 and r != 0xFEFF:
                    self._err_at_offset(i, "invalid character " + format_U(r))
                # invalid encodings and BOMs were reported by _check_encoding
                i += size
                continue
            if c == 0:
                i += 1  # reported by _check_encoding
                continue
            self._err_at_offset(i, "invalid character " + format_U(c))
            i += 1

    # -- token helpers

    def _set_op(self, j: int, op: str) -> None:
        """An operator that has no op= form (or is a comparison)."""
        self.i = j
        self.tok = Tok.OPERATOR
        self.op = op
        self.prec = BINARY_PREC.get(op, 0)

    def _operator(self, j: int, op: str) -> None:
        """An operator that may be followed by ``=`` to form an assignment operator."""
        self.op = op
        self.prec = BINARY_PREC[op]
        if j < self.n and self.src[j] == 0x3D:
            self.i = j + 1
            self.tok = Tok.ASSIGNOP
        else:
            self.i = j
            self.tok = Tok.OPERATOR

    def _set_lit(self, kind: LitKind, raw: bytes, ok: bool) -> None:
        self.tok = Tok.LITERAL
        self.kind = kind
        self.lit = raw.decode("utf-8", "replace")
        self.bad = not ok
        self.nlsemi = True

    def _ident_unicode(self, i: int) -> int:
        """Continue an identifier at offset i (which may hold any byte); returns its end."""
        src = self.src
        n = self.n
        while i < n:
            c = src[i]
            if c < 0x80:
                if _LETTER[c] or 0x30 <= c <= 0x39:
                    i += 1
                    continue
                break
            r, size = decode_rune(src, i)
            if r < 0:
                break
            if _is_letter(r) or _is_digit(r) or r == 0xFEFF:  # a BOM is reported (only) as misplaced
                i += size
                continue
            self._err_at_offset(i, "invalid character " + format_U(r) + " in identifier")
            i += size
        return i

    def _directive(self, i: int, j: int) -> None:
        """A ``//go:`` comment from i to j; recorded if it starts its line."""
        src = self.src
        if src[self.line_start:i].strip(b" \t") != b"":
            return
        text = src[i + 2:j].decode("utf-8", "replace").rstrip("\r")
        self.pragmas.append((self.cur_line, text))
        self.directives.append((self.cur_line, i - self.line_start + 1, text))

    def _digits(self, i: int, base: int, invalid: int, start: int) -> tuple[int, int, int]:
        """Accept { digit | '_' } from i. Returns (end, digsep, invalid) where digsep bit 0
        says digits were seen, bit 1 that separators were, and invalid is the offset
        (relative to start) of the first digit too large for base (base <= 10 only)."""
        src = self.src
        n = self.n
        digsep = 0
        if base <= 10:
            while i < n:
                c = src[i]
                if 0x30 <= c <= 0x39:
                    digsep |= 1
                    if c - 0x30 >= base and invalid < 0:
                        invalid = i - start
                elif c == 0x5F:
                    digsep |= 2
                else:
                    break
                i += 1
        else:
            while i < n:
                c = src[i]
                if _DIGITVAL[c] < 16:
                    digsep |= 1
                elif c == 0x5F:
                    digsep |= 2
                else:
                    break
                i += 1
        return i, digsep, invalid

    def _number(self, start: int, i: int, seen_point: bool) -> int:
        """Scan a number literal starting at start; i is where to continue (after the
        '.' when seen_point). Returns the end offset and sets the token."""
        src = self.src
        n = self.n
        ok = True
        kind = LitKind.INT
        base = 10
        prefix = ""
        digsep = 0
        invalid = -1
        if not seen_point:
            if src[i] == 0x30:
                i += 1
                c = src[i] | 0x20 if i < n else 0
                if c == 0x78:
                    i += 1
                    base, prefix = 16, "x"
                elif c == 0x6F:
                    i += 1
                    base, prefix = 8, "o"
                elif c == 0x62:
                    i += 1
                    base, prefix = 2, "b"
                else:
                    base, prefix = 8, "0"
                    digsep = 1
            i, ds, invalid = self._digits(i, base, invalid, start)
            digsep |= ds
            if i < n and src[i] == 0x2E:
                if prefix == "o" or prefix == "b":
                    self._err_at_offset(i, f"invalid radix point in {_BASE_NAME[base]} literal")
                    ok = False
                i += 1
                seen_point = True
        if seen_point:
            kind = LitKind.FLOAT
            i, ds, invalid = self._digits(i, base, invalid, start)
            digsep |= ds
        if digsep & 1 == 0 and ok:
            self._err_at_offset(i, f"{_BASE_NAME[base]} literal has no digits")
            ok = False
        e = src[i] | 0x20 if i < n else 0
        if e == 0x65 or e == 0x70:  # e p
            if ok:
                if e == 0x65 and prefix != "" and prefix != "0":
                    self._err_at_offset(i, f"{quote_rune(src[i])} exponent requires decimal mantissa")
                    ok = False
                elif e == 0x70 and prefix != "x":
                    self._err_at_offset(i, f"{quote_rune(src[i])} exponent requires hexadecimal mantissa")
                    ok = False
            i += 1
            kind = LitKind.FLOAT
            if i < n and (src[i] == 0x2B or src[i] == 0x2D):
                i += 1
            i, ds, _ = self._digits(i, 10, -1, start)
            digsep = ds | (digsep & 2)
            if ds & 1 == 0 and ok:
                self._err_at_offset(i, "exponent has no digits")
                ok = False
        elif prefix == "x" and kind is LitKind.FLOAT and ok:
            self._err_at_offset(i, "hexadecimal mantissa requires a 'p' exponent")
            ok = False
        if i < n and src[i] == 0x69:  # i
            kind = LitKind.IMAG
            i += 1
        raw = src[start:i]
        if kind is LitKind.INT and invalid >= 0 and ok:
            self._err_at_offset(
                start + invalid, f"invalid digit {quote_rune(raw[invalid])} in {_BASE_NAME[base]} literal"
            )
            ok = False
        if digsep & 2 and ok:
            k = _invalid_sep(raw)
            if k >= 0:
                self._err_at_offset(start + k, "'_' must separate successive digits")
                ok = False
        self._set_lit(kind, raw, ok)
        return i

    def _escape(self, i: int, quote: int) -> tuple[int, bool]:
        """Validate the escape whose backslash is at i-1; returns (next offset, ok)."""
        src = self.src
        n = self.n
        if i >= n:
            return i, True  # caller complains about EOF
        c = src[i]
        if c == quote or c in (0x61, 0x62, 0x66, 0x6E, 0x72, 0x74, 0x76, 0x5C):
            return i + 1, True
        if 0x30 <= c <= 0x37:
            count, base, mx = 3, 8, 255
        elif c == 0x78:
            i += 1
            count, base, mx = 2, 16, 255
        elif c == 0x75:
            i += 1
            count, base, mx = 4, 16, 0x10FFFF
        elif c == 0x55:
            i += 1
            count, base, mx = 8, 16, 0x10FFFF
        else:
            self._err_at_offset(i, "unknown escape")
            return i, False
        x = 0
        for _ in range(count):
            if i >= n:
                return i, True
            c = src[i]
            d = _DIGITVAL[c]
            if d >= base:
                if c >= 0x80:
                    r, _sz = decode_rune(src, i)
                    c = r if r >= 0 else 0xFFFD
                self._err_at_offset(i, f"invalid character {quote_rune(c)} in {_BASE_NAME[base]} escape")
                return i, False
            x = x * base + d
            i += 1
        if x > mx and base == 8:
            self._err_at_offset(i, f"octal escape value {x} > 255")
            return i, False
        if x > mx or 0xD800 <= x < 0xE000:
            self._err_at_offset(i, "escape is invalid Unicode code point " + format_U(x))
            return i, False
        return i, True

    def _std_string(self, start: int) -> None:
        src = self.src
        n = self.n
        ok = True
        i = start + 1
        while True:
            if i >= n:
                self._err_at_offset(start, "string not terminated")
                ok = False
                break
            c = src[i]
            if c == 0x22:
                i += 1
                break
            if c == 0x5C:
                i, good = self._escape(i + 1, 0x22)
                if not good:
                    ok = False
                continue
            if c == 0x0A:
                self._err_at_offset(i, "newline in string")
                ok = False
                break
            i += 1
        self.i = i
        self._set_lit(LitKind.STRING, src[start:i], ok)

    def _raw_string(self, start: int) -> None:
        src = self.src
        j = src.find(b"`", start + 1)
        ok = True
        if j < 0:
            self._err_at_offset(start, "string not terminated")
            ok = False
            j = self.n
        else:
            j += 1
        nl = src.count(b"\n", start, j)
        if nl:
            self.cur_line += nl
            self.line_start = src.rfind(b"\n", start, j) + 1
        self.i = j
        self._set_lit(LitKind.STRING, src[start:j], ok)

    def _rune(self, start: int) -> None:
        src = self.src
        n = self.n
        ok = True
        i = start + 1
        count = 0
        while True:
            if i >= n:
                if ok:
                    self._err_at_offset(start, "rune literal not terminated")
                    ok = False
                break
            c = src[i]
            if c == 0x27:
                if ok:
                    if count == 0:
                        self._err_at_offset(i, "empty rune literal or unescaped '")
                        ok = False
                    elif count != 1:
                        self._err_at_offset(start, "more than one character in rune literal")
                        ok = False
                i += 1
                break
            if c == 0x5C:
                i, good = self._escape(i + 1, 0x27)
                if not good:
                    ok = False
                count += 1
                continue
            if c == 0x0A:
                if ok:
                    self._err_at_offset(i, "newline in rune literal")
                    ok = False
                break
            if c >= 0x80:
                _r, size = decode_rune(src, i)
                i += size
            else:
                i += 1
            count += 1
        self.i = i
        self._set_lit(LitKind.CHAR, src[start:i], ok)


def _invalid_sep(x: bytes) -> int:
    """Index of the first misplaced '_' in a number literal, or -1."""
    x1 = 0
    d = "."  # previous class: '_', '0' (digit) or '.' (other)
    i = 0
    if len(x) >= 2 and x[0] == 0x30:
        x1 = x[1] | 0x20
        if x1 in (0x78, 0x6F, 0x62):
            d = "0"
            i = 2
    while i < len(x):
        p = d
        c = x[i]
        if c == 0x5F:
            d = "_"
            if p != "0":
                return i
        elif 0x30 <= c <= 0x39 or (x1 == 0x78 and _DIGITVAL[c] < 16):
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(x) - 1
    return -1


# ---------------------------------------------------------------------------
# Literal values


def _decode_escape(b: bytes, i: int, out: bytearray) -> int:
    """Append the value of the escape whose backslash is at b[i]; return the next index.
    The literal is assumed valid (the scanner reported any problem)."""
    c = b[i + 1]
    simple = _SIMPLE_ESC.get(c)
    if simple is not None:
        out.append(simple)
        return i + 2
    if 0x30 <= c <= 0x37:
        v = int(b[i + 1:i + 4], 8)
        out.append(v & 0xFF)
        return i + 4
    if c == 0x78:
        out.append(int(b[i + 2:i + 4], 16))
        return i + 4
    if c == 0x75:
        v = int(b[i + 2:i + 6], 16)
        out += _rune_utf8(v)
        return i + 6
    if c == 0x55:
        v = int(b[i + 2:i + 10], 16)
        out += _rune_utf8(v)
        return i + 10
    out.append(c)
    return i + 2


_SIMPLE_ESC = {
    0x61: 7, 0x62: 8, 0x66: 12, 0x6E: 10, 0x72: 13, 0x74: 9, 0x76: 11,
    0x5C: 0x5C, 0x27: 0x27, 0x22: 0x22,
}


def _rune_utf8(v: int) -> bytes:
    if v > 0x10FFFF or 0xD800 <= v < 0xE000:
        v = 0xFFFD
    return chr(v).encode("utf-8")


def string_lit_bytes(raw: str) -> bytes:
    """The value of a Go string literal (raw source text with quotes) as the exact bytes
    of the Go string: ``\\xNN`` and octal escapes give single bytes, ``\\u`` escapes
    and ordinary characters give their UTF-8 encoding; CRs in raw strings are dropped."""
    b = raw.encode("utf-8")
    if b[:1] == b"`":
        body = b[1:-1] if len(b) >= 2 and b.endswith(b"`") else b[1:]
        return body.replace(b"\r", b"")
    body = b[1:-1] if len(b) >= 2 and b.endswith(b'"') else b[1:]
    if b"\\" not in body:
        return body
    out = bytearray()
    i = 0
    n = len(body)
    while i < n:
        j = body.find(b"\\", i)
        if j < 0:
            out += body[i:]
            break
        out += body[i:j]
        if j + 1 >= n:
            break
        i = _decode_escape(body, j, out)
    return bytes(out)


def unquote(raw: str) -> str:
    """The value of a string literal as a Python str (invalid UTF-8 bytes become U+FFFD);
    use string_lit_bytes for the exact bytes."""
    return string_lit_bytes(raw).decode("utf-8", "replace")


def rune_lit_value(raw: str) -> int:
    """The value (code point) of a Go rune literal given its raw text with quotes."""
    body = raw[1:-1] if len(raw) >= 2 and raw.endswith("'") else raw[1:]
    if not body:
        return 0
    if body[0] != "\\":
        return ord(body[0])
    c = body[1] if len(body) > 1 else "\\"
    if c in "01234567":
        return int(body[1:4], 8)
    if c == "x":
        return int(body[2:4], 16)
    if c == "u":
        return int(body[2:6], 16)
    if c == "U":
        return int(body[2:10], 16)
    v = _SIMPLE_ESC.get(ord(c))
    return v if v is not None else ord(c)


# ---------------------------------------------------------------------------
# Convenience: scan a whole file


def scan_all(src: bytes, errh: ErrorHandler | None = None) -> list[tuple[int, int, Tok, str]]:
    """All tokens of src as (line, col, token, text) tuples, ending with EOF. The text
    is the literal or name, the operator, or the semicolon's reason."""
    s = Scanner(src, errh)
    out: list[tuple[int, int, Tok, str]] = []
    while True:
        s.next()
        t = s.tok
        if t is Tok.NAME or t is Tok.LITERAL or t is Tok.SEMI:
            text = s.lit
        elif t is Tok.OPERATOR or t is Tok.STAR or t is Tok.INCOP:
            text = s.op
        elif t is Tok.ASSIGNOP:
            text = s.op + "="
        else:
            text = t.value
        out.append((s.line, s.col, t, text))
        if t is Tok.EOF:
            return out
