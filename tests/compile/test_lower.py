"""Lowering by rules: the rule format, the magic-number division formulas against exact
division, and what the rules make of hand-built SSA."""

from __future__ import annotations

import random

import pytest

from pogo.compile.amd64.lower import lower
from pogo.compile.amd64.magic import M64, s64, sdiv_ok, smagic, udiv_ok, umagic
from pogo.compile.amd64.rules import RULES, RuleError, parse_rule
from pogo.compile.ssa.core import BlockKind, Func
from pogo.compile.ssa.passes.deadcode import deadcode
from pogo.compile.ssa.verify import verify

EDGE = [0, 1, 2, 3, 5, 6, 7, 9, 10, 100, 641, (1 << 31) - 1, 1 << 32, (1 << 63) - 1, 1 << 63, M64, M64 - 1,
        (1 << 63) + 1, 12345678901234567, 0xDEADBEEFCAFEBABE]


def _hi_u(x: int, m: int) -> int:
    return ((x & M64) * (m & M64)) >> 64


def _hi_s(x: int, m: int) -> int:
    return s64((s64(x) * s64(m)) >> 64)


def _udiv(x: int, c: int) -> int:
    """What the DivU rules compute, step by step on 64-bit words."""
    m, s, short = umagic(c)
    if short:
        return _hi_u(x, m) >> s
    t = _hi_u(x, m)
    return ((t + (((x - t) & M64) >> 1)) & M64) >> (s - 1)


def _sdiv(x: int, c: int) -> int:
    """What the Div rules compute (for c > 0; c < 0 negates the quotient by -c)."""
    if c < 0:
        return s64(-_sdiv(x, -c))
    m, s = smagic(c)
    return s64((s64(x + _hi_s(x, m)) >> (s - 1)) - (s64(x) >> 63))


def _divisors() -> list[int]:
    rng = random.Random(6)
    ds = [3, 5, 6, 7, 9, 10, 11, 12, 13, 25, 60, 100, 641, 1000, 1000000007, 0x7FFFFFFF, (1 << 63) - 1,
          (1 << 63) + 1, M64, M64 - 2]
    ds += [rng.randrange(3, 1 << rng.randrange(3, 64)) for _ in range(300)]
    return ds


def test_unsigned_magic_division_is_exact() -> None:
    rng = random.Random(1)
    for c in _divisors():
        if not udiv_ok(c):
            continue
        xs = EDGE + [rng.randrange(1 << 64) for _ in range(50)] + [c - 1, c, c + 1, (M64 // c) * c, (M64 // c) * c - 1]
        for x in xs:
            x &= M64
            assert _udiv(x, c) == x // (c & M64), (x, c)


def test_signed_magic_division_truncates() -> None:
    rng = random.Random(2)
    for d in _divisors():
        for c in (s64(d), -s64(d)):
            if not sdiv_ok(c):
                continue
            xs = [s64(e) for e in EDGE] + [-e for e in EDGE if e < 1 << 63]
            xs += [s64(rng.randrange(1 << 64)) for _ in range(50)] + [c - 1, c, c + 1, -c, 1 - c]
            for x in xs:
                x = s64(x)
                want = s64(abs(x) // abs(c) * (1 if (x < 0) == (c < 0) else -1))
                assert _sdiv(x, c) == want, (x, c)


def test_rule_format() -> None:
    r = parse_rule("(Add x s:(Shl y (Const [k]))) if k < 4 => (LEAQ [1 << k] {0} x y)")
    assert r.pattern.op == "Add" and r.pattern.args[1].name == "s" and r.pattern.args[1].op == "Shl"
    assert r.result.op == "LEAQ" and r.result.aux == "1 << k" and r.result.aux2 == "0"
    with pytest.raises(RuleError):
        parse_rule("(Add x y) if x")
    assert len(RULES) >= 12


def _one(op: str, c: int) -> Func:
    f = Func("main.t", 1, 1)
    x = f.new_value(f.entry, "Arg", [], 0)
    k = f.new_value(f.entry, "Const", [], c)
    v = f.new_value(f.entry, op, [x, k])
    f.entry.kind = BlockKind.RET
    f.entry.controls = [v]
    return f


@pytest.mark.parametrize(
    ("op", "c", "want"),
    [("Mul", 8, {"Shl"}), ("Mul", 5, {"LEAQ"}), ("Mul", 24, {"LEAQ", "Shl"}), ("Mul", 7, {"Mul"}),
     ("Mul", -1, {"Neg"}), ("DivU", 10, {"HMULQU", "ShrU"}), ("Div", 7, {"HMULQ"}),
     ("Mod", 10, {"HMULQ", "LEAQ", "Sub"}), ("DivU", 8, {"ShrU"}), ("Div", 8, {"Shr"}), ("Mod", -8, {"And", "Sub"}),
     ("DivU", -(1 << 63), {"DivU"}), ("And", 0xFFFFFFFF, {"Ext"}), ("Xor", -1, {"Com"}), ("Div", 0, {"Div"})],
)
def test_lowering_rewrites(op: str, c: int, want: set[str]) -> None:
    f = _one(op, c)
    lower(f)
    deadcode(f)
    verify(f)
    ops = {v.op for v in f.entry.values} - {"Arg", "Const"}
    assert want <= ops, ops
    if want & {"HMULQ", "HMULQU"}:
        assert not ops & {"Div", "DivU", "Mod", "ModU"}
