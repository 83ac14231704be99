"""Read just the head of a Go file: its build constraint, package name and imports.

The go command decides which files and packages take part in a build before compiling
anything, so it reads only up to the last import declaration. Syntax errors past that point
are the compiler's business; an error in the head itself is reported here in the go
command's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.compile.syntax.scanner import Scanner, unquote
from pogo.compile.syntax.tokens import Tok


@dataclass
class Import:
    path: str
    line: int
    col: int


@dataclass
class Header:
    package: str = ""
    package_line: int = 0
    imports: list[Import] = field(default_factory=list)
    build_expr: str | None = None  # text after "//go:build", if the file has one
    error: str = ""  # "line:col: message" when the head could not be read




def _found(s: Scanner) -> str:
    if s.tok == Tok.NAME:
        return s.lit
    if s.tok == Tok.LITERAL:
        return s.lit
    if s.tok == Tok.SEMI and s.lit in ("newline", "EOF"):
        return s.lit if s.lit == "EOF" else "newline"
    if s.tok == Tok.EOF:
        return "EOF"
    if s.tok == Tok.OPERATOR:
        return s.op
    return s.tok.value if isinstance(s.tok.value, str) else s.tok.name.lower()


def read_header(src: bytes) -> Header:
    h = Header()
    errors: list[str] = []

    def errh(line: int, col: int, msg: str) -> None:
        errors.append(f"{line}:{col}: {msg}")

    s = Scanner(src, errh)
    s.next()
    if _tok(s) != Tok.PACKAGE:
        h.error = f"{s.line}:{s.col}: expected 'package', found {_quote_found(s)}"
        return h
    h.package_line = s.line
    for line, _col, text in s.directives:
        if line < s.line and text.startswith("go:build") and (len(text) == 8 or text[8] in " \t"):
            h.build_expr = text[8:].strip()
            break
    s.next()
    if _tok(s) != Tok.NAME:
        h.error = f"{s.line}:{s.col}: expected package name, found {_quote_found(s)}"
        return h
    h.package = s.lit
    s.next()
    if _tok(s) == Tok.SEMI:
        s.next()
    while _tok(s) == Tok.IMPORT:
        s.next()
        if _tok(s) == Tok.LPAREN:
            s.next()
            while _tok(s) not in (Tok.RPAREN, Tok.EOF):
                if not _import_spec(s, h):
                    return h
                if _tok(s) == Tok.SEMI:
                    s.next()
            s.next()
        elif not _import_spec(s, h):
            return h
        if _tok(s) == Tok.SEMI:
            s.next()
    # Scanner errors (bad encodings, bad literals) are the compiler's to report, as with go,
    # whose import reader does not validate what it skips.
    return h


def _import_spec(s: Scanner, h: Header) -> bool:
    if s.tok in (Tok.NAME, Tok.DOT):  # a name, _ or . before the path
        s.next()
    if _tok(s) != Tok.LITERAL:
        return False  # the compiler will report the syntax error
    line, col = s.line, s.col
    try:
        path = unquote(s.lit)
    except ValueError:
        return False
    h.imports.append(Import(path, line, col))
    s.next()
    return True


def _quote_found(s: Scanner) -> str:
    """go/parser's wording: names and literals as written, newline bare, other tokens quoted."""
    if _tok(s) == Tok.SEMI and s.lit == "newline":
        return "newline"
    if _tok(s) in (Tok.NAME, Tok.LITERAL):
        return s.lit
    return f"'{_found(s)}'"


def _tok(s: Scanner) -> Tok:
    """The current token, read through a call so the type checker does not narrow it."""
    return s.tok
