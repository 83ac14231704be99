"""``pogo env [-json] [VAR...]``: the build environment, in ``go env``'s formats.

GOROOT is pogo's own standard library tree; POGOCACHE replaces GOCACHE (GOCACHE is shown
as the same directory so scripts that read it find pogo's cache).
"""

from __future__ import annotations

import json
import os
import sys

from pogo import __version__
from pogo.cache.store import default_dir
from pogo.load.goroot import GOARCH, GOOS, GOROOT, GOVERSION
from pogo.load.modules import find_module_root, gomodcache


def variables() -> dict[str, str]:
    root = find_module_root(os.getcwd())
    gopath = os.environ.get("GOPATH") or os.path.join(os.path.expanduser("~"), "go")
    return {
        "CGO_ENABLED": "0",
        "GO111MODULE": os.environ.get("GO111MODULE", ""),
        "GOAMD64": "v1",
        "GOARCH": GOARCH,
        "GOCACHE": default_dir(),
        "GOFLAGS": os.environ.get("GOFLAGS", ""),
        "GOHOSTARCH": GOARCH,
        "GOHOSTOS": GOOS,
        "GOMOD": os.path.join(root, "go.mod") if root else os.devnull,
        "GOMODCACHE": gomodcache(),
        "GOOS": GOOS,
        "GOPATH": gopath,
        "GOPROXY": os.environ.get("GOPROXY", "off"),
        "GOROOT": GOROOT,
        "GOTOOLDIR": os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        "GOVERSION": GOVERSION,
        "POGOCACHE": default_dir(),
        "POGOVERSION": __version__,
    }


def main(argv: list[str]) -> int:
    as_json = "-json" in argv
    names = [a for a in argv if a != "-json"]
    bad = [a for a in names if a.startswith("-")]
    if bad:
        sys.stderr.write(f"pogo: go env {bad[0]} is not supported yet\nusage: go env [-json] [var ...]\n")
        return 2
    env = variables()
    if as_json:
        shown = {k: env.get(k, "") for k in names} if names else env
        sys.stdout.write(json.dumps(shown, indent="\t", sort_keys=True) + "\n")
        return 0
    if names:
        sys.stdout.write("".join(env.get(a, "") + "\n" for a in names))
        return 0
    sys.stdout.write("".join(f"{k}='{v}'\n" for k, v in sorted(env.items())))
    return 0
