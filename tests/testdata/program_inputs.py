"""What a corpus program gets besides its source: arguments, standard input and environment.

Shared by the e2e runner (``tests/test_e2e.py``) and the expected-output generator
(``regen.py``), so pogo and the reference toolchain always run a program with the same inputs.
Plain module without third-party imports: both load it by path.
"""

from __future__ import annotations

from pathlib import Path


def read_args(source: Path) -> list[str]:
    """Return the arguments listed in ``NAME.args`` (one per line), or none."""
    args_file = source.with_suffix(".args")
    if not args_file.exists():
        return []
    return args_file.read_text().split("\n")[:-1]


def read_stdin(source: Path) -> bytes:
    """Return the bytes of ``NAME.stdin`` (the program's standard input), or none."""
    stdin_file = source.with_suffix(".stdin")
    return stdin_file.read_bytes() if stdin_file.exists() else b""


def read_env(source: Path) -> dict[str, str]:
    """Return the variables set by ``// env: KEY=VALUE ...`` lines before the package clause."""
    env: dict[str, str] = {}
    for line in source.read_text().splitlines():
        if line.startswith("package "):
            break
        if line.startswith("// env:"):
            for item in line.removeprefix("// env:").split():
                key, _, value = item.partition("=")
                env[key] = value
    return env
