"""Suite-wide setting: the pogo commands the tests start run from byte-compiled modules.

Some machines (this project's CI image among them) set ``PYTHONDONTWRITEBYTECODE``; then
every ``python -m pogo`` the suite starts (over a thousand) compiles ~60 modules from
source first. The .pyc files go to one directory outside the repo, shared by the xdist
workers (CPython writes each file atomically).
"""

from __future__ import annotations

import os
import tempfile

os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(tempfile.gettempdir(), f"pogo-tests-pycache-{os.getuid()}"))
