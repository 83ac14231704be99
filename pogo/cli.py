"""The ``pogo`` command: dispatch to a subcommand, never let a Python traceback out."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

COMMANDS = ("build", "clean", "env", "help", "list", "run", "tool", "version")


def _command(name: str) -> Callable[[list[str]], int] | None:
    """Import only the module of the command being run (the warm path imports little)."""
    if name not in COMMANDS:
        return None
    import importlib

    module = importlib.import_module(f"pogo.cmd.{name}")
    fn: Callable[[list[str]], int] = module.main
    return fn


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from pogo.cmd.help import OVERVIEW

        sys.stderr.write(OVERVIEW)
        return 2
    cmd = _command(args[0])
    if cmd is None:
        if args[0] in ("-h", "-help", "--help"):
            from pogo.cmd.help import main as help_main

            return help_main([])
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
            import traceback

            traceback.print_exc()
        else:
            sys.stderr.write("(this is a bug in pogo; set POGO_TRACEBACK=1 to see where)\n")
        return 2
