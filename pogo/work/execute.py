"""Run a planned build: tool processes in parallel, in dependency order, as ``go`` does.

An action starts once all its dependencies succeeded, at most ``parallel`` at a time. With
``-x`` every step is printed as a shell command before it runs (``$WORK`` for the work
dir); with ``-n`` it is printed and not run. A failed action's output is printed under a
``# import/path`` header, with file names shortened relative to the current directory the
way go shortens them; dependents of a failed action are not run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from pogo.cache.store import Cache, file_hash
from pogo.cache.toolid import tool_id
from pogo.work.actions import Action
from pogo.work.workdir import WorkDir


def _pogo_env() -> dict[str, str]:
    """The tools' environment: make sure the child Python imports this very pogo."""
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    old = env.get("PYTHONPATH", "")
    env["PYTHONPATH"] = root + (os.pathsep + old if old else "")
    return env


def short_dir(d: str) -> str:
    """go's ShortPath: the path relative to the current directory when that is shorter."""
    cwd = os.getcwd()
    if d == cwd:
        return "."
    try:
        rel = os.path.relpath(d, cwd)
    except ValueError:
        return d
    return rel if len(rel) < len(d) else d


def _shell_quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "-_./=:,+@%$" for c in arg):
        return arg
    return "'" + arg.replace("'", "'\\''") + "'"


class Executor:
    def __init__(
        self, work: WorkDir, show: bool, dry_run: bool, parallel: int,
        cache: Cache | None = None, force: bool = False, verbose: bool = False,
    ) -> None:
        self.work = work
        self.show = show or dry_run
        self.dry_run = dry_run
        self.parallel = max(1, parallel)
        self.cache = cache
        self.force = force
        self.verbose = verbose
        self.lock = threading.Lock()
        self.env = _pogo_env()

    def log(self, text: str) -> None:
        with self.lock:
            sys.stderr.write(text)
            sys.stderr.flush()

    def run_all(self, final: Action) -> bool:
        """Run ``final`` and everything it depends on; True if all succeeded."""
        actions: list[Action] = []
        seen: set[int] = set()

        def collect(a: Action) -> None:
            if id(a) in seen:
                return
            seen.add(id(a))
            for d in a.deps:
                collect(d)
            actions.append(a)

        collect(final)
        done: set[int] = set()
        bad: set[int] = set()
        started: set[int] = set()
        running: dict[Future[bool], Action] = {}
        pool: ThreadPoolExecutor | None = None
        try:
            while True:
                progressed = False
                for a in actions:
                    if id(a) in started or len(running) >= self.parallel:
                        continue
                    if any(id(d) in bad for d in a.deps):
                        started.add(id(a))
                        bad.add(id(a))
                        progressed = True
                        continue
                    if not all(id(d) in done for d in a.deps):
                        continue
                    started.add(id(a))
                    progressed = True
                    if self.lookup(a):
                        done.add(id(a))
                        continue
                    if pool is None:
                        pool = ThreadPoolExecutor(max_workers=self.parallel)
                    running[pool.submit(self.run_one, a)] = a
                if progressed:
                    continue
                if not running:
                    break
                finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for fut in finished:
                    a = running.pop(fut)
                    (done if fut.result() else bad).add(id(a))
        finally:
            if pool is not None:
                pool.shutdown()
        return id(final) in done

    def lookup(self, a: Action) -> bool:
        """Use a cached output for ``a`` if there is a valid one (not with -a)."""
        if self.cache is None or self.force or any(not d.output_id for d in a.deps):
            return False
        a.key = a.action_id(tool_id())
        e = self.cache.get(a.key)
        if e is None:
            return False
        a.target, a.output_id, a.cached = e.path, e.output_id, True
        return True

    def run_one(self, a: Action) -> bool:
        w = self.work.shown
        if a.kind == "link":
            a.argv[-1] = a.deps[0].target
        config = a.config_text()
        lines: list[str] = []
        if a.kind == "compile":
            lines.append(f"mkdir -p {w(a.objdir)}\n")
        lines.append(f"cat >{w(a.config)} << 'EOF' # internal\n{w(config)}EOF\n")
        if a.kind == "link":
            lines.append(f"mkdir -p {w(os.path.dirname(a.target))}/\n")
        lines.append(f"cd {a.cwd}\n")
        lines.append(" ".join(_shell_quote(w(x)) for x in a.argv) + "\n")
        if self.show:
            self.log("".join(lines))
        elif self.verbose and a.kind == "compile":
            self.log(a.pkg.path + "\n")
        if self.dry_run:
            return True
        os.makedirs(os.path.dirname(a.target), exist_ok=True)
        with open(a.config, "w") as f:
            f.write(config)
        try:
            p = subprocess.run(a.argv, cwd=a.cwd, env=self.env, capture_output=True)
        except OSError as e:
            self.log(f"# {a.pkg.path}\n{e}\n")
            return False
        out = (p.stdout + p.stderr).decode("utf-8", "replace")
        if out:
            self.log(f"# {a.pkg.path}\n{self._shorten(out, a)}")
        if p.returncode != 0:
            return False
        if self.cache is not None and all(d.output_id for d in a.deps):
            name = os.path.basename(a.target) if a.kind == "link" else ""
            a.key = a.action_id(tool_id())
            entry = self.cache.put(a.key, a.target, name)
            a.output_id = entry.output_id
        else:
            a.output_id = file_hash(a.target)
        return True

    def _shorten(self, out: str, a: Action) -> str:
        out = self.work.shown(out)
        if a.kind != "compile" or a.cwd != a.pkg.dir:
            return out if out.endswith("\n") else out + "\n"
        d = short_dir(a.pkg.dir)
        prefix = "./" if d == "." else d + "/"
        lines = [prefix + line[2:] if line.startswith("./") else line for line in out.splitlines()]
        return "".join(line + "\n" for line in lines)
