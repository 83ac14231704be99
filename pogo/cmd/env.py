"""``pogo env [VAR...]``: the build environment, in ``go env``'s shell-variable format."""

from __future__ import annotations

import os
import sys

from pogo.cache.store import default_dir
from pogo.load.goroot import GOARCH, GOOS, GOROOT, GOVERSION


def variables() -> dict[str, str]:
    return {
        "GOARCH": GOARCH,
        "GOOS": GOOS,
        "GOROOT": GOROOT,
        "GOVERSION": GOVERSION,
        "GOTOOLDIR": os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        "CGO_ENABLED": "0",
        "GOAMD64": "v1",
        "POGOCACHE": default_dir(),
    }


def main(argv: list[str]) -> int:
    env = variables()
    if any(a.startswith("-") for a in argv):
        sys.stderr.write("pogo: go env flags are not supported yet\nusage: go env [-json] [-changed] [-u] [-w] [var ...]\n")
        return 2
    if argv:
        sys.stdout.write("".join(env.get(a, "") + "\n" for a in argv))
        return 0
    sys.stdout.write("".join(f"{k}='{v}'\n" for k, v in sorted(env.items())))
    return 0
