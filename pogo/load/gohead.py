"""How the go command reads a file's head, and the error it reports for a bad one.

go first reads the package clause and the imports with a byte-level reader (go/build's
import reader) that stops before the first other declaration, or reads the whole file after
anything it does not understand; then it parses that text with go/parser in imports-only
mode. The first error of that parse, by position, is what ``go build`` prints, in go/scanner
and go/parser's own words (``expected 'IDENT', found 'func'``, ``string literal not
terminated``), not the compiler's. This module reproduces both steps.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

_KEYWORDS = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return",
    "select", "struct", "switch", "type", "var",
}
_LITERALS = {"IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING"}
_SEMI_AFTER = {"IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "break", "continue", "fallthrough", "return",
               ")", "]", "}", "++", "--"}
_OPERATORS = sorted([
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "<", ">", "=", "!", "~", "!=", "<=", ">=", ":=",
    "...", "(", "[", "{", ",", ".", ")", "]", "}", ";", ":",
], key=len, reverse=True)
_STMT_START = {"break", "const", "continue", "defer", "fallthrough", "for", "go", "goto", "if", "return",
               "select", "switch", "type", "var"}
_EXPR_END = {",", ":", ";", ")", "]", "}"}


class NulError(Exception):
    """The head holds a NUL byte (go: ``unexpected NUL in input``)."""


# ---------------------------------------------------------------------------
# go/build's import reader


class _Reader:
    """Byte by byte, as go/build reads: comments and white space skipped, no tokens."""

    def __init__(self, src: bytes) -> None:
        self.src = src
        self.i = 0
        self.peek = 0
        self.syntax = False
        self.nul = False
        self.eof = False

    def failed(self) -> bool:
        return self.syntax or self.nul

    def read_byte(self) -> int:
        if self.i < len(self.src):
            c = self.src[self.i]
            self.i += 1
            if c == 0 and not self.failed():
                self.nul = True
            return c
        self.eof = True
        return 0

    def peek_byte(self, skip_space: bool) -> int:
        if self.failed():
            return 0
        c = self.peek or self.read_byte()
        while not self.failed() and not self.eof:
            if skip_space and c in b" \f\t\r\n;":
                c = self.read_byte()
                continue
            if skip_space and c == 0x2F:  # /
                c = self.read_byte()
                if c == 0x2F:
                    while c != 0x0A and not self.failed() and not self.eof:
                        c = self.read_byte()
                elif c == 0x2A:
                    c1 = 0
                    while (c != 0x2A or c1 != 0x2F) and not self.failed():
                        if self.eof:
                            self.syntax = True
                        c, c1 = c1, self.read_byte()
                else:
                    self.syntax = True
                c = self.read_byte()
                continue
            break
        self.peek = c
        return c

    def next_byte(self, skip_space: bool) -> int:
        c = self.peek_byte(skip_space)
        self.peek = 0
        return c

    def keyword(self, kw: bytes) -> None:
        self.peek_byte(True)
        for ch in kw:
            if self.next_byte(False) != ch:
                self.syntax = True
                return
        if _is_ident_byte(self.peek_byte(False)):
            self.syntax = True

    def ident(self) -> None:
        if not _is_ident_byte(self.peek_byte(True)):
            self.syntax = True
            return
        while _is_ident_byte(self.peek_byte(False)):
            self.peek = 0

    def string(self) -> None:
        c = self.next_byte(True)
        if c == 0x60:  # `
            while not self.failed():
                if self.next_byte(False) == 0x60:
                    break
                if self.eof:
                    self.syntax = True
        elif c == 0x22:  # "
            while not self.failed():
                c = self.next_byte(False)
                if c == 0x22:
                    break
                if self.eof or c == 0x0A:
                    self.syntax = True
                if c == 0x5C:
                    self.next_byte(False)
        else:
            self.syntax = True

    def import_spec(self) -> None:
        c = self.peek_byte(True)
        if c == 0x2E:
            self.peek = 0
        elif _is_ident_byte(c):
            self.ident()
        self.string()


def _is_ident_byte(c: int) -> bool:
    return 0x61 <= c <= 0x7A or 0x41 <= c <= 0x5A or 0x30 <= c <= 0x39 or c == 0x5F or c >= 0x80


def head_text(src: bytes) -> bytes:
    """The text go/parser gets: up to the end of the imports, or the whole file if the
    reader could not follow it."""
    r = _Reader(src)
    r.keyword(b"package")
    r.ident()
    while r.peek_byte(True) == 0x69:  # i
        r.keyword(b"import")
        if r.peek_byte(True) == 0x28:  # (
            r.next_byte(False)
            while r.peek_byte(True) != 0x29 and not r.failed():
                r.import_spec()
            r.next_byte(False)
        else:
            r.import_spec()
    if r.nul:
        raise NulError
    if r.syntax:
        return src
    return src[:r.i - 1] if not r.eof else src[:r.i]


# ---------------------------------------------------------------------------
# go/scanner


@dataclass
class _Tok:
    line: int
    col: int
    kind: str  # IDENT, STRING, ..., a keyword or an operator, ";" , EOF, ILLEGAL
    lit: str


@dataclass
class _Scanner:
    src: bytes
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    i: int = 0
    line: int = 1
    line_start: int = 0
    semi: bool = False

    def pos(self, off: int) -> tuple[int, int]:
        """Line and column of an offset as go/token computes them: a line starting at the
        very end of the file (after a final newline) does not exist."""
        end = off if off < len(self.src) else max(len(self.src) - 1, 0)
        line = self.src.count(b"\n", 0, end) + 1
        start = self.src.rfind(b"\n", 0, end) + 1
        return line, off - start + 1

    def error(self, off: int, msg: str) -> None:
        line, col = self.pos(off)
        self.errors.append((line, col, msg))

    def _rune(self, i: int) -> tuple[int, int]:
        """The character at offset i and its size (-1: invalid encoding), reported as go does."""
        c = self.src[i]
        if c == 0:
            self.error(i, "illegal character NUL")
            return 0, 1
        if c < 0x80:
            return c, 1
        for size in (2, 3, 4):
            try:
                r = ord(self.src[i:i + size].decode("utf-8"))
            except (UnicodeDecodeError, TypeError):
                continue
            if r == 0xFEFF and i > 0:
                self.error(i, "illegal byte order mark")
            return r, size
        self.error(i, "illegal UTF-8 encoding")
        return 0xFFFD, 1

    def scan(self) -> _Tok:
        src, n = self.src, len(self.src)
        while True:
            while self.i < n and (src[self.i] in b" \t\r" or src[self.i] == 0x0A and not self.semi):
                if src[self.i] == 0x0A:
                    self.line += 1
                    self.line_start = self.i + 1
                self.i += 1
            start = self.i
            line, col = self.line, start - self.line_start + 1
            if start >= n:
                line, col = self.pos(n)
                if self.semi:
                    self.semi = False
                    return _Tok(line, col, ";", "\n")
                return _Tok(line, col, "EOF", "")
            c = src[start]
            if c == 0x0A:
                self.semi = False
                self.i += 1
                self.line += 1
                self.line_start = self.i
                return _Tok(line, col, ";", "\n")
            if c == 0x2F and start + 1 < n and src[start + 1] in b"/*":
                self._comment(start)
                if self.semi and self.line != line:  # a /*...*/ comment spanning lines ends the line
                    self.semi = False
                    nl = src.index(b"\n", start)
                    return _Tok(line, col + nl - start, ";", "\n")
                continue
            tok = self._token(start, line, col)
            self.semi = tok.kind in _SEMI_AFTER
            return tok

    def _advance_to(self, j: int) -> None:
        """Move to offset j, counting the lines passed."""
        nl = self.src.count(b"\n", self.i, j)
        if nl:
            self.line += nl
            self.line_start = self.src.rfind(b"\n", self.i, j) + 1
        self.i = j

    def _comment(self, start: int) -> None:
        src = self.src
        if src[start + 1] == 0x2F:
            j = src.find(b"\n", start)
            self._check_chars(start, len(src) if j < 0 else j)
            self._advance_to(len(src) if j < 0 else j)
            return
        j = src.find(b"*/", start + 2)
        if j < 0:
            self._check_chars(start, len(src))
            self.error(start, "comment not terminated")
            self._advance_to(len(src))
            return
        self._check_chars(start, j)
        self._advance_to(j + 2)

    def _check_chars(self, i: int, j: int) -> None:
        """Report bad characters (NUL, invalid UTF-8, BOM) in src[i:j], as go's reader does."""
        while i < j:
            _, size = self._rune(i)
            i += size

    def _token(self, start: int, line: int, col: int) -> _Tok:
        src, n = self.src, len(self.src)
        c, size = self._rune(start)
        if c == 0x5F or (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A) or (c >= 0x80 and chr(c).isalpha()):
            j = start + size
            while j < n:
                d, sz = self._rune(j)
                ch = chr(d)
                if d == 0x5F or (ch.isalnum() if d < 0x80 else ch.isalpha() or unicodedata.category(ch) == "Nd"):
                    j += sz
                else:
                    break
            self.i = j
            lit = src[start:j].decode("utf-8", "replace")
            return _Tok(line, col, lit if lit in _KEYWORDS else "IDENT", lit)
        if 0x30 <= c <= 0x39 or c == 0x2E and start + 1 < n and 0x30 <= src[start + 1] <= 0x39:
            return self._number(start, line, col)
        if c == 0x22:
            return self._string(start, line, col)
        if c == 0x60:
            j = src.find(b"`", start + 1)
            if j < 0:
                self._check_chars(start + 1, n)
                self.error(start, "raw string literal not terminated")
                j = n - 1
            else:
                self._check_chars(start + 1, j)
            self._advance_to(j + 1)
            return _Tok(line, col, "STRING", src[start:j + 1].decode("utf-8", "replace"))
        if c == 0x27:
            return self._char(start, line, col)
        text = src[start:start + 3].decode("latin-1")
        for op in _OPERATORS:
            if text.startswith(op):
                self.i = start + len(op)
                return _Tok(line, col, op, op if op == ";" else "")
        self.i = start + size
        if c != 0xFEFF:
            if c in (0x201C, 0x201D):
                self.error(start, f"curly quotation mark {_go_quote(c)} (use neutral '\"')")
            else:
                self.error(start, f"illegal character {_sharp_u(c)}")
        return _Tok(line, col, "ILLEGAL", chr(c))

    def _escape(self, i: int, quote: int) -> tuple[int, bool]:
        """An escape after the backslash at i-1; returns the offset after it."""
        src, n = self.src, len(self.src)
        c = src[i] if i < n else -1
        if c in b"abfnrtv\\" or c == quote:
            return i + 1, True
        if 0x30 <= c <= 0x37:
            count, base, limit, j = 3, 8, 255, i
        elif c in b"xuU":
            count, base, limit = {0x78: (2, 16, 255), 0x75: (4, 16, 0x10FFFF), 0x55: (8, 16, 0x10FFFF)}[c]
            j = i + 1
        else:
            self.error(i, "escape sequence not terminated" if c < 0 else "unknown escape sequence")
            return i, False
        x = 0
        for _ in range(count):
            d = src[j] if j < n else -1
            v = int(chr(d), 16) if d >= 0 and chr(d) in "0123456789abcdefABCDEF" else 16
            if v >= base:
                if d < 0:
                    self.error(j, "escape sequence not terminated")
                else:
                    r, _ = self._rune(j)
                    self.error(j, f"illegal character {_sharp_u(r)} in escape sequence")
                return j, False
            x = x * base + v
            j += 1
        if x > limit or 0xD800 <= x < 0xE000:
            self.error(i - 1, "escape sequence is invalid Unicode code point")
            return j, False
        return j, True

    def _string(self, start: int, line: int, col: int) -> _Tok:
        src, n = self.src, len(self.src)
        i = start + 1
        while True:
            if i >= n or src[i] == 0x0A:
                self.error(start, "string literal not terminated")
                break
            c, size = self._rune(i)
            i += size
            if c == 0x22:
                break
            if c == 0x5C:
                i, _ = self._escape(i, 0x22)
        self.i = i
        return _Tok(line, col, "STRING", src[start:i].decode("utf-8", "replace"))

    def _char(self, start: int, line: int, col: int) -> _Tok:
        src, n = self.src, len(self.src)
        i = start + 1
        valid, count = True, 0
        while True:
            if i >= n or src[i] == 0x0A:
                if valid:
                    self.error(start, "rune literal not terminated")
                    valid = False
                break
            c, size = self._rune(i)
            i += size
            if c == 0x27:
                break
            count += 1
            if c == 0x5C:
                i, ok = self._escape(i, 0x27)
                valid = valid and ok
        if valid and count != 1:
            self.error(start, "illegal rune literal")
        self.i = i
        return _Tok(line, col, "CHAR", src[start:i].decode("utf-8", "replace"))

    def _number(self, start: int, line: int, col: int) -> _Tok:
        src, n = self.src, len(self.src)
        i = start
        kind = "INT"
        base, prefix = 10, ""
        digsep = 0
        invalid = -1

        def digits(i: int, base: int) -> tuple[int, int]:
            nonlocal invalid
            ds = 0
            while i < n:
                ch = chr(src[i])
                if ch == "_":
                    ds |= 2
                elif base <= 10 and ch.isdigit() and ch.isascii():
                    ds |= 1
                    if int(ch) >= base and invalid < 0:
                        invalid = i
                elif base == 16 and ch in "0123456789abcdefABCDEF":
                    ds |= 1
                else:
                    break
                i += 1
            return i, ds

        if src[i] != 0x2E:
            if src[i] == 0x30:
                i += 1
                p = chr(src[i]).lower() if i < n else ""
                if p in ("x", "o", "b"):
                    i += 1
                    base, prefix = {"x": 16, "o": 8, "b": 2}[p], p
                else:
                    base, prefix, digsep = 8, "0", 1
            i, ds = digits(i, base)
            digsep |= ds
        if i < n and src[i] == 0x2E:
            kind = "FLOAT"
            if prefix in ("o", "b"):
                self.error(i, "invalid radix point in " + _litname(prefix))
            i, ds = digits(i + 1, base)
            digsep |= ds
        if digsep & 1 == 0:
            self.error(i, _litname(prefix) + " has no digits")
        e = chr(src[i]).lower() if i < n else ""
        if e in ("e", "p"):
            if e == "e" and prefix not in ("", "0"):
                self.error(i, f"'{chr(src[i])}' exponent requires decimal mantissa")
            elif e == "p" and prefix != "x":
                self.error(i, f"'{chr(src[i])}' exponent requires hexadecimal mantissa")
            i += 1
            kind = "FLOAT"
            if i < n and src[i] in b"+-":
                i += 1
            saved = invalid
            i, ds = digits(i, 10)
            invalid = saved
            digsep |= ds
            if ds & 1 == 0:
                self.error(i, "exponent has no digits")
        elif prefix == "x" and kind == "FLOAT":
            self.error(i, "hexadecimal mantissa requires a 'p' exponent")
        if i < n and src[i] == 0x69:
            kind = "IMAG"
            i += 1
        lit = src[start:i].decode("latin-1")
        if kind == "INT" and invalid >= 0:
            self.error(invalid, f"invalid digit '{chr(src[invalid])}' in {_litname(prefix)}")
        self.i = i
        return _Tok(line, col, kind, lit)


def _litname(prefix: str) -> str:
    return {"x": "hexadecimal literal", "o": "octal literal", "0": "octal literal",
            "b": "binary literal"}.get(prefix, "decimal literal")


def _sharp_u(r: int) -> str:
    """Go's %#U: U+0040 '@' (the character only when printable)."""
    ch = chr(r)
    return f"U+{r:04X} '{ch}'" if ch.isprintable() and r != 0xFFFD else f"U+{r:04X}"


def _go_quote(r: int) -> str:
    """Go's %q of a rune."""
    if r == 0x27:
        return "'\\''"
    if r == 0x5C:
        return "'\\\\'"
    ch = chr(r)
    if ch.isprintable() and r != 0xFFFD:
        return f"'{ch}'"
    if r < 0x10000:
        return f"'\\u{r:04x}'"
    return f"'\\U{r:08x}'"


# ---------------------------------------------------------------------------
# go/parser, imports only


@dataclass
class HeadImport:
    path_lit: str  # as written, quotes included ("" when missing)
    line: int
    col: int


class _Bailout(Exception):
    pass


class _Parser:
    def __init__(self, src: bytes) -> None:
        self.sc = _Scanner(src)
        self.errors = self.sc.errors
        self.tok = _Tok(1, 1, "EOF", "")
        self.sync = (0, 0)
        self.sync_count = 0
        self.imports: list[HeadImport] = []
        self.name = ""
        self.next()

    def next(self) -> None:
        self.tok = self.sc.scan()

    def error(self, line: int, col: int, msg: str) -> None:
        if self.errors and self.errors[-1][0] == line:
            return
        if len(self.errors) > 10:
            raise _Bailout
        self.errors.append((line, col, msg))

    def error_expected(self, what: str) -> None:
        t = self.tok
        msg = "expected " + what
        if t.kind == ";" and t.lit == "\n":
            msg += ", found newline"
        elif t.kind in _LITERALS:
            msg += ", found " + t.lit
        else:
            msg += f", found '{t.kind}'"
        self.error(t.line, t.col, msg)

    def expect(self, kind: str) -> None:
        if self.tok.kind != kind:
            self.error_expected(f"'{kind}'")
        self.next()

    def expect_semi(self) -> None:
        k = self.tok.kind
        if k in (")", "}"):
            return
        if k == ",":
            self.error_expected("';'")
            self.next()
            return
        if k == ";":
            self.next()
            return
        self.error_expected("';'")
        self.advance(_STMT_START)

    def advance(self, to: set[str]) -> None:
        while self.tok.kind != "EOF":
            if self.tok.kind in to:
                pos = (self.tok.line, self.tok.col)
                if pos == self.sync and self.sync_count < 10:
                    self.sync_count += 1
                    return
                if pos > self.sync:
                    self.sync = pos
                    self.sync_count = 0
                    return
            self.next()

    def parse(self) -> None:
        if self.errors:
            return
        self.expect("package")
        if self.tok.kind == "IDENT":
            self.name = self.tok.lit
            self.next()
        else:
            self.expect("IDENT")
        self.expect_semi()
        if self.errors:
            return
        while self.tok.kind == "import":
            self.next()
            if self.tok.kind == "(":
                self.next()
                while self.tok.kind not in (")", "EOF"):
                    self.import_spec()
                self.expect(")")
                self.expect_semi()
            else:
                self.import_spec()

    def import_spec(self) -> None:
        if self.tok.kind in ("IDENT", "."):
            self.next()
        t = self.tok
        if t.kind == "STRING":
            self.imports.append(HeadImport(t.lit, t.line, t.col))
            self.next()
        elif t.kind in _LITERALS:
            self.error(t.line, t.col, "import path must be a string")
            self.next()
        else:
            self.error(t.line, t.col, "missing import path")
            self.advance(_EXPR_END)
        self.expect_semi()


@dataclass
class Head:
    package: str
    imports: list[HeadImport]
    error: str  # "line:col: message", the first by position; "" when the head is fine


def parse_head(src: bytes) -> Head:
    """The package name, the imports and the first error of go's reading of a file's head.
    Raises NulError for a NUL byte in the head."""
    if src.startswith(b"\xef\xbb\xbf"):
        src = src[3:]
    p = _Parser(head_text(src))
    try:
        p.parse()
    except _Bailout:
        pass
    if p.errors:
        line, col, msg = min(p.errors)
        return Head(p.name, p.imports, f"{line}:{col}: {msg}")
    return Head(p.name, p.imports, "")
