"""``pogo tool link``: link a main package's archive and its dependencies into an executable.

    pogo tool link -o OUT -importcfg FILE [-s] [-w] [-E entry] [-buildmode=exe] main.a

Steps, one module each: load (archives, symbol merge) → deadcode (reachability from the
entry) → inittask (initialisation order table) → layout (addresses, relocations) → elf.
Errors print ``link: ...`` style messages and exit 2, as Go's linker does.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from pogo.link.buildid import action_id, fill_content_id, placeholder
from pogo.link.deadcode import reachable
from pogo.link.elf import write_elf
from pogo.link.functab import with_functab
from pogo.link.inittask import INITTASKS, inittasks_symbol
from pogo.link.layout import relocate
from pogo.link.load import LinkError, Program, load_program, read_importcfg
from pogo.link.strings import share_strings
from pogo.obj.objfile import Reloc, RelocKind, Symbol, SymKind
from pogo.toolflags import UsageError, scan

USAGE = "usage: link [options] main.o\n"
ENTRY = "runtime.rt0"


@dataclass
class Options:
    output: str = "a.out"
    importcfg: str = ""
    strip: bool = False
    entry: str = ENTRY
    defines: list[tuple[str, str]] = field(default_factory=list)  # -X importpath.name=value
    input: str = ""
    dumpdep: bool = False  # print why each symbol is kept ("parent -> symbol")
    dumpsyms: bool = False  # print every laid-out symbol ("address size name"), listed in .symtab or not


_BOOL = {"-dumpdep", "-dumpsyms", "-s", "-w", "-v", "-race", "-msan", "-asan", "-linkshared", "-a", "-c", "-d", "-f", "-g", "-h", "-n", "-u"}
_VALUE = {"-o", "-importcfg", "-E", "-buildmode", "-buildid", "-extld", "-extldflags", "-linkmode", "-X",
          "-installsuffix", "-L", "-r", "-k", "-T", "-R", "-H", "-I", "-tmpdir", "-pluginpath", "-libgcc"}


def parse_args(argv: list[str]) -> Options:
    o = Options()
    inputs: list[str] = []
    for name, val in scan(argv, _BOOL, _VALUE):
        if name == "":
            inputs.append(val)
        elif name == "-s":
            o.strip = val not in ("false", "0")
        elif name == "-o":
            o.output = val
        elif name == "-dumpdep":
            o.dumpdep = val not in ("false", "0")
        elif name == "-dumpsyms":
            o.dumpsyms = val not in ("false", "0")
        elif name == "-importcfg":
            o.importcfg = val
        elif name == "-E":
            o.entry = val
        elif name == "-X":
            sym, eq2, value = val.partition("=")
            if not eq2 or "." not in sym:
                raise UsageError("-X flag requires argument of the form importpath.name=value")
            o.defines.append((sym, value))
        elif name == "-buildmode" and val not in ("exe", "default"):
            raise UsageError(f"-buildmode={val} not supported yet by pogo")
    if len(inputs) != 1:
        raise UsageError("need exactly one input archive")
    o.input = inputs[0]
    return o


def define_string(prog: Program, name: str, value: str) -> None:
    """-X: give the string variable ``name`` the initial value ``value``. As with go, a name
    that is not a string variable of the program is ignored."""
    import hashlib
    import struct

    sym = prog.symbols.get(name)
    if sym is None or sym.kind not in (SymKind.BSS, SymKind.DATA) or sym.length != 16:
        return
    data = value.encode()
    sname = "go:string." + hashlib.sha256(data).hexdigest()[:20]
    if sname not in prog.symbols:
        prog.symbols[sname] = Symbol(sname, SymKind.RODATA, data, dupok=True)
        prog.owner[sname] = prog.owner[name]
    prog.symbols[name] = Symbol(
        name, SymKind.DATA, struct.pack("<QQ", 0, len(data)), align=8,
        relocs=[Reloc(0, RelocKind.ABS64, sname)] if data else [], gcmask=sym.gcmask,
    )


def build_action_id(o: Options, prog: Program, cfg: dict[str, str]) -> str:
    """The first half of the build ID: a hash of every archive read and the options."""
    inputs = []
    for path in sorted(prog.archives):
        file = o.input if path == "main" else cfg.get(path, "")
        with open(file, "rb") as f:
            inputs.append(f.read())
    return action_id(inputs, repr((o.strip, o.entry, o.defines)))


def link(o: Options) -> None:
    cfg = read_importcfg(o.importcfg) if o.importcfg else {}
    prog = load_program(o.input, cfg)
    if "main.main" not in prog.symbols:
        raise LinkError("runtime.main_main·f: function main is undeclared in the main package")
    for sym, value in o.defines:
        define_string(prog, sym, value)
    tasks = inittasks_symbol(prog)
    prog.symbols[INITTASKS] = tasks
    prog.owner[INITTASKS] = "runtime"
    why: dict[str, str] = {}
    symbols = reachable(prog, [o.entry], why)
    if o.dumpdep:
        sys.stdout.write("".join(f"{why[s.name] or '<entry>'} -> {s.name}\n" for s in symbols))
    symbols = share_strings(symbols)
    img = with_functab(symbols, symtab=not o.strip)
    relocate(img)
    if o.dumpsyms:
        sys.stdout.write("".join(f"{img.addr[s.name]:x} {s.length} {s.name}\n"
                                 for sec in img.sections for s in sec.symbols))
    action = build_action_id(o, prog, cfg)
    data = fill_content_id(write_elf(img, img.addr[o.entry], o.strip, placeholder(action)), action)
    tmp = o.output + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.chmod(tmp, 0o755)
    os.replace(tmp, o.output)


def main(argv: list[str]) -> int:
    try:
        o = parse_args(argv)
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    try:
        link(o)
    except LinkError as e:
        for line in str(e).splitlines():
            sys.stderr.write(f"{line}\n")
        return 2
    except OSError as e:
        sys.stderr.write(f"link: {e}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
