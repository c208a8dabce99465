"""Shared test setup: Qt runs offscreen, and no test touches the real per-user data folder."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English texts: run them in English whatever the machine's language (a French
# test says --lang fr itself; LANGUAGE comes first for teachin.i18n and Qt alike).
os.environ["LANGUAGE"] = "en"

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


CHART_TESTS = ("chart", "render", "slide_view", "present", "room", "handout")


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests(request: pytest.FixtureRequest):
    """After tests that build charts: collect what they leave (closed charts hold pyqtgraph
    reference cycles) at the test's end, not at some allocation inside the next test's Qt call.
    A collection that ran inside a PySide signal disconnect, freeing objects whose cleanup
    disconnects signals too, is our best reading of one hang seen in a CI run (in pyqtgraph's
    GraphicsItem._updateView). Only these modules: a collection costs ~0.1 s."""
    yield
    if any(word in request.node.module.__name__ for word in CHART_TESTS):
        gc.collect()


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def in_french(qapp):
    """The application speaks French for one test (as `--lang fr` makes it), English after."""
    from teachin import i18n
    from teachin.ui.language import install_translators

    i18n.set_language("fr")
    assert install_translators(qapp) == "fr"
    yield
    i18n.set_language("en")
    install_translators(qapp)
    i18n.set_language(None)


# Python's own teardown, after the last test, sometimes segfaulted (about one run in three of
# the chart tests on a loaded machine): it frees the thousands of pyqtgraph items and PySide
# wrappers left by the tests in no set order while the QApplication still lives, and a C++
# object can go before an item that still points at it. Every result is known and reported by
# then, so the run ends here with pytest's own exit status instead of tearing the heap down.
_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _exit_status and not os.environ.get("TEACHIN_TEST_FULL_TEARDOWN"):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[0])
