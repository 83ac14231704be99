"""Run a planned build: tool processes in parallel, in dependency order, as ``go`` does.

An action starts once all its dependencies succeeded, at most ``parallel`` at a time. With
``-x`` every step is printed as a shell command before it runs (``$WORK`` for the work
dir); with ``-n`` it is printed and not run. A failed action's output is printed under a
``# import/path`` header, with file names shortened relative to the current directory the
way go shortens them; dependents of a failed action are not run.

How a tool process starts is ours to choose (DESIGN.md): by default the driver imports the
compiler and linker once and ``fork``s a child per action, which then runs exactly what the
printed ``pogo tool ...`` command would run (same arguments, same directory) without paying
for a fresh interpreter and its imports. ``POGO_FORK=0`` starts each tool as a new process
instead. Everything runs from the main thread (no threads, so forking is safe); each child's
output goes to a file in its action directory and is read once it exits.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

from pogo.cache.store import Cache, file_hash
from pogo.cache.toolid import tool_id
from pogo.work import ssadump
from pogo.work.actions import Action, tool_command
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


def _use_fork() -> bool:
    return hasattr(os, "fork") and os.environ.get("POGO_FORK", "1") != "0"


class _Child:
    """A running tool process: its pid (or Popen), the action, and its output file."""

    def __init__(self, action: Action, out_path: str, pid: int = 0, popen: subprocess.Popen[bytes] | None = None) -> None:
        self.action = action
        self.out_path = out_path
        self.pid = pid
        self.popen = popen


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
        self.fork = _use_fork()
        self.env = _pogo_env()
        self.preloaded = False
        # One updating status line on a terminal for builds longer than a second (not with -x/-v).
        self.progress = sys.stderr.isatty() and not (show or dry_run or verbose)
        self.started_at = 0.0
        self.shown_progress = False
        self.last_progress = ""
        self.total = 0
        self.finished = 0

    def log(self, text: str) -> None:
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
        import time

        self.started_at = time.monotonic()
        self.total = len(actions)
        done: set[int] = set()
        bad: set[int] = set()
        started: set[int] = set()
        running: list[_Child] = []
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
                        self.finished += 1
                        continue
                    child = self.start(a)
                    if child is None:
                        (done if self.dry_run else bad).add(id(a))
                    else:
                        running.append(child)
                if progressed:
                    continue
                if not running:
                    break
                child, status = self.wait_any(running)
                running.remove(child)
                self.finished += 1
                self.clear_progress()
                (done if self.finish(child, status) else bad).add(id(child.action))
        finally:
            self.clear_progress()
            for c in running:  # interrupted: don't leave tools running behind us
                try:
                    os.kill(c.pid or (c.popen.pid if c.popen else 0), 9)
                except OSError:
                    pass
        return id(final) in done

    def lookup(self, a: Action) -> bool:
        """Use a cached output for ``a`` if there is a valid one (not with -a)."""
        if self.cache is None or self.force or any(not d.output_id for d in a.deps):
            return False
        a.key = a.action_id(tool_id())
        e = self.cache.get(a.key)
        if e is None:
            return False
        if a.kind == "compile" and ssadump.active() and not ssadump.replay(self.cache, a):
            return False
        a.target, a.output_id, a.cached = e.path, e.output_id, True
        if a.kind == "compile":
            # like go, replay what the compiler printed (-gcflags=-m reports, the
            # POGOSSAFUNC line) on a hit
            oe = self.cache.get(_printed_key(a.key))
            if oe is not None:
                with open(oe.path, "rb") as f:
                    self.log(f"# {a.pkg.path}\n{self._shorten(f.read().decode('utf-8', 'replace'), a)}")
        return True

    def start(self, a: Action) -> _Child | None:
        """Print and start ``a``'s tool; None if nothing was started (-n, or a setup error)."""
        w = self.work.shown
        if self.cache is not None and not a.key and all(d.output_id for d in a.deps):
            # Computed before the main archive's path below is filled in: the ID names the
            # archive by its output ID, wherever it happens to be.
            a.key = a.action_id(tool_id())
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
            return None
        try:
            os.makedirs(os.path.dirname(a.target), exist_ok=True)
            with open(a.config, "w") as f:
                f.write(config)
        except OSError as e:
            self.log(f"# {a.pkg.path}\n{e}\n")
            return None
        out_path = a.objdir + ("link.out" if a.kind == "link" else "compile.out")
        if self.fork:
            return self._fork(a, out_path)
        try:
            with open(out_path, "wb") as out:
                popen = subprocess.Popen(a.argv, cwd=a.cwd, env=self.env, stdout=out, stderr=out,
                                         stdin=subprocess.DEVNULL)
        except OSError as e:
            self.log(f"# {a.pkg.path}\n{e}\n")
            return None
        return _Child(a, out_path, popen=popen)

    def _fork(self, a: Action, out_path: str) -> _Child:
        if not self.preloaded:
            # Import the tools once in the driver; every forked child inherits them.
            import pogo.compile.main  # noqa: F401
            import pogo.link.main  # noqa: F401

            self.preloaded = True
        sys.stdout.flush()
        sys.stderr.flush()
        fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        pid = os.fork()
        if pid == 0:  # the child: become `pogo tool <name> args...` in a.cwd
            code = 2
            try:
                os.dup2(fd, 1)
                os.dup2(fd, 2)
                os.chdir(a.cwd)
                from pogo.cli import main as cli_main

                code = cli_main(a.argv[len(tool_command("x")) - 2 :])
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException as e:  # noqa: BLE001 - report and leave, never return into the driver
                try:
                    os.write(2, f"pogo: internal error: {type(e).__name__}: {e}\n".encode())
                except OSError:
                    pass
            finally:
                os._exit(code)
        os.close(fd)
        return _Child(a, out_path, pid=pid)

    def wait_any(self, running: list[_Child]) -> tuple[_Child, int]:
        """Wait for one of the running children; return it and its exit status."""
        while True:
            for c in running:
                if c.popen is not None:
                    rc = c.popen.poll()
                    if rc is not None:
                        return c, rc
            if all(c.popen is not None for c in running):
                # only Popen children: block on the first one briefly, then poll all again
                try:
                    running[0].popen.wait(timeout=0.01)  # type: ignore[union-attr]
                except subprocess.TimeoutExpired:
                    pass
                continue
            try:
                pid, status = os.waitpid(-1, os.WNOHANG if self.progress else 0)
                if pid == 0:
                    self.show_progress(running)
                    import time

                    time.sleep(0.02)
                    continue
            except ChildProcessError:
                raise RuntimeError("tool process vanished") from None
            except InterruptedError:
                continue
            for c in running:
                if c.pid == pid:
                    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
                    return c, code

    def show_progress(self, running: list[_Child]) -> None:
        import time

        if time.monotonic() - self.started_at < 1.0:
            return
        names = ", ".join(c.action.pkg.path if c.action.kind == "compile" else "link" for c in running)
        text = f"[{self.finished}/{self.total}] {names}"[:120]
        if self.shown_progress and text == self.last_progress:
            return
        sys.stderr.write(f"\r\x1b[K{text}")
        sys.stderr.flush()
        self.shown_progress = True
        self.last_progress = text

    def clear_progress(self) -> None:
        if self.shown_progress:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown_progress = False

    def finish(self, child: _Child, status: int) -> bool:
        a = child.action
        try:
            with open(child.out_path, "rb") as f:
                out = f.read().decode("utf-8", "replace")
        except OSError:
            out = ""
        if out:
            self.log(f"# {a.pkg.path}\n{self._shorten(out, a)}")
        if status != 0:
            if not out:
                self.log(f"# {a.pkg.path}\n{a.kind}: exit status {status}\n")
            return False
        if self.cache is not None and all(d.output_id for d in a.deps):
            name = os.path.basename(a.target) if a.kind == "link" else ""
            entry = self.cache.put(a.key, a.target, name)
            a.output_id = entry.output_id
            if a.kind == "compile" and ssadump.active():
                ssadump.save(self.cache, a, out)
            if out and a.kind == "compile":
                self.cache.put(_printed_key(a.key), child.out_path)
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
        # paths the tool printed in full (gc's "dumped SSA for f to /dir/ssa.html")
        lines = [line.replace(" " + a.pkg.dir + "/", " " + prefix) for line in lines]
        return "".join(line + "\n" for line in lines)


def _printed_key(action_id: str) -> str:
    """The cache key under which a successful compile's printed output is kept."""
    return hashlib.sha256(f"{action_id} printed".encode()).hexdigest()
