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

Additional help topics:

	cache       the build cache
	environment environment variables
	modules     modules and go.mod
	packages    package lists and patterns

Use "pogo help <topic>" for more information about that topic.
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
    "list": """usage: pogo list [-f format] [-json] [-deps] [-m] [build flags] [packages]

List prints the named packages, one import path per line, or with -json as go list's JSON
(Dir, ImportPath, Name, Root, Module, Match, Goroot, Standard, GoFiles, IgnoredGoFiles,
Imports, Deps), or through -f, a subset of text/template ({{.Field}}, join, len, printf,
if/else, range). -deps adds every dependency, dependencies first. -m lists modules instead:
the main module, or with "all" the whole build list with versions and replacements.
""",
    "cache": """The build cache (POGOCACHE, default $XDG_CACHE_HOME/pogo-build or ~/.cache/pogo-build;
"off" disables it) holds compiled packages and linked programs by content hash. Every read is
checked against its hash; a damaged entry is removed and rebuilt. Entries unused for five days
are trimmed. 'pogo clean -cache' empties it; -a ignores it for one build.
""",
    "environment": """pogo reads GOFLAGS (flags applied to every build command), GOMODCACHE and GOPATH (the
module cache), GO111MODULE, POGOCACHE (the build cache), POGO_FORK=0 (start each tool as a
fresh process) and POGO_TRACEBACK=1 (show the Python traceback of an internal error).
GOOS/GOARCH are fixed: pogo builds linux/amd64. 'pogo env' prints the values.
""",
    "modules": """A module is a tree of packages with a go.mod file at its root (module, go, require,
replace, exclude). pogo never downloads: dependencies come from the module cache
($GOMODCACHE, filled by 'go mod download'), verified against go.sum, from a replace
directive naming a local directory, or from vendor/ when vendor/modules.txt exists.
Versions are chosen by minimal version selection.
""",
    "packages": """Packages are named by import path (fmt, example.com/m/util), by directory (., ./cmd/x),
with ... wildcards (./..., example.com/m/...), or as 'std'. A list of .go files names a
single package, command-line-arguments. Directories named testdata or vendor, and those
starting with . or _, are not matched by wildcards.
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
