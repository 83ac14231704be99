"""Scanner tests: tokens, automatic semicolons, literal forms, literal values, positions."""

from __future__ import annotations

import pytest

from pogo.compile.syntax.dump import dump_tokens
from pogo.compile.syntax.nodes import LitKind
from pogo.compile.syntax.scanner import Scanner, rune_lit_value, scan_all, string_lit_bytes, unquote
from pogo.compile.syntax.tokens import Tok


def toks(src: str) -> list[tuple[Tok, str]]:
    errs: list[str] = []
    out = [(t, s) for _, _, t, s in scan_all(src.encode(), lambda l, c, m: errs.append(m))]
    assert not errs, errs
    return out[:-1]  # drop EOF


def kinds(src: str) -> list[str]:
    return [s for _, s in toks(src)]


def errors(src: str) -> list[tuple[int, int, str]]:
    errs: list[tuple[int, int, str]] = []
    scan_all(src.encode(), lambda l, c, m: errs.append((l, c, m)))
    return errs


def test_operators() -> None:
    src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :"
    got = kinds(src)
    want = src.split()
    want[want.index(";")] = "semicolon"
    assert got == want


def test_operator_kinds() -> None:
    ts = toks("a += b; c++; *p; x &^ y; <-ch")
    assert ts[1] == (Tok.ASSIGNOP, "+=")
    assert ts[5] == (Tok.INCOP, "++")
    assert ts[7] == (Tok.STAR, "*")
    assert ts[11] == (Tok.OPERATOR, "&^")
    assert ts[14] == (Tok.ARROW, "<-")


def test_keywords() -> None:
    for kw in ["break", "case", "chan", "const", "continue", "default", "defer", "else",
               "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
               "package", "range", "return", "select", "struct", "switch", "type", "var"]:
        assert toks(kw)[0][0].value == kw
    assert toks("iota")[0][0] is Tok.NAME


@pytest.mark.parametrize("src,semi", [
    ("x\n", True), ("1\n", True), ("'a'\n", True), ('"s"\n', True), ("`r`\n", True),
    ("break\n", True), ("continue\n", True), ("fallthrough\n", True), ("return\n", True),
    ("x++\n", True), ("x--\n", True), (")\n", True), ("]\n", True), ("}\n", True),
    ("+\n", False), ("(\n", False), ("{\n", False), (",\n", False), ("if\n", False),
    ("func\n", False), ("x.\n", False),
])
def test_semicolon_insertion(src: str, semi: bool) -> None:
    ts = toks(src)
    assert (ts[-1] == (Tok.SEMI, "newline")) == semi


def test_semicolon_at_eof_and_comments() -> None:
    assert toks("x")[-1] == (Tok.SEMI, "EOF")
    assert toks("x // c\ny")[1] == (Tok.SEMI, "newline")
    assert toks("x /* a\nb */ y")[1] == (Tok.SEMI, "newline")
    assert toks("x /* a b */ y")[1] == (Tok.NAME, "y")
    assert toks("x; y")[1] == (Tok.SEMI, "semicolon")


def test_positions_are_byte_columns() -> None:
    out = scan_all("package p\nvar é, b = \"ü\", 1\n".encode())
    names = [(line, col, s) for line, col, t, s in out if t in (Tok.NAME, Tok.LITERAL)]
    assert names == [(1, 9, "p"), (2, 5, "é"), (2, 9, "b"), (2, 13, '"ü"'), (2, 19, "1")]


def test_multiline_positions() -> None:
    out = scan_all(b"a /* x\n y */ b\n`1\n2` c")
    pos = [(line, col, s) for line, col, t, s in out if t is not Tok.SEMI]
    assert pos[0] == (1, 1, "a")
    assert pos[1] == (2, 7, "b")
    assert pos[2] == (3, 1, "`1\n2`")
    assert pos[3] == (4, 4, "c")


@pytest.mark.parametrize("lit,kind", [
    ("0", LitKind.INT), ("42", LitKind.INT), ("0x1F", LitKind.INT), ("0X_1f", LitKind.INT),
    ("0o17", LitKind.INT), ("0O17", LitKind.INT), ("017", LitKind.INT), ("0b1011", LitKind.INT),
    ("1_000_000", LitKind.INT), ("0b_1", LitKind.INT),
    ("1.5", LitKind.FLOAT), ("1.", LitKind.FLOAT), (".5", LitKind.FLOAT), ("1e10", LitKind.FLOAT),
    ("1E-3", LitKind.FLOAT), ("0x1p-2", LitKind.FLOAT), ("0x1.8p3", LitKind.FLOAT),
    ("0X.8P0", LitKind.FLOAT), ("09.5", LitKind.FLOAT), ("1_0.2_5e1_0", LitKind.FLOAT),
    ("1i", LitKind.IMAG), ("1.5i", LitKind.IMAG), ("0x1p2i", LitKind.IMAG), ("0i", LitKind.IMAG),
    ("089i", LitKind.IMAG),
    ("'a'", LitKind.CHAR), ("'\\n'", LitKind.CHAR), ("'\\x41'", LitKind.CHAR), ("'\\u00e9'", LitKind.CHAR),
    ("'\\U0001F600'", LitKind.CHAR), ("'\\377'", LitKind.CHAR), ("'é'", LitKind.CHAR), ("'\\''", LitKind.CHAR),
    ('"abc"', LitKind.STRING), ('"a\\"b"', LitKind.STRING), ("`raw\\n`", LitKind.STRING),
])
def test_literals(lit: str, kind: LitKind) -> None:
    s = Scanner(lit.encode(), lambda l, c, m: pytest.fail(m))
    s.next()
    assert s.tok is Tok.LITERAL
    assert s.kind is kind
    assert s.lit == lit
    s.next()
    assert (s.tok, s.lit) == (Tok.SEMI, "EOF")


def test_string_values() -> None:
    assert string_lit_bytes('"abc"') == b"abc"
    assert string_lit_bytes('"\\a\\b\\f\\n\\r\\t\\v\\\\\\""') == b"\a\b\f\n\r\t\v\\\""
    assert string_lit_bytes('"\\xff\\x00"') == b"\xff\x00"
    assert string_lit_bytes('"\\377\\000"') == b"\xff\x00"
    assert string_lit_bytes('"\\u00e9"') == "é".encode()
    assert string_lit_bytes('"\\U0001F600"') == "😀".encode()
    assert string_lit_bytes('"héllo"') == "héllo".encode()
    assert string_lit_bytes("`a\\n\r\nb`") == b"a\\n\nb"
    assert string_lit_bytes('"\'"') == b"'"
    assert unquote('"\\u00e9x"') == "éx"


def test_rune_values() -> None:
    assert rune_lit_value("'a'") == 97
    assert rune_lit_value("'é'") == 0xE9
    assert rune_lit_value("'\\n'") == 10
    assert rune_lit_value("'\\''") == 39
    assert rune_lit_value("'\\\\'") == 92
    assert rune_lit_value("'\\x41'") == 65
    assert rune_lit_value("'\\101'") == 65
    assert rune_lit_value("'\\u12e4'") == 0x12E4
    assert rune_lit_value("'\\U00101234'") == 0x101234


def test_unicode_identifiers() -> None:
    assert toks("αβ x_1 ünïcode _ 日本語")[:5] == [
        (Tok.NAME, "αβ"), (Tok.NAME, "x_1"), (Tok.NAME, "ünïcode"), (Tok.NAME, "_"), (Tok.NAME, "日本語")]


@pytest.mark.parametrize("src,err", [
    ("x := 0x", (1, 8, "hexadecimal literal has no digits")),
    ("0b2", (1, 3, "invalid digit '2' in binary literal")),
    ("08", (1, 2, "invalid digit '8' in octal literal")),
    ("1__0", (1, 3, "'_' must separate successive digits")),
    ("1_", (1, 2, "'_' must separate successive digits")),
    ("0x1.0", (1, 6, "hexadecimal mantissa requires a 'p' exponent")),
    ("0x1p+", (1, 6, "exponent has no digits")),
    ("0b1e3", (1, 4, "'e' exponent requires decimal mantissa")),
    ("1p3", (1, 2, "'p' exponent requires hexadecimal mantissa")),
    ("0o1.2", (1, 4, "invalid radix point in octal literal")),
    ('"abc', (1, 1, "string not terminated")),
    ('"ab\n', (1, 4, "newline in string")),
    ("`abc", (1, 1, "string not terminated")),
    ("''", (1, 2, "empty rune literal or unescaped '")),
    ("'ab'", (1, 1, "more than one character in rune literal")),
    ("'a", (1, 1, "rune literal not terminated")),
    ('"\\q"', (1, 3, "unknown escape")),
    ('"\\400"', (1, 6, "octal escape value 256 > 255")),
    ('"\\xg0"', (1, 4, "invalid character 'g' in hexadecimal escape")),
    ('"\\U00110000"', (1, 12, "escape is invalid Unicode code point U+110000")),
    ("/* x", (1, 1, "comment not terminated")),
    ("a @", (1, 3, "invalid character U+0040 '@'")),
    ("a $", (1, 3, "invalid character U+0024 '$'")),
    ("x\x00", (1, 2, "invalid NUL character")),
])
def test_lexical_errors(src: str, err: tuple[int, int, str]) -> None:
    assert errors(src)[0] == err


def test_invalid_utf8() -> None:
    got: list[tuple[int, int, str]] = []
    scan_all(b'x := "\xff"', lambda l, c, m: got.append((l, c, m)))
    assert got == [(1, 7, "invalid UTF-8 encoding")]


def test_directives_collected() -> None:
    s = Scanner(b"//go:noinline\n//go:linkname a b.c\n// not\n  x //go:nosplit\nfunc")
    s.next()
    assert s.take_pragmas() == ["go:noinline", "go:linkname a b.c"]
    while s.tok is not Tok.EOF:
        s.next()
    assert s.take_pragmas() == []


def test_dump_tokens() -> None:
    out = dump_tokens(b"package p\nvar x = 1\n")
    assert out.splitlines()[:4] == ["1:1      package", "1:9      name     p", "1:10     ; (newline)", "2:1      var"]
