"""POGOSSAFUNC and the build cache: a cached package still produces its ssa.html.

The variable is part of every compile action's ID (as gc folds GOSSAFUNC into its action
IDs), so choosing another function recompiles. A compile run with it set also stores a
replay record next to its archive: the page it wrote, if any. When that action is later
found in the cache, the driver writes the page again where the compiler would have (its
working directory); the ``dumped SSA for ...`` line is replayed with the rest of the
compiler's output (execute.py), so ``POGOSSAFUNC=f pogo build`` behaves the same whether
or not anything was rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os

from pogo.cache.store import Cache
from pogo.work.actions import Action

ENV = "POGOSSAFUNC"
PAGE = "ssa.html"
_MARK = "dumped SSA for "


def active() -> bool:
    return bool(os.environ.get(ENV))


def _key(action_key: str) -> str:
    return hashlib.sha256(f"ssadump replay\n{action_key}\n".encode()).hexdigest()


def save(cache: Cache, a: Action, out: str) -> None:
    """Record the page the compile of ``a`` wrote (its output ``out`` names it)."""
    page: str | None = None
    if _MARK in out:
        try:
            with open(os.path.join(a.cwd, PAGE), encoding="utf-8") as fh:
                page = fh.read()
        except OSError:
            page = None
    path = a.objdir + "ssadump.json"
    try:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"page": page}, fh)
        cache.put(_key(a.key), path)
    except OSError:
        pass  # without a record the next build recompiles: slower, never wrong


def replay(cache: Cache, a: Action) -> bool:
    """Rewrite the page of a cached compile; False if there is no usable record (the
    caller then compiles the package again)."""
    e = cache.get(_key(a.key))
    if e is None:
        return False
    try:
        with open(e.path, encoding="utf-8") as fh:
            page = json.load(fh)["page"]
        if isinstance(page, str):
            with open(os.path.join(a.cwd, PAGE), "w", encoding="utf-8") as fh:
                fh.write(page)
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return True
