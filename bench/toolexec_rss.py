"""``go build -toolexec`` wrapper: run the tool, then append one JSON line with its peak
memory (ru_maxrss of the child, KiB) and wall time to the file named by the first argument.

    go build -toolexec "python bench/toolexec_rss.py OUT.jsonl" ...
"""

from __future__ import annotations

import json
import os
import sys
import time


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.stderr.write("usage: toolexec_rss.py OUT.jsonl tool [args...]\n")
        return 2
    out, tool = argv[0], argv[1:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(tool[0], tool)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    pkg = ""
    for i, a in enumerate(tool[:-1]):
        if a == "-p":
            pkg = tool[i + 1]
            break
    if "-V=full" not in tool:
        with open(out, "a") as f:
            f.write(json.dumps({"tool": os.path.basename(tool[0]), "pkg": pkg, "maxrss_kib": usage.ru_maxrss,
                                "seconds": seconds, "code": code}) + "\n")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
