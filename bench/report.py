"""Measures and how they are shown: the table, the JSON results file and the PNG chart.

Every measure has a value for pogo and one for go in the same unit. The ratio is always
"how many times pogo is behind go": pogo/go for costs (seconds, bytes, KiB) and go/pogo for
rates (lines/s); so 1 means parity and 3 means pogo needs three times as long (or as much).
A value that could not be measured is None, with a note saying why (for pogo typically
``not supported yet (<first line of pogo's error>)``).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

RESULTS_VERSION = 1


@dataclass
class Measure:
    name: str
    group: str
    unit: str  # "s", "bytes", "KiB", "lines/s", "x"
    pogo: float | None
    go: float | None
    pogo_note: str = ""
    go_note: str = ""
    higher_is_better: bool = False
    detail: str = ""

    @property
    def ratio(self) -> float | None:
        if self.pogo is None or self.go is None or self.pogo <= 0 or self.go <= 0:
            return None
        return self.go / self.pogo if self.higher_is_better else self.pogo / self.go

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["ratio"] = self.ratio
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Measure:
        return cls(
            name=str(d.get("name", "?")),
            group=str(d.get("group", "")),
            unit=str(d.get("unit", "")),
            pogo=_num(d.get("pogo")),
            go=_num(d.get("go")),
            pogo_note=str(d.get("pogo_note", "") or ""),
            go_note=str(d.get("go_note", "") or ""),
            higher_is_better=bool(d.get("higher_is_better", False)),
            detail=str(d.get("detail", "") or ""),
        )


def _num(x: object) -> float | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return float(x)


def fmt_value(v: float | None, unit: str) -> str:
    if v is None:
        return "n/a"
    if unit == "s":
        if v < 1:
            return f"{v * 1000:.1f} ms"
        return f"{v:.2f} s"
    if unit == "bytes":
        return f"{int(v):,} B"
    if unit == "KiB":
        return f"{v / 1024:.1f} MiB"
    if unit == "lines/s":
        return f"{v:,.0f} lines/s"
    if unit == "x":
        return f"{v:.2f}x"
    return f"{v:g} {unit}"


def fmt_ratio(r: float | None) -> str:
    if r is None:
        return "-"
    if r >= 100:
        return f"{r:,.0f}"
    return f"{r:.2f}"


def table(measures: list[Measure]) -> str:
    """One table: measure, pogo, go, ratio; a note line under a row says why a value is
    missing."""
    rows = [(m.name, fmt_value(m.pogo, m.unit), fmt_value(m.go, m.unit), fmt_ratio(m.ratio)) for m in measures]
    head = ("measure", "pogo", "go", "ratio")
    w = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    line = f"{head[0]:<{w[0]}}  {head[1]:>{w[1]}}  {head[2]:>{w[2]}}  {head[3]:>{w[3]}}"
    out = [line, "-" * len(line)]
    group = None
    for m, r in zip(measures, rows, strict=True):
        if m.group != group:
            if group is not None:
                out.append("")
            out.append(f"[{m.group}]")
            group = m.group
        out.append(f"{r[0]:<{w[0]}}  {r[1]:>{w[1]}}  {r[2]:>{w[2]}}  {r[3]:>{w[3]}}")
        if m.pogo_note:
            out.append(f"    pogo: {m.pogo_note}")
        if m.go_note:
            out.append(f"    go: {m.go_note}")
    out.append("")
    out.append("ratio: how many times pogo is behind go (pogo/go for times and sizes, go/pogo for rates)")
    return "\n".join(out) + "\n"


def write_json(path: Path, measures: list[Measure], meta: dict[str, Any]) -> None:
    data = {"version": RESULTS_VERSION, **meta, "measures": [m.to_json() for m in measures]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1) + "\n")


def read_json(path: Path) -> tuple[dict[str, Any], list[Measure]]:
    """Read a results file; tolerant of missing fields so that old results stay comparable."""
    data = json.loads(path.read_text())
    if not isinstance(data, dict):
        raise ValueError("not a results object")
    raw = data.get("measures", [])
    measures = [Measure.from_json(d) for d in raw if isinstance(d, dict)]
    meta = {k: v for k, v in data.items() if k != "measures"}
    return meta, measures


def plot(path: Path, measures: list[Measure], title: str) -> str | None:
    """A horizontal bar chart of the ratios (log scale). Returns an error text when
    matplotlib is missing (it is an optional dependency: pip install -e '.[bench]')."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed: pip install -e '.[bench]'"
    shown = [m for m in measures if m.ratio is not None]
    if not shown:
        return "no measure has a ratio yet"
    names = [m.name for m in shown][::-1]
    ratios = [m.ratio or 1.0 for m in shown][::-1]
    colors = ["tab:green" if r <= 1 else "tab:orange" if r <= 10 else "tab:red" for r in ratios]
    fig, ax = plt.subplots(figsize=(10, 0.32 * len(shown) + 1.5))
    ax.barh(names, ratios, color=colors)
    ax.set_xscale("log")
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_xlabel("times pogo is behind go (log scale; < 1: pogo ahead)")
    ax.set_title(title)
    for i, r in enumerate(ratios):
        ax.text(r, i, f" {fmt_ratio(r)}", va="center", fontsize=8)
    lo = min(ratios + [1.0])
    hi = max(ratios + [1.0])
    ax.set_xlim(lo / 2, hi * 4 if hi > 0 else 10)
    ax.tick_params(axis="y", labelsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    if not math.isfinite(hi):
        return "ratio out of range"
    return None
