"""One pogo build cache per test process for the conformance runners' tests, so that the
standard library compiles once, not once per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def pogo_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pogo-cache")


@pytest.fixture
def shared_pogo_cache(pogo_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("POGOCACHE", str(pogo_cache))
    yield pogo_cache
