"""Stack maps (compile/amd64/stackmap.py): a spill slot is in a call's map exactly while
its pointer value is live after the call; outgoing pointer arguments are marked."""

from pogo.compile.amd64 import stackmap
from pogo.compile.amd64.gen import generate
from pogo.compile.ssa.core import BlockKind, Func, Value


def _call(f: Func, name: str, args: list[Value], nres: int) -> Value:
    c = f.new_value(f.entry, "Call", args, name)
    c.aux2 = nres
    return c


def _func() -> Func:
    """p := newobject(); g(); x := *p; h(p2) with p2 = p+8; return x"""
    f = Func("main.f", 0, 1)
    b = f.entry
    c1 = _call(f, "runtime.newobject", [], 1)
    p = f.new_value(b, "Result", [c1], 0)
    p.pointer = True
    _call(f, "main.g", [], 0)
    x = f.new_value(b, "Load", [p], (8, False))
    eight = f.new_value(b, "Const", [], 8)
    p2 = f.new_value(b, "Add", [p, eight])  # an interior pointer, not flagged itself
    _call(f, "main.h", [p2], 0)
    _call(f, "main.k", [], 0)
    b.kind = BlockKind.RET
    b.controls = [x]
    return f


def test_maps_follow_liveness() -> None:
    f = _func()
    sym = generate(f)
    nwords, maps, runs = stackmap.decode(sym.stackmap, len(sym.data))
    tags = [tag for _, _, tag in runs if tag]
    assert len(tags) == 4  # one map per call, in code order
    g_map, h_map, k_map = (maps[t - 1] for t in tags[1:])
    assert len(g_map) == 1  # p's slot: p is read after g returns
    (slot,) = g_map
    assert slot not in h_map and slot not in k_map  # p is dead after its load
    assert 0 in h_map  # h's first argument word (at rsp) holds p+8
    assert 0 not in k_map  # a stale argument word is not a root
    assert all(k < nwords for m in maps for k in m)
    assert maps[tags[0] - 1] == ()


def test_leaf_has_no_maps() -> None:
    f = Func("main.leaf", 0, 1)
    c = f.new_value(f.entry, "Const", [], 1)
    f.entry.kind = BlockKind.RET
    f.entry.controls = [c]
    assert generate(f).stackmap == b""
