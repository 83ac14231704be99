"""Readable text dumps of the scanner's tokens and of the parser's syntax tree.

``dump_tokens`` prints one token per line (``line:col  kind  text``); ``dump_tree``
prints the tree indented, one node per line with its position, then its fields.
"""

from __future__ import annotations

import dataclasses
from enum import Enum

from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.scanner import ErrorHandler, scan_all
from pogo.compile.syntax.tokens import Tok


def dump_tokens(src: bytes, errh: ErrorHandler | None = None) -> str:
    out: list[str] = []
    for line, col, tok, text in scan_all(src, errh):
        if tok is Tok.SEMI and text != "semicolon":
            shown = f"; ({text})"
        elif tok is Tok.NAME or tok is Tok.LITERAL:
            shown = f"{tok.value:8} {text}"
        else:
            shown = text
        out.append(f"{line}:{col}".ljust(9) + shown)
    return "\n".join(out) + "\n"


def dump_tree(node: n.Node) -> str:
    out: list[str] = []
    _dump(node, "", "", out)
    return "\n".join(out) + "\n"


def _leaf(v: object) -> str | None:
    """A one-line rendering of simple values (None if v needs its own lines)."""
    if v is None:
        return "nil"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, str)):
        return repr(v) if isinstance(v, str) else str(v)
    if isinstance(v, Enum):
        return v.name
    if isinstance(v, n.Pos):
        return str(v)
    if isinstance(v, n.Name):
        return f"Name {v.value} @{v.pos}"
    if isinstance(v, n.BasicLit):
        return f"BasicLit {v.kind.name} {v.value} @{v.pos}"
    if isinstance(v, list) and not v:
        return "[]"
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return repr(v)
    return None


def _dump(v: object, prefix: str, indent: str, out: list[str]) -> None:
    leaf = _leaf(v)
    if leaf is not None:
        out.append(indent + prefix + leaf)
        return
    if isinstance(v, list):
        out.append(indent + prefix + f"[{len(v)}]")
        for i, x in enumerate(v):
            _dump(x, f"{i}: ", indent + ". ", out)
        return
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        pos = getattr(v, "pos", None)
        head = type(v).__name__
        if isinstance(pos, n.Pos):
            head += f" @{pos}"
        if isinstance(v, n.File):
            head += f" {v.filename}"
        out.append(indent + prefix + head)
        for f in dataclasses.fields(v):
            if f.name in ("pos", "filename"):
                continue
            _dump(getattr(v, f.name), f.name + ": ", indent + ". ", out)
        return
    out.append(indent + prefix + repr(v))
