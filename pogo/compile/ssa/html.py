"""POGOSSAFUNC: one function's SSA after every pass, side by side in ssa.html (gc's GOSSAFUNC).

``POGOSSAFUNC=name pogo build`` makes the compiler of every package that defines a matching
function write ``ssa.html`` in its working directory (the package directory for user
packages) and print ``dumped SSA for name,1 to /dir/ssa.html``, which the driver shortens
as gc's does. The page has one column for the function's source, one for the SSA as built,
one after every pass of ``ssa/compile.PASSES`` and then the back end's phases (block
layout with register allocation, frame layout, the final machine code). Clicking a value or
a block highlights it in every column, so a learner can follow it through the optimiser;
clicking a column's title folds it.

Names match as in gc: ``main``, ``pkg.Func``, ``path/pkg.Func``, ``T.Method``,
``(*T).Method``, closures (``main.func1``), generic instances by their full name
(``Map[int]``) or their generic name (``Map``); an ABI suffix ``,1`` is accepted. A ``+``
suffix also prints every phase as text on standard output; ``:phases`` (gc's CFG option)
is accepted and ignored.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable

from pogo.compile.ssa.core import Block, Func, Value
from pogo.obj.pctab import line_str

ENV = "POGOSSAFUNC"
FILE = "ssa.html"


def split_symbol(sym: str) -> tuple[str, str]:
    """(package path, name inside the package) of a function symbol such as
    ``a/b.(*T[x/y.U]).M``: the package ends at the first dot after the last slash that
    comes before any receiver parenthesis or type-argument bracket."""
    cut = len(sym)
    for ch in "([":
        i = sym.find(ch)
        if i >= 0:
            cut = min(cut, i)
    head = sym[:cut]
    dot = head.find(".", head.rfind("/") + 1)
    if dot < 0:
        return "", sym
    return sym[:dot], sym[dot + 1 :]


def strip_type_args(name: str) -> str:
    """``(*List[int]).Push`` -> ``(*List).Push``: the generic name of an instance."""
    out: list[str] = []
    depth = 0
    for ch in name:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def parse_env(value: str) -> tuple[str, bool]:
    """The name pattern of a POGOSSAFUNC value, and whether phases also go to stdout."""
    stdout = value.endswith("+")
    if stdout:
        value = value[:-1]
    return value.split(":", 1)[0], stdout


def matches(pattern: str, sym: str) -> bool:
    if not pattern:
        return False
    pkg, name = split_symbol(sym)
    if pattern.endswith(",1"):  # the ABI suffix gc prints; pogo has one ABI
        pattern = pattern[:-2]
    for n in {name, strip_type_args(name)}:
        full = f"{pkg}.{n}"
        if pattern in (n, full) or full.endswith("/" + pattern):
            return True
    return False


_CSS = """
body { font-family: sans-serif; font-size: 13px; margin: 0.5em; }
h1 { font-size: 16px; margin: 0 0 0.4em 0; }
#cols { display: flex; align-items: flex-start; overflow-x: auto; }
.col { border: 1px solid #bbb; margin-right: 4px; padding: 0 6px 6px 6px; min-width: 16em;
       white-space: nowrap; font-family: monospace; }
.col.folded { min-width: 1.5em; max-width: 1.5em; overflow: hidden; }
.col.folded > :not(h2) { display: none; }
.col h2 { font-family: sans-serif; font-size: 13px; cursor: pointer; background: #eee;
          margin: 0 -6px 4px -6px; padding: 3px 6px; }
.col.changed h2 { background: #dde8ff; }
.blk { margin-bottom: 0.5em; }
.vals { margin-left: 1.5em; }
.v, .b { cursor: pointer; border-radius: 3px; }
.v { color: #004; } .b { color: #060; font-weight: bold; }
.loc { color: #888; } .aux { color: #733; } .line { color: #999; } .op { font-weight: bold; }
.ctl { margin-left: 1.5em; color: #444; }
.hl0 { background: #ffe066; } .hl1 { background: #9fe89f; } .hl2 { background: #9fd4ff; }
.hl3 { background: #ffb3c6; } .hl4 { background: #d7b3ff; } .hl5 { background: #ffd09f; }
.src .ln { color: #999; display: inline-block; width: 3.5em; text-align: right; margin-right: 0.8em; }
pre { margin: 0; }
"""

# A click on a value or block colours every occurrence of it (the next free colour); a
# second click clears it. A click on a column's title folds the column.
_JS = """
var colours = [null, null, null, null, null, null];
document.addEventListener('click', function (e) {
  var t = e.target;
  if (t.tagName === 'H2') { t.parentNode.classList.toggle('folded'); return; }
  var k = t.getAttribute && t.getAttribute('data-k');
  if (!k) return;
  var i = colours.indexOf(k), on = i < 0;
  if (on) { i = colours.indexOf(null); if (i < 0) i = 0; colours[i] = k; } else { colours[i] = null; }
  document.querySelectorAll('[data-k="' + k + '"]').forEach(function (x) {
    for (var j = 0; j < colours.length; j++) x.classList.remove('hl' + j);
    if (on) x.classList.add('hl' + i);
  });
});
"""


def _esc(s: object) -> str:
    return html.escape(str(s), quote=True)


def _vref(v: Value) -> str:
    return f'<span class="v" data-k="v{v.id}">v{v.id}</span>'


def _bref(b: Block) -> str:
    return f'<span class="b" data-k="b{b.id}">b{b.id}</span>'


def render_func(f: Func, order: list[Block] | None = None, locs: dict[int, str] | None = None) -> str:
    """The function's blocks (in ``order`` if given) as HTML; ``locs`` names each value's
    register or frame slot after register allocation."""
    out: list[str] = []
    for b in order if order is not None else f.blocks:
        preds = " ".join(_bref(p) for p in b.preds)
        note = f' <span class="line">; {_esc(b.comment)}</span>' if b.comment else ""
        out.append(f'<div class="blk">{_bref(b)}: <span class="loc">&larr;</span> {preds}{note}<div class="vals">')
        for v in b.values:
            out.append(f"<div>{render_value(f, v, locs)}</div>")
        ctl = " ".join(_vref(c) for c in b.controls)
        succs = " ".join(_bref(s) for s in b.succs)
        out.append(f'</div><div class="ctl">{b.kind.value} {ctl} &rarr; {succs}</div></div>')
    return "\n".join(out)


def render_value(f: Func, v: Value, locs: dict[int, str] | None = None) -> str:
    s = f'{_vref(v)} = <span class="op">{_esc(v.op)}</span>'
    if v.aux is not None:
        s += f' <span class="aux">&lt;{_esc(v.aux)}&gt;</span>'
    if v.op in ("Call", "CallInd", "CallClosure"):
        s += f' <span class="aux">[{v.aux2} results]</span>'
    elif v.aux2:
        s += f' <span class="aux">[+{v.aux2}]</span>'
    if v.args:
        s += " " + " ".join(_vref(a) for a in v.args)
    if locs is not None and v.id in locs:
        s += f' <span class="loc">: {_esc(locs[v.id])}</span>'
    line = f.value_lines.get(v.id)
    if line:
        s += f' <span class="line">(line {line_str(line)})</span>'
    if v.comment:
        s += f' <span class="line">; {_esc(v.comment)}</span>'
    return s


def dump_text(f: Func, order: list[Block] | None = None, locs: dict[int, str] | None = None) -> str:
    """Func.dump, in layout order and with locations when known (the ``+`` stdout form)."""
    if order is None and locs is None:
        return f.dump()
    out = [f"func {f.name} (args {f.nargs} words, results {f.nresults} words)"]
    for b in order if order is not None else f.blocks:
        out.append(f"  {b!r}: ({' '.join(repr(p) for p in b.preds)})")
        for v in b.values:
            loc = f" : {locs[v.id]}" if locs is not None and v.id in locs else ""
            out.append(f"    {v.long()}{loc}")
        ctl = " ".join(repr(c) for c in b.controls)
        out.append(f"    {b.kind.value} {ctl} -> {' '.join(repr(s) for s in b.succs)}".rstrip())
    return "\n".join(out) + "\n"


def source_lines(path: str, line: int) -> list[tuple[int, str]]:
    """The function's source lines: from its ``func`` line to the first later line that
    closes a brace at the same indentation, or before one indented less (good enough for
    gofmt'd code)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read().splitlines()
    except OSError:
        return []
    if not 1 <= line <= len(text):
        return []
    first = text[line - 1]
    indent = first[: len(first) - len(first.lstrip())]
    out = [(line, first)]
    if first.rstrip().endswith("}"):
        return out
    for i in range(line, len(text)):
        s = text[i]
        if s.strip() and not s.startswith(indent):
            break  # back out of the enclosing code (a func literal inside a statement)
        out.append((i + 1, s))
        if s.startswith(indent + "}") and not s[len(indent) + 1 : len(indent) + 2].isspace():
            break
    return out


class HTMLWriter:
    """Collects the columns of one function's page; ``close`` writes it."""

    def __init__(self, sym: str, path: str = FILE, stdout: Callable[[str], object] | None = None) -> None:
        self.sym = sym
        self.name = split_symbol(sym)[1]
        self.path = path
        self.stdout = stdout
        self.columns: list[tuple[str, str, bool]] = []  # title, body HTML, changed
        self.last_body = ""

    def source(self, path: str, line: int) -> None:
        rows = "".join(
            f'<div><span class="ln">{n}</span>{_esc(text)}</div>' for n, text in source_lines(path, line)
        )
        self.columns.append((f"sources: {os.path.basename(path)}", f'<pre class="src">{rows}</pre>', False))

    def phase(self, title: str, f: Func, order: list[Block] | None = None, locs: dict[int, str] | None = None) -> None:
        body = render_func(f, order, locs)
        self.columns.append((title, body, body != self.last_body))
        self.last_body = body
        if self.stdout is not None:
            self.stdout(f"-- {f.name} after {title} --\n{dump_text(f, order, locs)}")

    def text(self, title: str, text: str) -> None:
        self.columns.append((title, f"<pre>{_esc(text)}</pre>", True))
        if self.stdout is not None:
            self.stdout(f"-- {self.sym} {title} --\n{text}")

    def render(self) -> str:
        cols = "\n".join(
            f'<div class="col{" changed" if changed else ""}"><h2 title="click to fold">{_esc(t)}</h2>\n{body}\n</div>'
            for t, body, changed in self.columns
        )
        return (
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_esc(self.sym)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
            f"<h1>{_esc(self.sym)}</h1>\n<p>Click a value or block to highlight it in every column "
            "(several at once, in different colours); click a column's title to fold it. "
            "Columns whose code changed have a blue title.</p>\n"
            f'<div id="cols">\n{cols}\n</div>\n<script>{_JS}</script>\n</body>\n</html>\n'
        )

    def close(self) -> str:
        """Write the page; the line gc prints for it (the path made absolute)."""
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(self.render())
        return f"dumped SSA for {self.name},1 to {os.path.abspath(self.path)}\n"
