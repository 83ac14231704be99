#!/usr/bin/env python3
"""Compare two bench/run.py JSON results: a report, never a failure.

    python bench/compare.py OLD.json NEW.json

For every measure present in either file it prints the old and new pogo values, the change
(for costs, negative is better; for rates, positive is better), and the old and new ratios
to go. Measures are matched by name; those only in one file are listed as added or removed.
Always exits 0, even for unreadable input (it says so instead).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import Measure, fmt_ratio, fmt_value, read_json  # noqa: E402


def _change(old: float | None, new: float | None) -> str:
    if old is None or new is None or old == 0:
        return ""
    return f"{(new - old) / old * 100:+.1f}%"


def _verdict(m_old: Measure, m_new: Measure) -> str:
    if m_old.pogo is None and m_new.pogo is not None:
        return "now measured"
    if m_old.pogo is not None and m_new.pogo is None:
        return "no longer measured"
    if m_old.pogo is None or m_new.pogo is None or m_old.pogo == 0:
        return ""
    delta = (m_new.pogo - m_old.pogo) / m_old.pogo
    if m_new.higher_is_better:
        delta = -delta
    if delta < -0.05:
        return "better"
    if delta > 0.05:
        return "worse"
    return "same"


def _describe(meta: dict[str, Any]) -> str:
    mach = meta.get("machine")
    cpu = mach.get("cpu", "?") if isinstance(mach, dict) else "?"
    cores = mach.get("cores", "?") if isinstance(mach, dict) else "?"
    return (f"{meta.get('date', '?')} {meta.get('mode', '?')} | {meta.get('pogo_version', '?')} | "
            f"{meta.get('go_version', '?')} | {cpu}, {cores} cores")


def compare(old_path: Path, new_path: Path) -> str:
    try:
        old_meta, old = read_json(old_path)
    except (OSError, ValueError) as e:
        return f"compare: cannot read {old_path}: {e}\n"
    try:
        new_meta, new = read_json(new_path)
    except (OSError, ValueError) as e:
        return f"compare: cannot read {new_path}: {e}\n"
    out = [f"old: {old_path}: {_describe(old_meta)}", f"new: {new_path}: {_describe(new_meta)}"]
    om, nm = old_meta.get("machine"), new_meta.get("machine")
    if isinstance(om, dict) and isinstance(nm, dict) and (om.get("cpu"), om.get("cores")) != (nm.get("cpu"), nm.get("cores")):
        out.append("note: different machines; compare the ratios to go rather than the raw values")
    if old_meta.get("mode") != new_meta.get("mode"):
        out.append("note: different modes (quick/full): sizes differ, so do some measure names")
    out.append("")
    old_by = {m.name: m for m in old}
    new_by = {m.name: m for m in new}
    rows = [("measure", "old pogo", "new pogo", "change", "old ratio", "new ratio", "")]
    for m in new:
        o = old_by.get(m.name)
        if o is None:
            continue
        rows.append((m.name, fmt_value(o.pogo, o.unit), fmt_value(m.pogo, m.unit), _change(o.pogo, m.pogo),
                     fmt_ratio(o.ratio), fmt_ratio(m.ratio), _verdict(o, m)))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    for i, r in enumerate(rows):
        out.append("  ".join(c.ljust(w[j]) if j in (0, 6) else c.rjust(w[j]) for j, c in enumerate(r)).rstrip())
        if i == 0:
            out.append("-" * (sum(w) + 12))
    added = [m.name for m in new if m.name not in old_by]
    removed = [m.name for m in old if m.name not in new_by]
    if added:
        out.append("")
        out.append("only in new: " + "; ".join(added))
    if removed:
        out.append("")
        out.append("only in old: " + "; ".join(removed))
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stdout.write("usage: python bench/compare.py OLD.json NEW.json\n")
        return 0
    sys.stdout.write(compare(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
