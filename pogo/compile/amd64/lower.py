"""Lowering: rewrite generic SSA into the forms amd64 computes best, by the rules in rules.py.

A generic matcher walks the patterns of ``rules.RULES`` (indexed by their root op) over
every value; the first rule whose pattern matches and whose condition holds replaces the
value: new values are inserted just before it and the value itself takes the replacement's
root op, so every use sees the result without being touched. New values are lowered in
turn, and the value again, until no rule applies. The machine ops the rules produce
(``LEAQ``, ``HMULQ``, ``HMULQU``) are emitted by amd64/lowered.py; generic ops that remain
are emitted by gen.py as before. Dead values left behind are removed by the dead-code pass
that follows.
"""

from __future__ import annotations

from typing import Any

from pogo.compile.amd64.magic import s64
from pogo.compile.amd64.rules import HELPERS, RULES, Pat, Rule
from pogo.compile.ssa.core import OPS, Block, Func, Value
from pogo.compile.ssa.dom import reverse_postorder

_BY_OP: dict[str, list[Rule]] = {}
for _r in RULES:
    _BY_OP.setdefault(_r.pattern.op, []).append(_r)

_MAX_REWRITES = 16  # per value: rules never cycle, this only bounds a mistake


def _aux_match(text: str, val: object, env: dict[str, Any]) -> bool:
    if text.isidentifier():
        if text in env:
            return bool(env[text] == val)
        env[text] = val
        return True
    return bool(eval(text, HELPERS, dict(env)) == val)  # noqa: S307 - our own rule table


def _match(p: Pat, v: Value, env: dict[str, Any]) -> dict[str, Any] | None:
    if not p.op:
        if p.name == "_":
            return env
        if p.name in env:
            return env if env[p.name] is v else None
        env = dict(env)
        env[p.name] = v
        return env
    if v.op != p.op or len(v.args) != len(p.args):
        return None
    env = dict(env)
    if p.name:
        if p.name in env and env[p.name] is not v:
            return None
        env[p.name] = v
    if p.aux is not None and not _aux_match(p.aux, v.aux, env):
        return None
    if p.aux2 is not None and not _aux_match(p.aux2, v.aux2, env):
        return None
    orders = [v.args]
    if len(v.args) == 2 and OPS[v.op].commutative:
        orders.append([v.args[1], v.args[0]])
    for args in orders:
        e: dict[str, Any] | None = env
        for sub, a in zip(p.args, args, strict=True):
            e = _match(sub, a, e) if e is not None else None
        if e is not None:
            return e
    return None


class _Lowerer:
    def __init__(self, f: Func) -> None:
        self.f = f
        self.uses: dict[int, int] = {}
        for b in f.blocks:
            for v in b.values:
                for a in v.args:
                    self.uses[a.id] = self.uses.get(a.id, 0) + 1
            for c in b.controls:
                self.uses[c.id] = self.uses.get(c.id, 0) + 1
        self.scope: dict[str, Any] = dict(HELPERS)
        self.scope["uses"] = lambda v: self.uses.get(v.id, 0)
        self.scope["const"] = lambda v: v.op == "Const"

    def eval(self, text: str, env: dict[str, Any]) -> Any:
        return eval(text, self.scope, env)  # noqa: S307 - our own rule table

    def build(self, r: Pat, env: dict[str, Any], b: Block, out: list[Value]) -> Value:
        """A new value for replacement node r (placed in out, in order), or a bound one."""
        if not r.op:
            v = env[r.name]
            assert isinstance(v, Value)
            return v
        args = [self.build(a, env, b, out) for a in r.args]
        aux = self.eval(r.aux, env) if r.aux is not None else None
        if r.op == "Const":
            assert isinstance(aux, int)
            aux = s64(aux)  # constants are kept as signed words
        v = Value(self.f.next_value, r.op, args, aux, b)
        self.f.next_value += 1
        if r.aux2 is not None:
            v.aux2 = self.eval(r.aux2, env)
        for a in args:
            self.uses[a.id] = self.uses.get(a.id, 0) + 1
        out.append(v)
        if r.name:
            env[r.name] = v
        return v

    def rewrite(self, v: Value, out: list[Value]) -> None:
        """Lower v, appending the values that must come before it and then v to out."""
        for _ in range(_MAX_REWRITES):
            for rule in _BY_OP.get(v.op, ()):
                env = _match(rule.pattern, v, {})
                if env is None or (rule.cond is not None and not self.eval_cond(rule, env)):
                    continue
                new: list[Value] = []
                env = dict(env)
                for a in v.args:
                    self.uses[a.id] -= 1
                if rule.result.op:
                    args = [self.build(a, env, v.block, new) for a in rule.result.args]
                    aux = self.eval(rule.result.aux, env) if rule.result.aux is not None else None
                    aux2 = self.eval(rule.result.aux2, env) if rule.result.aux2 is not None else 0
                    v.op, v.args, v.aux, v.aux2 = rule.result.op, args, aux, aux2
                    for a in args:
                        self.uses[a.id] = self.uses.get(a.id, 0) + 1
                else:
                    src = self.build(rule.result, env, v.block, new)
                    v.op, v.args, v.aux, v.aux2 = "Copy", [src], None, 0
                    self.uses[src.id] = self.uses.get(src.id, 0) + 1
                for n in new:
                    self.rewrite(n, out)
                break
            else:
                break
        out.append(v)

    def eval_cond(self, rule: Rule, env: dict[str, Any]) -> bool:
        return bool(eval(rule.cond, self.scope, env))  # noqa: S307 - our own rule table


def lower(f: Func) -> None:
    lo = _Lowerer(f)
    # definitions before uses where possible, so patterns see their arguments lowered
    order = reverse_postorder(f)
    seen = {b.id for b in order}
    for b in order + [b for b in f.blocks if b.id not in seen]:
        out: list[Value] = []
        for v in b.values:
            if v.op in _BY_OP:
                lo.rewrite(v, out)
            else:
                out.append(v)
        b.values = out
