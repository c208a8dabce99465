"""Window placement on two screens, swapping, and a projector unplugged and plugged back.

Qt's offscreen platform can start with two virtual screens (a JSON config file), so this runs
in a child process: the test session's own QApplication has one screen.
"""

from __future__ import annotations

import pytest

from two_screens import run_on_two_screens

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import teachin.app
from teachin.app import Presenter, make_application
from teachin.content.deck import load_deck

app = make_application()
presenter = Presenter(load_deck(Path(sys.argv[1])))
presenter.show()
seen = {}

def pump(n=20):
    for _ in range(n):
        app.processEvents()

def where(label):
    a, c = presenter.audience, presenter.console
    seen[label] = {
        "audience": a.screen().name() if a.isVisible() else None,
        "audience_full": a.isFullScreen(),
        "audience_size": [a.width(), a.height()],
        "console": c.screen().name() if c.isVisible() else None,
        "slide": presenter.audience.view.slide().title,
    }

pump(); where("start")
QTest.keyClick(presenter.console, Qt.Key.Key_S); pump(); where("swapped")
QTest.keyClick(presenter.console, Qt.Key.Key_S); pump()
laptop, projector = app.screens()

class OnlyLaptop:  # what the platform reports once the projector cable is pulled
    screens = staticmethod(lambda: [laptop])
    primaryScreen = staticmethod(lambda: laptop)
    instance = staticmethod(QApplication.instance)

real = teachin.app.QGuiApplication
teachin.app.QGuiApplication = OnlyLaptop
app.screenRemoved.emit(projector)  # the real signal path: debounced, then re-placed
QTest.qWait(900); where("unplugged")
QTest.keyClick(presenter.console, Qt.Key.Key_Right); pump(); where("unplugged_next")
QTest.keyClick(presenter.console, Qt.Key.Key_S); pump(); where("unplugged_s")
teachin.app.QGuiApplication = real
app.screenAdded.emit(projector)
QTest.qWait(900); where("plugged")
# The projector changes resolution: the same QScreen, a new geometry. Without a window
# manager the windows keep their old size until the presenter places them again.
from PySide6.QtCore import QRect
presenter.audience.setGeometry(QRect(1600, 0, 1280, 720))
presenter.console.setGeometry(QRect(0, 0, 800, 600))
pump()
projector.geometryChanged.emit(projector.geometry())
laptop.geometryChanged.emit(laptop.geometry())
QTest.qWait(900); where("resized")
seen["resized"]["audience_geometry"] = presenter.audience.geometry().getRect()
seen["resized"]["console_geometry"] = presenter.console.geometry().getRect()
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return run_on_two_screens(CHILD, tmp_path_factory.mktemp("screens"))


def test_two_screens_audience_full_screen_on_the_projector(observed: dict) -> None:
    start = observed["start"]
    assert start["audience"] == "projector" and start["audience_full"]
    assert start["audience_size"] == [1920, 1080]
    assert start["console"] == "laptop"


def test_s_swaps_the_screens(observed: dict) -> None:
    assert observed["swapped"]["audience"] == "laptop"
    assert observed["swapped"]["console"] == "projector"


def test_unplugging_keeps_the_show_on_the_console_and_keys_working(observed: dict) -> None:
    assert observed["unplugged"]["audience"] is None
    assert observed["unplugged"]["console"] == "laptop"
    assert observed["unplugged_next"]["slide"] == "Second"
    assert observed["unplugged_s"]["audience"] == "laptop"  # one screen: S shows the slides


def test_plugging_back_restores_both_windows(observed: dict) -> None:
    assert observed["plugged"]["audience"] == "projector"
    assert observed["plugged"]["console"] == "laptop"


def test_a_screen_that_changes_resolution_gets_its_window_fitted_again(observed: dict) -> None:
    resized = observed["resized"]
    assert resized["audience"] == "projector" and resized["audience_full"]
    assert resized["audience_geometry"] == [1600, 0, 1920, 1080]
    assert resized["console_geometry"] == [0, 0, 1600, 1000]
