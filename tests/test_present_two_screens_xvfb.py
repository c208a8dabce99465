"""The presenter on a real X server with two screens, a 1366x768 laptop and a 1920x1080
projector, with openbox and with no window manager: the audience window fills the projector,
the console the laptop, S swaps them and back, and the clicker's keys move the slides from
whichever window has the keyboard.

Xvfb started with two ``-screen`` entries (and no Xinerama) gives Qt two QScreens (one per X
screen, both at 0,0 and named "screen"); ``+xinerama`` gives it one, and Xvfb ignores
``xrandr --setmonitor``. Needs Debian's xvfb and openbox (.ci/run installs them).
"""

from __future__ import annotations

import pytest

from test_kiosk_xvfb import x_server
from two_screens import DECK, run_on_x

LAPTOP, PROJECTOR = (1366, 768), (1920, 1080)

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from teachin.app import Presenter, make_application
from teachin.content.deck import load_deck

app = make_application()
presenter = Presenter(load_deck(Path(sys.argv[1])))
presenter.show()
QTest.qWait(1500)  # the console comes after the room's first paint; the X server answers

def where(label):
    a, c = presenter.audience, presenter.console
    screens = QGuiApplication.screens()
    print(json.dumps({
        "label": label,
        "audience": screens.index(a.screen()) if a.isVisible() else None,
        "audience_full": a.isFullScreen(),
        "audience_geometry": a.geometry().getRect(),
        "console": screens.index(c.screen()) if c.isVisible() else None,
        "console_frame": c.frameGeometry().getRect(),
        "screens": [s.geometry().getRect() for s in screens],
        "slide": presenter.audience.view.slide().title,
    }), flush=True)

def key(k):  # as a clicker sends it: to the window that has the keyboard
    target = QGuiApplication.focusWindow() or presenter.audience.windowHandle()
    QTest.keyClick(target, k)
    QTest.qWait(300)

where("start")
key(Qt.Key.Key_PageDown); where("next")
key(Qt.Key.Key_S); QTest.qWait(1000); where("swapped")
key(Qt.Key.Key_S); QTest.qWait(1000); where("back")
key(Qt.Key.Key_PageUp); where("previous")
presenter.quit()
"""


@pytest.fixture(scope="module", params=[False, True], ids=["bare-X", "openbox"])
def seen(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("xvfb2")
    (folder / "deck" / "slides").mkdir(parents=True)
    (folder / "deck" / "slides" / "01-only.md").write_text(DECK, encoding="utf-8")
    with x_server(*LAPTOP, request.param, more=[PROJECTOR]) as display:
        lines = run_on_x(CHILD, display, folder)
    return {line["label"]: line for line in lines}


def test_qt_sees_the_laptop_and_the_projector(seen: dict) -> None:
    assert seen["start"]["screens"] == [[0, 0, *LAPTOP], [0, 0, *PROJECTOR]]


def test_audience_fills_the_projector_and_the_console_the_laptop(seen: dict) -> None:
    start = seen["start"]
    assert start["audience"] == 1 and start["audience_full"]
    assert start["audience_geometry"] == [0, 0, *PROJECTOR]
    assert start["console"] == 0
    x, y, width, height = start["console_frame"]  # the whole console on the laptop's screen
    assert x >= 0 and y >= 0 and x + width <= LAPTOP[0] and y + height <= LAPTOP[1]


def test_s_swaps_the_screens_and_back(seen: dict) -> None:
    assert (seen["swapped"]["audience"], seen["swapped"]["console"]) == (0, 1)
    assert seen["swapped"]["audience_geometry"] == [0, 0, *LAPTOP]
    assert (seen["back"]["audience"], seen["back"]["console"]) == (1, 0)
    assert seen["back"]["audience_geometry"] == [0, 0, *PROJECTOR]


def test_clicker_keys_move_the_slides(seen: dict) -> None:
    assert seen["start"]["slide"] == "First"
    assert seen["next"]["slide"] == "Second"
    assert seen["previous"]["slide"] == "First"
