"""Shared test setup: Qt runs offscreen, and no test touches the real per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data folder at a fresh temp dir for every test."""
    from teachin import paths

    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    paths.set_data_dir(None)
    paths.set_deck_dir(None)
    yield data
    paths.set_data_dir(None)
    paths.set_deck_dir(None)


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir
