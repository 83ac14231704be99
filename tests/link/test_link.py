"""Linker tests on hand-made archives: layout, relocations, dead code, init order, ELF."""

from __future__ import annotations

import os
import struct
import subprocess
from pathlib import Path

import pytest

from pogo.link.inittask import init_order
from pogo.link.load import LinkError, Program
from pogo.link.main import main as link_main
from pogo.obj.objfile import Archive, Reloc, RelocKind, Symbol, SymKind, write_archive


def _exit_code_text(code: int) -> bytes:
    # mov edi, code; mov eax, 231 (exit_group); syscall
    return b"\xbf" + struct.pack("<I", code) + b"\xb8\xe7\x00\x00\x00\x0f\x05"


def _call(sym: str) -> tuple[bytes, Reloc]:
    return b"\xe8\0\0\0\0", Reloc(1, RelocKind.PCREL32, sym, -4)


def _write(tmp: Path, arcs: list[Archive]) -> Path:
    cfg = tmp / "importcfg"
    lines = []
    for a in arcs:
        f = tmp / (a.path.replace("/", "_") + ".a")
        write_archive(str(f), a)
        lines.append(f"packagefile {a.path}={f}\n")
    cfg.write_text("".join(lines))
    return cfg


def _program(tmp: Path, exit_code: int, extra: list[Symbol] | None = None) -> Path:
    """runtime.rt0 calls main.main, which exits with ``exit_code``."""
    code, rel = _call("main.main")
    rt = Archive("runtime", [], [Symbol("runtime.rt0", SymKind.TEXT, code + b"\x0f\x0b", align=16, relocs=[rel])])
    main = Archive(
        "main", ["runtime"], [Symbol("main.main", SymKind.TEXT, _exit_code_text(exit_code), align=16)] + (extra or [])
    )
    _write(tmp, [rt])
    write_archive(str(tmp / "main.a"), main)
    return tmp / "main.a"


def test_links_a_running_static_executable(tmp_path: Path) -> None:
    main = _program(tmp_path, 7)
    out = tmp_path / "prog"
    assert link_main(["-o", str(out), "-importcfg", str(tmp_path / "importcfg"), str(main)]) == 0
    assert os.access(out, os.X_OK)
    assert subprocess.run([str(out)]).returncode == 7
    data = out.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and struct.unpack_from("<H", data, 18)[0] == 62
    phoff, = struct.unpack_from("<Q", data, 32)
    phnum, = struct.unpack_from("<H", data, 56)
    types = [struct.unpack_from("<I", data, phoff + 56 * i)[0] for i in range(phnum)]
    assert 3 not in types and 2 not in types  # no PT_INTERP, no PT_DYNAMIC
    assert 0x6474E551 in types  # PT_GNU_STACK


def test_dead_code_is_not_linked(tmp_path: Path) -> None:
    unused = Symbol("main.unused", SymKind.TEXT, b"\xc3", align=16)
    main = _program(tmp_path, 0, [unused])
    out = tmp_path / "prog"
    assert link_main(["-o", str(out), "-importcfg", str(tmp_path / "importcfg"), str(main)]) == 0
    syms = subprocess.run(["readelf", "-sW", str(out)], capture_output=True, text=True).stdout
    assert "main.main" in syms and "runtime.rt0" in syms
    assert "main.unused" not in syms


def test_strip_drops_symbol_table(tmp_path: Path) -> None:
    main = _program(tmp_path, 0)
    out = tmp_path / "prog"
    assert link_main(["-o", str(out), "-s", "-importcfg", str(tmp_path / "importcfg"), str(main)]) == 0
    sections = subprocess.run(["readelf", "-SW", str(out)], capture_output=True, text=True).stdout
    assert ".symtab" not in sections and ".text" in sections


def test_undefined_relocation_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, rel = _call("main.missing")
    main = _program(tmp_path, 0, [])
    arc = Archive("main", ["runtime"], [Symbol("main.main", SymKind.TEXT, code, relocs=[rel])])
    write_archive(str(main), arc)
    assert link_main(["-o", str(tmp_path / "p"), "-importcfg", str(tmp_path / "importcfg"), str(main)]) == 2
    assert "main.main: relocation target main.missing not defined" in capsys.readouterr().err


def test_missing_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main = _program(tmp_path, 0)
    write_archive(str(main), Archive("main", ["runtime"], []))
    assert link_main(["-o", str(tmp_path / "p"), "-importcfg", str(tmp_path / "importcfg"), str(main)]) == 2
    assert "function main is undeclared in the main package" in capsys.readouterr().err


def test_data_relocations_and_dupok(tmp_path: Path) -> None:
    # main.main loads the u64 at main.ptr (which holds the address of the string) and
    # exits with the string's first byte.
    s1 = Symbol("go:string.x", SymKind.RODATA, b"*", dupok=True)
    ptr = Symbol("main.ptr", SymKind.DATA, bytes(8), align=8, relocs=[Reloc(0, RelocKind.ABS64, "go:string.x")])
    # mov rax, [rip+main.ptr]; movzx edi, byte [rax]; mov eax, 231; syscall
    text = b"\x48\x8b\x05\0\0\0\0" + b"\x0f\xb6\x38" + b"\xb8\xe7\x00\x00\x00\x0f\x05"
    m = Symbol("main.main", SymKind.TEXT, text, relocs=[Reloc(3, RelocKind.PCREL32, "main.ptr", -4)])
    code, rel = _call("main.main")
    rt = Archive("runtime", [], [Symbol("runtime.rt0", SymKind.TEXT, code, relocs=[rel]),
                                 Symbol("go:string.x", SymKind.RODATA, b"*", dupok=True)])
    cfg = _write(tmp_path, [rt])
    write_archive(str(tmp_path / "main.a"), Archive("main", ["runtime"], [m, ptr, s1]))
    out = tmp_path / "prog"
    assert link_main(["-o", str(out), "-importcfg", str(cfg), str(tmp_path / "main.a")]) == 0
    assert subprocess.run([str(out)]).returncode == ord("*")


def test_duplicate_symbol_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, rel = _call("main.main")
    rt = Archive("runtime", [], [Symbol("runtime.rt0", SymKind.TEXT, code, relocs=[rel]),
                                 Symbol("main.main", SymKind.TEXT, b"\xc3")])
    cfg = _write(tmp_path, [rt])
    write_archive(str(tmp_path / "main.a"), Archive("main", ["runtime"], [Symbol("main.main", SymKind.TEXT, b"\xc3")]))
    assert link_main(["-o", str(tmp_path / "p"), "-importcfg", str(cfg), str(tmp_path / "main.a")]) == 2
    assert "duplicated definition of symbol main.main" in capsys.readouterr().err


def test_init_order_is_lexical_among_ready_packages() -> None:
    prog = Program()
    for path, imports in {
        "runtime": [], "main": ["zeta", "alpha"], "zeta": ["beta"], "alpha": [], "beta": [],
    }.items():
        prog.archives[path] = Archive(path, imports)
    assert init_order(prog) == ["runtime", "alpha", "beta", "zeta", "main"]


def test_init_order_cycle_is_reported() -> None:
    prog = Program()
    prog.archives["runtime"] = Archive("runtime")
    prog.archives["a"] = Archive("a", ["b"])
    prog.archives["b"] = Archive("b", ["a"])
    with pytest.raises(LinkError, match="import cycle"):
        init_order(prog)


def test_gc_data_bounds_cover_data_and_bss() -> None:
    """runtime.gcdataBounds becomes data holding [start of .data, end of .bss) and the
    address of the pointer bitmap of those words."""
    from pogo.link.gcroots import GC_DATA_BOUNDS, GC_DATA_MASK
    from pogo.link.layout import layout, relocate

    syms = [
        Symbol("main.d", SymKind.DATA, b"\1" * 24, align=8),
        Symbol(GC_DATA_BOUNDS, SymKind.BSS, size=24, align=8),
        Symbol("main.b", SymKind.BSS, size=40, align=8, gcmask=b"\x05"),
        Symbol("main.c", SymKind.BSS, size=3, align=1, gcmask=b""),
    ]
    img = layout(syms)
    relocate(img)
    data, bss = img.section(".data"), img.section(".bss")
    at = img.addr[GC_DATA_BOUNDS] - data.addr
    lo, hi, mask = struct.unpack_from("<QQQ", data.data, at)
    assert (lo, hi, mask) == (data.addr, bss.addr + bss.size, img.addr[GC_DATA_MASK])
    assert lo <= img.addr["main.d"] and img.addr["main.b"] + 40 <= hi
    ro = img.section(".rodata")
    bits = int.from_bytes(ro.data[mask - ro.addr : mask - ro.addr + 8], "little")
    d, b = ((img.addr[n] - lo) // 8 for n in ("main.d", "main.b"))
    want = 0b111 << d | 0b101 << b  # main.d has no mask: every word; the bounds: none
    assert bits == want
