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
    def __init__(self, work: WorkDir, show: bool, dry_run: bool, parallel: int) -> None:
        self.work = work
        self.show = show or dry_run
        self.dry_run = dry_run
        self.parallel = max(1, parallel)
        self.lock = threading.Lock()
        self.env = _pogo_env()
        self.failed = False

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
        with ThreadPoolExecutor(max_workers=self.parallel) as pool:
            while True:
                for a in actions:
                    if id(a) in started or len(running) >= self.parallel:
                        continue
                    if any(id(d) in bad for d in a.deps):
                        started.add(id(a))
                        bad.add(id(a))
                        continue
                    if all(id(d) in done for d in a.deps):
                        started.add(id(a))
                        running[pool.submit(self.run_one, a)] = a
                if not running:
                    break
                finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
                for fut in finished:
                    a = running.pop(fut)
                    (done if fut.result() else bad).add(id(a))
        return id(final) in done

    def run_one(self, a: Action) -> bool:
        w = self.work.shown
        lines: list[str] = []
        if a.kind == "compile":
            lines.append(f"mkdir -p {w(a.objdir)}\n")
        for path, content in a.files.items():
            lines.append(f"cat >{w(path)} << 'EOF' # internal\n{w(content)}EOF\n")
        if a.kind == "link":
            lines.append(f"mkdir -p {w(os.path.dirname(a.target))}/\n")
        lines.append(f"cd {a.cwd}\n")
        lines.append(" ".join(_shell_quote(w(x)) for x in a.argv) + "\n")
        if self.show:
            self.log("".join(lines))
        if self.dry_run:
            return True
        os.makedirs(os.path.dirname(a.target), exist_ok=True)
        for path, content in a.files.items():
            with open(path, "w") as f:
                f.write(content)
        try:
            p = subprocess.run(a.argv, cwd=a.cwd, env=self.env, capture_output=True)
        except OSError as e:
            self.log(f"# {a.pkg.path}\n{e}\n")
            return False
        out = (p.stdout + p.stderr).decode("utf-8", "replace")
        if out:
            self.log(f"# {a.pkg.path}\n{self._shorten(out, a)}")
        return p.returncode == 0

    def _shorten(self, out: str, a: Action) -> str:
        out = self.work.shown(out)
        if a.kind != "compile" or a.cwd != a.pkg.dir:
            return out if out.endswith("\n") else out + "\n"
        d = short_dir(a.pkg.dir)
        prefix = "./" if d == "." else d + "/"
        lines = [prefix + line[2:] if line.startswith("./") else line for line in out.splitlines()]
        return "".join(line + "\n" for line in lines)
