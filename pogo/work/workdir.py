"""The temporary ``$WORK`` directory a build writes into, as ``go`` has."""

from __future__ import annotations

import shutil
import sys
import tempfile


class WorkDir:
    def __init__(self, keep: bool, show: bool) -> None:
        self.path = tempfile.mkdtemp(prefix="pogo-build")
        self.keep = keep
        if keep or show:
            sys.stderr.write(f"WORK={self.path}\n")
            sys.stderr.flush()

    def shown(self, text: str) -> str:
        """``text`` with the work dir written as ``$WORK``, as ``-x`` prints it."""
        return text.replace(self.path, "$WORK")

    def cleanup(self) -> None:
        if not self.keep:
            shutil.rmtree(self.path, ignore_errors=True)
