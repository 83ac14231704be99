"""``pogo tool NAME args``: run one of pogo's own tools (compile, link, nm, objdump, buildid) directly."""

from __future__ import annotations

import sys
from collections.abc import Callable


def _compile(argv: list[str]) -> int:
    from pogo.compile.main import main

    return main(argv)


def _link(argv: list[str]) -> int:
    from pogo.link.main import main

    return main(argv)


def _gotype(argv: list[str]) -> int:
    from pogo.compile.gotype import main

    return main(argv)


def _nm(argv: list[str]) -> int:
    from pogo.objtool.nm import main

    return main(argv)


def _objdump(argv: list[str]) -> int:
    from pogo.objtool.objdump import main

    return main(argv)


def _buildid(argv: list[str]) -> int:
    from pogo.objtool.buildid import main

    return main(argv)


TOOLS: dict[str, Callable[[list[str]], int]] = {
    "compile": _compile, "link": _link, "gotype": _gotype, "nm": _nm, "objdump": _objdump, "buildid": _buildid,
}


def main(argv: list[str]) -> int:
    if not argv:
        sys.stdout.write("".join(name + "\n" for name in sorted(TOOLS)))
        return 0
    tool = TOOLS.get(argv[0])
    if tool is None:
        sys.stderr.write(f"go: no such tool \"{argv[0]}\"\n")
        return 2
    return tool(argv[1:])
