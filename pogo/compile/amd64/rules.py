"""The lowering rules: SSA patterns and what amd64 computes them with, as data.

One rule per line, in a small format of our own::

    (Op [aux] {aux2} arg...) if CONDITION => REPLACEMENT

A pattern is an s-expression: ``(Op ...)`` matches a value with that op (arguments of
commutative ops in either order); a lower-case name matches any value and binds it (a name
used twice must be the same value); ``_`` matches anything; ``name:(Op ...)`` binds the
value matched by a sub-pattern. ``[c]`` binds the value's aux (``[3]`` requires it), ``{c}``
its aux2. The condition is a Python expression over the bound names and the helpers in
``HELPERS``. The replacement is built bottom-up, left to right: ``(Op [expr] {expr} arg...)``
makes a new value (``(Const [expr])`` a constant), a name refers to a bound value, and
``name:(...)`` names a new value for later reuse in the same replacement. The root of the
replacement overwrites the matched value in place, so its uses need no update.

Rules are tried in order; lower.py applies them to every value until none matches, so a
replacement may itself be lowered further (``x % 7`` becomes ``x - (x/7)*7``, whose divide
and multiply are rewritten by their own rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pogo.compile.amd64.magic import pow2, s64, sdiv_ok, smagic, udiv_ok, umagic


def fits32(c: int) -> bool:
    return -(1 << 31) <= c < (1 << 31)


def log2(c: int) -> int:
    return c.bit_length() - 1


HELPERS: dict[str, Any] = {
    "pow2": pow2, "log2": log2, "fits32": fits32, "s64": s64,
    "MIN64": -(1 << 63), "udiv_ok": udiv_ok, "umagic": umagic, "sdiv_ok": sdiv_ok, "smagic": smagic,
}

RULES_TEXT = r"""
# multiplication by a constant: shifts, lea (x*3 = x + x*2, x*5, x*9) and products of both
(Mul x (Const [c])) if c == -1                              => (Neg x)
(Mul x (Const [c])) if pow2(c) and c > 1                    => (Shl x (Const [log2(c)]))
(Mul x (Const [c])) if c in (3, 5, 9)                       => (LEAQ [c - 1] x x)
(Mul x (Const [c])) if c > 0 and c % 3 == 0 and pow2(c // 3) => (Shl (LEAQ [2] x x) (Const [log2(c // 3)]))
(Mul x (Const [c])) if c > 0 and c % 5 == 0 and pow2(c // 5) => (Shl (LEAQ [4] x x) (Const [log2(c // 5)]))
(Mul x (Const [c])) if c > 0 and c % 9 == 0 and pow2(c // 9) => (Shl (LEAQ [8] x x) (Const [log2(c // 9)]))

# cheaper equivalents: negations folded into add/sub, masks of the low 8/16/32 bits as
# zero extension (movzx / mov r32 instead of an and, whose 32-bit mask is no immediate)
(Add x n:(Neg y)) if uses(n) == 1                   => (Sub x y)
(Sub x n:(Neg y)) if uses(n) == 1                   => (Add x y)
(Sub (Const [0]) x)                                 => (Neg x)
(Xor x (Const [-1]))                                => (Com x)
(And x (Const [c])) if c in (0xFF, 0xFFFF, 0xFFFFFFFF) => (Ext [(c.bit_length() // 8, False)] x)

# address arithmetic: x + y<<k (k <= 3) and x + y + c are one lea
(Add x s:(Shl y (Const [k]))) if 1 <= k <= 3 and uses(s) == 1 and not const(x)  => (LEAQ [1 << k] x y)
(Add l:(LEAQ [k] {d} x y) (Const [c])) if uses(l) == 1 and fits32(d + c)        => (LEAQ [k] {d + c} x y)
(Add a:(Add x y) (Const [c])) if uses(a) == 1 and fits32(c) and not const(x) and not const(y) => (LEAQ [1] {c} x y)

# division and remainder by powers of two: shifts and masks (signed dividends are biased
# by 2^k-1 when negative, since division truncates toward zero)
(DivU x (Const [c])) if pow2(c) and c > 1  => (ShrU x (Const [log2(c)]))
(ModU x (Const [c])) if pow2(c) and c > 1  => (And x (Const [c - 1]))
(Div x (Const [c])) if pow2(c) and c > 1   => (Shr (Add x (ShrU (Shr x (Const [63])) (Const [64 - log2(c)]))) (Const [log2(c)]))
(Mod x (Const [c])) if pow2(c) and c > 1   => (Sub x (And (Add x (ShrU (Shr x (Const [63])) (Const [64 - log2(c)]))) (Const [-c])))
(Div x (Const [c])) if c < -1 and pow2(-c) and c != MIN64 => (Neg (Div x (Const [-c])))
(Mod x (Const [c])) if c < -1 and pow2(-c) and c != MIN64 => (Mod x (Const [-c]))

# unsigned division and remainder by a constant: a multiply by the reciprocal
(DivU x (Const [c])) if udiv_ok(c) and umagic(c).short     => (ShrU (HMULQU x (Const [umagic(c).m])) (Const [umagic(c).s]))
(DivU x (Const [c])) if udiv_ok(c) and not umagic(c).short => (ShrU (Add t:(HMULQU x (Const [umagic(c).m])) (ShrU (Sub x t) (Const [1]))) (Const [umagic(c).s - 1]))
(ModU x k:(Const [c])) if udiv_ok(c)                       => (Sub x (Mul (DivU x k) k))

# signed division and remainder (truncating toward zero)
(Div x (Const [c])) if sdiv_ok(c) and c > 0 => (Sub (Shr (Add x (HMULQ x (Const [smagic(c).m]))) (Const [smagic(c).s - 1])) (Shr x (Const [63])))
(Div x (Const [c])) if sdiv_ok(c) and c < 0 => (Neg (Div x (Const [-c])))
(Mod x k:(Const [c])) if sdiv_ok(c)         => (Sub x (Mul (Div x k) k))
"""


@dataclass(frozen=True, slots=True)
class Pat:
    """A pattern or replacement node: an op with aux/aux2 texts and arguments, or a name."""

    op: str  # "" for a plain name
    name: str = ""  # binding name ("" if none)
    aux: str | None = None
    aux2: str | None = None
    args: tuple[Pat, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    text: str
    pattern: Pat
    cond: Any  # compiled expression or None
    result: Pat


class RuleError(Exception):
    pass


def _tokens(s: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(ch)
            i += 1
        elif ch in "[{":
            close = "]" if ch == "[" else "}"
            depth, j = 0, i
            while j < len(s):
                if s[j] == ch:
                    depth += 1
                elif s[j] == close:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= len(s):
                raise RuleError(f"unclosed {ch} in {s!r}")
            out.append(s[i : j + 1])
            i = j + 1
        else:
            j = i
            while j < len(s) and not s[j].isspace() and s[j] not in "()[]{}":
                j += 1
            out.append(s[i:j])  # a name, an op, or "name:" before a sub-pattern
            i = j
    return out


def _parse(toks: list[str], i: int) -> tuple[Pat, int]:
    name = ""
    if toks[i].endswith(":"):
        name = toks[i][:-1]
        i += 1
    if toks[i] != "(":
        if name:
            raise RuleError(f"{name}: must name a parenthesised pattern")
        return Pat("", name=toks[i]), i + 1
    op = toks[i + 1]
    i += 2
    aux = aux2 = None
    args: list[Pat] = []
    while toks[i] != ")":
        t = toks[i]
        if t.startswith("["):
            aux, i = t[1:-1].strip(), i + 1
        elif t.startswith("{"):
            aux2, i = t[1:-1].strip(), i + 1
        else:
            a, i = _parse(toks, i)
            args.append(a)
    return Pat(op, name, aux, aux2, tuple(args)), i + 1


def parse_rule(line: str) -> Rule:
    if "=>" not in line:
        raise RuleError(f"no => in rule {line!r}")
    left, right = line.split("=>", 1)
    cond_text = ""
    if " if " in left:
        left, cond_text = left.split(" if ", 1)
    ltoks, rtoks = _tokens(left), _tokens(right)
    pattern, n = _parse(ltoks, 0)
    result, m = _parse(rtoks, 0)
    if n != len(ltoks) or m != len(rtoks) or not pattern.op:
        raise RuleError(f"malformed rule {line!r}")
    cond = compile(cond_text.strip(), "<rule>", "eval") if cond_text.strip() else None
    return Rule(line.strip(), pattern, cond, result)


def parse_rules(text: str) -> list[Rule]:
    return [parse_rule(ln) for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


RULES: list[Rule] = parse_rules(RULES_TEXT)
