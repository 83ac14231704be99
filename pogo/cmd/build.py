"""``pogo build``: compile and link the named files into an executable in the current dir."""

from __future__ import annotations

import os
import shutil
import sys

from pogo.cmd.base import UsageError, build_exe, load_main, parse_build_flags
from pogo.cmd.run import _go_prefix
from pogo.load.packages import LoadError
from pogo.work.workdir import WorkDir

USAGE = "usage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.\n"


def main(argv: list[str]) -> int:
    try:
        flags, files = parse_build_flags(argv, {"-o"})
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    try:
        pkg = load_main(files)
    except LoadError as e:
        sys.stderr.write(f"{_go_prefix(str(e))}\n")
        return 1
    if pkg.name != "main":
        if flags.output:
            sys.stderr.write("pogo: building non-main packages with -o is not supported yet\n")
            return 1
        # go build of a non-main package compiles it and discards the result.
    work = WorkDir(flags.keep_work, flags.show or flags.dry_run)
    try:
        name = os.path.basename(files[0])[:-3]
        out = flags.output or name
        if flags.output.endswith("/") or os.path.isdir(out):
            out = os.path.join(out, name)
        if pkg.name != "main":
            from pogo.cmd.base import executor
            from pogo.work.actions import plan

            link = plan(pkg, work.path, name)
            main_compile = [a for a in link.deps if a.pkg is pkg][0]
            return 0 if executor(flags, work).run_all(main_compile) else 1
        built = build_exe(pkg, flags, name, work, False)
        if built is None:
            return 1
        link = built
        if flags.show or flags.dry_run:
            sys.stderr.write(f"mv {work.shown(link.target)} {out}\n")
        if flags.dry_run:
            return 0
        try:
            if os.path.isdir(out):
                sys.stderr.write(f"go: build output \"{out}\" already exists and is a directory\n")
                return 1
            tmp = out + ".pogo-tmp"
            shutil.copyfile(link.target, tmp)
            os.chmod(tmp, 0o755)
            os.replace(tmp, out)
        except OSError as e:
            sys.stderr.write(f"go: {e}\n")
            return 1
        return 0
    finally:
        work.cleanup()
