"""A small subset of Go's text/template for ``pogo list -f``: ``{{.Field.Sub}}``,
``{{join .List "sep"}}``, ``{{len .X}}``, ``{{printf "%s" .X}}``, ``{{if X}}...{{else}}...{{end}}``,
``{{range .List}}...{{.}}...{{end}}``, ``{{"literal"}}``; values print as Go's %v would."""

from __future__ import annotations

import re
from typing import Any

_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)


class TemplateError(Exception):
    pass


def _parse(src: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _ACTION.finditer(src):
        if m.start() > pos:
            out.append(("text", src[pos : m.start()]))
        out.append(("action", m.group(1)))
        pos = m.end()
    if pos < len(src):
        out.append(("text", src[pos:]))
    return out


def _str(v: Any) -> str:
    if v is None:
        return "<nil>"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return "[" + " ".join(_str(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + " ".join(_str(x) for x in v.values()) + "}"
    return str(v)


_ARG = re.compile(r'\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\S+)')


def _args(text: str) -> list[str]:
    return [m.group(1) for m in _ARG.finditer(text)]


def _value(tok: str, dot: Any) -> Any:
    if tok.startswith('"'):
        return bytes(tok[1:-1], "utf-8").decode("unicode_escape")
    if tok.startswith("`"):
        return tok[1:-1]
    if tok == ".":
        return dot
    if tok.startswith("."):
        v = dot
        for part in tok[1:].split("."):
            if isinstance(v, dict):
                v = v.get(part, _zero(part))
            else:
                raise TemplateError(f"can't evaluate field {part}")
        return v
    if tok.isdigit():
        return int(tok)
    raise TemplateError(f'function "{tok}" not defined')


_LISTS = {"GoFiles", "Imports", "Deps", "Match", "IgnoredGoFiles", "CgoFiles", "TestGoFiles", "XTestGoFiles"}


def _zero(field: str) -> Any:
    return [] if field in _LISTS else ""


def _eval(expr: str, dot: Any) -> Any:
    toks = _args(expr)
    if not toks:
        return ""
    f = toks[0]
    if f == "join":
        items = _value(toks[1], dot) or []
        return _value(toks[2], dot).join(_str(x) for x in items)
    if f == "len":
        return len(_value(toks[1], dot) or [])
    if f == "printf":
        fmt = _value(toks[1], dot)
        vals = [_str(_value(t, dot)) for t in toks[2:]]
        return re.sub(r"%[vsdq]", lambda m: vals.pop(0) if vals else "%!v(MISSING)", fmt)
    if f == "not":
        return not _truth(_value(toks[1], dot))
    return _value(f, dot)


def _truth(v: Any) -> bool:
    return bool(v)


def render(src: str, dot: Any) -> str:
    items = _parse(src)
    out, _ = _run(items, 0, dot)
    return out


def _run(items: list[tuple[str, str]], i: int, dot: Any, stop: tuple[str, ...] = ()) -> tuple[str, int]:
    out: list[str] = []
    while i < len(items):
        kind, text = items[i]
        if kind == "text":
            out.append(text)
            i += 1
            continue
        word = text.split(" ", 1)[0]
        if word in stop:
            return "".join(out), i
        if word == "if":
            cond = _truth(_eval(text[2:], dot))
            body, i = _run(items, i + 1, dot, ("else", "end"))
            other = ""
            if items[i][1] == "else":
                other, i = _run(items, i + 1, dot, ("end",))
            out.append(body if cond else other)
            i += 1
        elif word == "range":
            seq = _eval(text[5:], dot) or []
            start = i + 1
            end = start
            for v in seq:
                body, end = _run(items, start, v, ("end",))
                out.append(body)
            if not seq:
                _, end = _run(items, start, dot, ("end",))
            i = end + 1
        else:
            out.append(_str(_eval(text, dot)))
            i += 1
    if stop:
        raise TemplateError("unexpected EOF")
    return "".join(out), i
