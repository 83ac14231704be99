"""SSA invariants, checked between passes in tests (and with POGOSSACHECK=1)."""

from __future__ import annotations

from pogo.compile.ssa.core import OPS, BlockKind, Func


class SSAError(Exception):
    pass


def verify(f: Func) -> None:
    blocks = {id(b) for b in f.blocks}
    defined: set[int] = set()
    for b in f.blocks:
        for v in b.values:
            if v.id in defined:
                raise SSAError(f"{f.name}: v{v.id} defined twice")
            defined.add(v.id)
            if v.block is not b:
                raise SSAError(f"{f.name}: v{v.id} in b{b.id} but claims b{v.block.id}")
            n = OPS[v.op].nargs
            if n >= 0 and len(v.args) != n:
                raise SSAError(f"{f.name}: v{v.id} {v.op} has {len(v.args)} args, want {n}")
            if v.op == "Phi" and len(v.args) != len(b.preds):
                raise SSAError(f"{f.name}: phi v{v.id} has {len(v.args)} args for {len(b.preds)} preds")
        want = {BlockKind.PLAIN: 1, BlockKind.IF: 2, BlockKind.RET: 0, BlockKind.EXIT: 0}[b.kind]
        if len(b.succs) != want:
            raise SSAError(f"{f.name}: b{b.id} {b.kind.value} has {len(b.succs)} successors")
        for s in b.succs:
            if id(s) not in blocks:
                raise SSAError(f"{f.name}: b{b.id} jumps to removed block b{s.id}")
            if b not in s.preds:
                raise SSAError(f"{f.name}: b{b.id} not among preds of b{s.id}")
    for b in f.blocks:
        for v in b.values:
            for a in v.args:
                if a.id not in defined:
                    raise SSAError(f"{f.name}: v{v.id} uses v{a.id}, which is not in the function")
        for c in b.controls:
            if c.id not in defined:
                raise SSAError(f"{f.name}: b{b.id} control v{c.id} not in the function")
