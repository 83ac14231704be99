"""``pogo build``: compile packages and link a main package into an executable.

As with go: one main package writes an executable (named after the first file or the last
import path element, or ``-o``); several packages or a non-main one are compiled and the
results discarded (they still land in the build cache).
"""

from __future__ import annotations

import os
import shutil
import sys

from pogo.cmd.base import build_exe, exe_name, executor, load_roots
from pogo.cmd.flags import UsageError, parse_build_flags
from pogo.cmd.run import _go_prefix
from pogo.load.packages import LoadError
from pogo.work.actions import plan
from pogo.work.workdir import WorkDir

USAGE = "usage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.\n"


def main(argv: list[str]) -> int:
    try:
        flags, args = parse_build_flags(argv, {"-o"})
    except UsageError as e:
        sys.stderr.write(f"{e}\n{USAGE}")
        return 2
    try:
        roots = load_roots(args, flags)
    except LoadError as e:
        sys.stderr.write(f"{_go_prefix(str(e))}\n")
        return 1
    single_main = len(roots) == 1 and roots[0].name == "main"
    if flags.output and not single_main and not (flags.output.endswith("/") or os.path.isdir(flags.output)):
        what = "multiple packages" if len(roots) > 1 else "non-main package"
        sys.stderr.write(f"go: -o flag can only be used with a single main package or a directory, not {what}\n")
        return 1
    work = WorkDir(flags.keep_work, flags.show or flags.dry_run)
    try:
        if not single_main:
            ok = True
            for pkg in roots:
                link = plan(pkg, work.path, exe_name(pkg))
                compile_action = [a for a in link.deps if a.pkg is pkg][0]
                ok = executor(flags, work).run_all(compile_action) and ok
            return 0 if ok else 1
        pkg = roots[0]
        name = exe_name(pkg)
        out = flags.output or name
        if flags.output.endswith("/") or os.path.isdir(out):
            out = os.path.join(out, name)
        built = build_exe(pkg, flags, name, work, False)
        if built is None:
            return 1
        if flags.show or flags.dry_run:
            sys.stderr.write(f"mv {work.shown(built.target)} {out}\n")
        if flags.dry_run:
            return 0
        if os.path.isdir(out):
            sys.stderr.write(f'go: build output "{out}" already exists and is a directory\n')
            return 1
        try:
            tmp = out + ".pogo-tmp"
            shutil.copyfile(built.target, tmp)
            os.chmod(tmp, 0o755)
            os.replace(tmp, out)
        except OSError as e:
            sys.stderr.write(f"go: {e}\n")
            return 1
        return 0
    finally:
        work.cleanup()
