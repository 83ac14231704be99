"""The ``pogo`` command: dispatch to a subcommand, never let a Python traceback out."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable


def _commands() -> dict[str, Callable[[list[str]], int]]:
    from pogo.cmd import build, clean, env, help, list, run, tool, version

    return {"build": build.main, "clean": clean.main, "env": env.main, "help": help.main, "list": list.main,
            "run": run.main, "tool": tool.main, "version": version.main}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from pogo.cmd.help import OVERVIEW

        sys.stderr.write(OVERVIEW)
        return 2
    cmd = _commands().get(args[0])
    if cmd is None:
        if args[0] in ("-h", "-help", "--help"):
            return _commands()["help"]([])
        sys.stderr.write(f"go {args[0]}: unknown command\nRun 'go help' for usage.\n")
        return 2
    try:
        return cmd(args[1:])
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1
    except RecursionError:
        sys.stderr.write("pogo: internal error: recursion too deep\n")
        return 2
    except Exception as e:  # noqa: BLE001 - the last line of defence: report, don't dump
        sys.stderr.write(f"pogo: internal error: {type(e).__name__}: {e}\n")
        if os.environ.get("POGO_TRACEBACK"):
            traceback.print_exc()
        else:
            sys.stderr.write("(this is a bug in pogo; set POGO_TRACEBACK=1 to see where)\n")
        return 2
