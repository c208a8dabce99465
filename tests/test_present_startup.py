"""Start-up with a projector: the room's slide is painted first, the console right after.

Runs in a child process: Qt's offscreen platform gets two virtual screens from a config file.
"""

from __future__ import annotations

from pathlib import Path

from two_screens import run_on_two_screens

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from teachin.app import Presenter, make_application
from teachin.content.deck import load_deck

app = make_application()
presenter = Presenter(load_deck(Path(sys.argv[1])))
seen = {}

def consoles_shown():
    return [w.windowTitle() for w in QApplication.topLevelWidgets()
            if w.isVisible() and "presenter" in w.windowTitle()]

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            seen["paint"] = {"slide": presenter.audience.view.slide().title,
                             "screen": presenter.audience.screen().name(),
                             "consoles": consoles_shown()}
        return False

hook = FirstPaint()
presenter.audience.view.installEventFilter(hook)
presenter.show()
for _ in range(30):
    app.processEvents()
console = presenter.console
seen["after"] = {"consoles": consoles_shown(), "screen": console.screen().name(),
                 "current": console.current.slide().title, "label": console.slide_label.text()}
print(json.dumps(seen))
"""


def test_room_slide_painted_before_the_console_then_console_on_the_laptop(
    tmp_path: Path,
) -> None:
    seen = run_on_two_screens(CHILD, tmp_path)
    # The room sees its first slide on the projector while no console window is up yet...
    assert seen["paint"] == {"slide": "First", "screen": "projector", "consoles": []}
    # ...and the console follows on the laptop, showing the same slide.
    assert seen["after"]["consoles"] == ["Teach-in — presenter"]
    assert seen["after"]["screen"] == "laptop"
    assert seen["after"]["current"] == "First"
    assert seen["after"]["label"].startswith("Slide 1 / 2")
