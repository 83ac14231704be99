"""Turning the standard library's ``Example`` functions into main programs.

The method: the example files of the standard library are gofmt'd, so every top-level
declaration starts at column 0 with ``func``, ``type``, ``var``, ``const`` or ``import``
(a small lexer skips raw strings, strings and comments so that a line inside a multi-line
literal is never mistaken for one). For one example of an external test package
(``package strings_test``) the program is the whole file with

* ``package main`` instead of the test package clause,
* every other ``Example*`` function and every ``Test*``/``Benchmark*``/``Fuzz*`` function
  removed, and of the helpers (types, variables, constants, functions) only those the
  example reaches by name, transitively, kept — with the methods of kept types, ``init``
  functions, and any declaration whose names cannot be told (so a helper that needs a
  package pogo lacks does not fail an example that never uses it),
* imports that the remaining code does not use removed (unused imports are errors in Go),
* ``func main() { ExampleX() }`` appended.

The expected output is the example's last comment, starting ``// Output:`` or
``// Unordered output:`` (case-insensitive, as go/doc reads it); like ``go test``, the
comparison trims surrounding white space, and for unordered output compares the sorted lines.
Examples without an output comment are not run (``go test`` only compiles them); examples in
an internal test package (``package strings``) use unexported names and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DECL_START = re.compile(r"^(func|type|var|const|import)\b")
_FUNC_NAME = re.compile(r"^func\s+(\w+)\s*\(")
_OUTPUT = re.compile(r"^\s*(unordered\s+)?output:", re.I)


@dataclass
class Decl:
    kind: str  # func, type, var, const, import
    name: str  # function name, else ""
    text: str  # the declaration with any comment lines that precede it


@dataclass
class Example:
    name: str  # e.g. "ExampleContains"
    output: str | None  # expected output (trimmed), None when there is no output comment
    unordered: bool = False


@dataclass
class ExampleFile:
    package: str
    header: str  # everything before the package clause (copyright, build constraints)
    decls: list[Decl] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


def _code_lines(src: str) -> list[bool]:
    """For each line: does it start at column 0 outside any string or comment?"""
    starts: list[bool] = []
    in_raw = in_block = False
    for line in src.split("\n"):
        starts.append(not in_raw and not in_block)
        i, n = 0, len(line)
        while i < n:
            c = line[i]
            if in_raw:
                if c == "`":
                    in_raw = False
                i += 1
            elif in_block:
                if line.startswith("*/", i):
                    in_block = False
                    i += 2
                else:
                    i += 1
            elif c == "`":
                in_raw = True
                i += 1
            elif line.startswith("//", i):
                break
            elif line.startswith("/*", i):
                in_block = True
                i += 2
            elif c in "\"'":
                j = i + 1
                while j < n and line[j] != c:
                    j += 2 if line[j] == "\\" else 1
                i = j + 1
            else:
                i += 1
    return starts


def _comment_text(lines: list[str]) -> str:
    """The text of consecutive ``//`` comment lines, as go/doc reads it (marker and one
    following space removed)."""
    out = []
    for ln in lines:
        t = ln.strip()[2:]
        out.append(t[1:] if t.startswith(" ") else t)
    return "\n".join(out)


def _example_output(body: str) -> tuple[str | None, bool]:
    """The expected output of an example: its last comment, if that starts with Output:."""
    lines = body.split("\n")
    # the last comment group in the body: the run of // lines just before the closing brace
    end = len(lines) - 1
    while end >= 0 and lines[end].strip() in ("}", ""):
        end -= 1
    start = end
    while start >= 0 and lines[start].strip().startswith("//"):
        start -= 1
    group = lines[start + 1 : end + 1]
    if not group:
        return None, False
    text = _comment_text(group)
    m = _OUTPUT.match(text)
    if not m:
        return None, False
    return text[m.end() :].strip(), bool(m.group(1))


def parse_example_file(src: str) -> ExampleFile:
    lines = src.split("\n")
    starts = _code_lines(src)
    pkg_line = next(i for i, ln in enumerate(lines) if starts[i] and ln.startswith("package "))
    ef = ExampleFile(lines[pkg_line].split()[1], "\n".join(lines[:pkg_line]))
    # top-level declaration starts; each declaration takes the comment lines just above it
    decl_starts = [i for i in range(pkg_line + 1, len(lines)) if starts[i] and _DECL_START.match(lines[i])]
    bounds: list[int] = []
    for i in decl_starts:
        j = i
        while j - 1 > pkg_line and starts[j - 1] and lines[j - 1].startswith("//"):
            j -= 1
        bounds.append(j)
    bounds.append(len(lines))
    for k, i in enumerate(decl_starts):
        text = "\n".join(lines[bounds[k] : bounds[k + 1]]).rstrip() + "\n"
        kind = _DECL_START.match(lines[i]).group(1)  # type: ignore[union-attr]
        m = _FUNC_NAME.match(lines[i])
        name = m.group(1) if kind == "func" and m else ""
        ef.decls.append(Decl(kind, name, text))
        if name.startswith("Example") and re.match(r"^func\s+\w+\s*\(\s*\)", lines[i]):
            out, unordered = _example_output(text)
            ef.examples.append(Example(name, out, unordered))
    return ef


def _strip_comments_and_strings(code: str) -> str:
    code = re.sub(r"`[^`]*`", '""', code)
    code = re.sub(r'"(\\.|[^"\\\n])*"', '""', code)
    code = re.sub(r"'(\\.|[^'\\\n])*'", "''", code)
    code = re.sub(r"/\*.*?\*/", " ", code, flags=re.S)
    return re.sub(r"//[^\n]*", "", code)


_IMPORT_SPEC = re.compile(r'^\s*(?:([\w.]+)\s+)?"([^"]+)"', re.M)


def _import_name(path: str) -> str:
    parts = path.split("/")
    if len(parts) > 1 and re.fullmatch(r"v\d+", parts[-1]):
        return parts[-2]
    return parts[-1]


_IDENT = re.compile(r"[A-Za-z_]\w*")
_METHOD = re.compile(r"^func\s*\(\s*(?:\w+\s+)?\*?\s*(\w+)(?:\[[^\]]*\])?\s*\)")


def declared_names(d: Decl) -> tuple[set[str], str]:
    """The names a top-level declaration declares, and for a method its receiver type
    (methods come along with their type). An empty set means "unknown": keep it."""
    first = next((ln for ln in d.text.split("\n") if _DECL_START.match(ln)), "")
    if d.kind == "func":
        m = _METHOD.match(first)
        if m:
            return set(), m.group(1)
        return ({d.name} if d.name else set()), ""
    rest = first.split(None, 1)[1] if len(first.split(None, 1)) > 1 else ""
    if rest.startswith("("):  # a group: one spec per line, indented once
        names: set[str] = set()
        for ln in d.text.split("\n"):
            m = re.match(r"^\t(\w+(?:\s*,\s*\w+)*)", ln)
            if m:
                names.update(x.strip() for x in m.group(1).split(","))
        return names, ""
    m = re.match(r"^(\w+(?:\s*,\s*\w+)*)", rest)
    return ({x.strip() for x in m.group(1).split(",")} if m else set()), ""


def needed_decls(decls: list[Decl], example: str) -> list[Decl]:
    """The example and the helper declarations it reaches by name, transitively; methods of
    reached types; init functions; and anything whose names cannot be told (kept to be
    safe). Other examples and tests never."""
    candidates = [d for d in decls if d.kind != "import" and not (
        d.kind == "func" and d.name.startswith(("Example", "Test", "Benchmark", "Fuzz")) and d.name != example)]
    info = [declared_names(d) for d in candidates]
    keep = [d.name == example or d.name == "init" or (not names and not recv)
            for d, (names, recv) in zip(candidates, info, strict=True)]
    changed = True
    while changed:
        changed = False
        words: set[str] = set()
        for d, k in zip(candidates, keep, strict=True):
            if k:
                words.update(_IDENT.findall(_strip_comments_and_strings(d.text)))
        for i, (names, recv) in enumerate(info):
            if not keep[i] and ((names & words) or (recv and recv in words)):
                keep[i] = changed = True
    return [d for d, k in zip(candidates, keep, strict=True) if k]


def program_for(ef: ExampleFile, example: str, source_name: str) -> str:
    """The main program that runs one example (see the module docstring)."""
    kept = needed_decls(ef.decls, example)
    body = "\n".join(d.text for d in kept)
    used_code = _strip_comments_and_strings(body)
    specs: list[str] = []
    for d in ef.decls:
        if d.kind != "import":
            continue
        for alias, path in _IMPORT_SPEC.findall(_strip_comments_and_strings_keep_paths(d.text)):
            name = alias or _import_name(path)
            if name in ("_", ".") or re.search(rf"(?<![\w.]){re.escape(name)}\s*\.", used_code):
                specs.append(f'\t{alias + " " if alias else ""}"{path}"')
    parts = [f"// Code generated by conformance/run_examples.py from {source_name} ({example}). DO NOT EDIT.",
             "", "package main", ""]
    if specs:
        parts += ["import (", *specs, ")", ""]
    parts.append(body)
    parts += ["func main() {", f"\t{example}()", "}", ""]
    return "\n".join(parts)


def _strip_comments_and_strings_keep_paths(code: str) -> str:
    code = re.sub(r"/\*.*?\*/", " ", code, flags=re.S)
    return re.sub(r"//[^\n]*", "", code)


def output_matches(want: str, got: str, unordered: bool) -> bool:
    """go test's rule: surrounding white space trimmed; unordered output compares sorted
    lines."""
    if unordered:
        return sorted(want.strip().split("\n")) == sorted(got.strip().split("\n"))
    return want.strip() == got.strip()
