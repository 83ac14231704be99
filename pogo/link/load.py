"""Read the archives an importcfg names and merge their symbols into one table.

Symbols marked ``dupok`` (string data, type descriptors) may be defined by several archives;
the first definition wins. Any other name defined twice is a link error, as in Go's linker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pogo.obj import importcfg
from pogo.obj.objfile import Archive, ObjError, Symbol, read_archive


class LinkError(Exception):
    """A problem with the link's inputs, reported to the user as ``link: ...``."""


@dataclass
class Program:
    archives: dict[str, Archive] = field(default_factory=dict)  # by import path
    symbols: dict[str, Symbol] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)  # symbol -> import path


def read_importcfg(path: str) -> dict[str, str]:
    """The importcfg's packagefile lines; problems become LinkErrors."""
    try:
        return importcfg.read_importcfg(path)
    except OSError as e:
        raise LinkError(f"open {path}: {e.strerror or e}") from e
    except importcfg.ImportcfgError as e:
        raise LinkError(str(e)) from e


def load_program(main_archive: str, cfg: dict[str, str]) -> Program:
    """Load the main archive and, transitively, every archive it imports."""
    prog = Program()
    try:
        main = read_archive(main_archive)
    except OSError as e:
        raise LinkError(f"open {main_archive}: {e.strerror or e}") from e
    except ObjError as e:
        raise LinkError(str(e)) from e
    main.path = "main"
    pending = [main]
    while pending:
        arc = pending.pop()
        if arc.path in prog.archives:
            continue
        prog.archives[arc.path] = arc
        _add_symbols(prog, arc)
        deps = list(arc.imports)
        if arc.path != "runtime" and "runtime" not in deps:
            deps.append("runtime")  # every program needs the runtime, imported or not
        for imp in deps:
            if imp in prog.archives or imp == "unsafe":
                continue
            file = cfg.get(imp)
            if file is None:
                raise LinkError(f"cannot find package {imp} (using -importcfg)")
            try:
                pending.append(read_archive(file))
            except OSError as e:
                raise LinkError(f"open {file}: {e.strerror or e}") from e
            except ObjError as e:
                raise LinkError(str(e)) from e
    return prog


def _add_symbols(prog: Program, arc: Archive) -> None:
    for s in arc.symbols:
        old = prog.symbols.get(s.name)
        if old is not None:
            if old.dupok and s.dupok:
                continue
            raise LinkError(f"duplicated definition of symbol {s.name}, from {prog.owner[s.name]} and {arc.path}")
        prog.symbols[s.name] = s
        prog.owner[s.name] = arc.path
