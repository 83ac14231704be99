"""Read just the head of a Go file: its build constraint, package name and imports.

The go command decides which files and packages take part in a build before compiling
anything, so it reads only up to the last import declaration. Syntax errors past that point
are the compiler's business; an error in the head itself is reported here in the go
command's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.compile.syntax.scanner import Scanner, unquote
from pogo.load.gohead import NulError, parse_head


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
    error: str = ""  # "line:col: message" when the head could not be read (go/parser's words)
    fatal: str = ""  # a reading error that stops the go command at once
    bad_import: str = ""  # "line:col: invalid import path: P", reported with the absolute file name




def read_header(src: bytes) -> Header:
    h = Header()
    s = Scanner(src, None)
    s.next()
    h.package_line = s.line
    for line, _col, text in s.directives:
        if line < s.line and text.startswith("go:build") and (len(text) == 8 or text[8] in " \t"):
            h.build_expr = text[8:].strip()
            break
    try:
        head = parse_head(src)
    except NulError:
        h.fatal = "unexpected NUL in input"
        return h
    h.package = head.package
    if head.error:
        h.error = head.error
        return h
    for imp in head.imports:
        try:
            path = unquote(imp.path_lit)
        except ValueError:
            path = ""
        if not _valid_import(path):
            h.bad_import = f"{imp.line}:{imp.col}: invalid import path: {path}"
            h.imports = []
            return h
        h.imports.append(Import(path, imp.line, imp.col))
    return h


def _valid_import(path: str) -> bool:
    """go/build's check of an import path's characters."""
    illegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`\ufffd"
    return path != "" and all(ch.isprintable() and not ch.isspace() and ch not in illegal for ch in path)
