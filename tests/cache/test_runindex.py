"""The run index's key names the pogo installation that answers."""

from __future__ import annotations

import pytest

from pogo.cache import runindex


def test_key_depends_on_pogo_installation(monkeypatch: pytest.MonkeyPatch) -> None:
    # a second checkout of pogo, run from the same directory with the same arguments,
    # must not find the first checkout's executable (its recorded inputs are the first
    # checkout's files, which did not change)
    args = ["run", "main.go"]
    here = runindex.run_key(args)
    assert runindex.run_key(args) == here
    monkeypatch.setattr(runindex, "_POGO", "/elsewhere/pogo-copy")
    assert runindex.run_key(args) != here
