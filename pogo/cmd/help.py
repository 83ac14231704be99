"""``pogo help [command]``: what pogo can do."""

from __future__ import annotations

import sys

OVERVIEW = """pogo is the Go toolchain, written in Python.

Usage:

\tpogo <command> [arguments]

The commands are:

\tbuild       compile packages and dependencies
\tenv         print Go environment information
\thelp        this help
\trun         compile and run Go program
\ttool        run specified go tool (compile, link)
\tversion     print Go version

Use "pogo help <command>" for more information about a command.
"""

TOPICS = {
    "run": """usage: pogo run [build flags] [-exec xprog] gofiles... [arguments...]

Run compiles and runs the named main Go package: the .go files on the command
line, all in one directory. The program gets the remaining arguments. A non-zero
exit of the program is reported as "exit status N" and pogo exits with status 1.

The build flags are -x (print the commands), -n (print, don't run), -work (keep
the temporary work directory), -v (print package names) and -p n (parallel jobs).
""",
    "build": """usage: pogo build [-o output] [build flags] gofiles...

Build compiles the named files and their dependencies and links an executable
named after the first file (or -o output). Build flags as for "pogo help run".
""",
    "clean": "usage: pogo clean -cache\n\nClean -cache removes everything in the build cache (POGOCACHE).\n",
    "version": "usage: pogo version\n\nVersion prints pogo's version, the Go version it implements and its target.\n",
    "env": "usage: pogo env [var ...]\n\nEnv prints the build environment, or the named variables' values.\n",
    "tool": "usage: pogo tool [command] [args...]\n\nTool runs pogo's compiler (compile) or linker (link).\n",
}


def main(argv: list[str]) -> int:
    if not argv:
        sys.stdout.write(OVERVIEW)
        return 0
    text = TOPICS.get(argv[0])
    if text is None or len(argv) > 1:
        sys.stderr.write(f"go help {' '.join(argv)}: unknown help topic. Run 'go help'.\n")
        return 2
    sys.stdout.write(text)
    return 0
