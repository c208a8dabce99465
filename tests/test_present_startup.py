"""Start-up with a projector: the room's slide is painted first, the console right after.

Runs in a child process: Qt's offscreen platform gets two virtual screens from a config file.
"""

from __future__ import annotations

import json
from pathlib import Path

from teachin.paths import deck_dir
from two_screens import SCREENS, run_child, run_on_two_screens

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


# `teachin present` itself: the first slide comes from the slides alone; quizzes and data are
# read once it is painted, before the console (which previews the next slide) is built.
PRESENT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import teachin.app
from teachin.__main__ import main

seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in seen:
            deck = presenter.deck
            seen["paint"] = {"slide": obj.slide().title, "quizzes": sorted(deck.quizzes),
                             "consoles": presenter._console is not None}
        return False

def finish():
    console = presenter.console
    seen["after"] = {"quizzes": sorted(presenter.deck.quizzes),
                     "problems": [str(p).split("/deck/")[-1] for p in presenter.deck.problems],
                     "next": console.next.shown_text(), "current": console.current.slide().title,
                     "watched": sorted(Path(f).name for f in presenter.watcher.files())}
    presenter.quit()

original = teachin.app.Presenter.show
def show(self):
    global presenter
    presenter = self
    self.audience.view.installEventFilter(hook)
    original(self)
    QTimer.singleShot(300, finish)

hook = FirstPaint()
teachin.app.Presenter.show = show
code = main(["present", sys.argv[1], *sys.argv[2:]])
print(json.dumps(dict(seen, code=code)))
"""
QUIZ_DECK = (
    "---\ntitle: Only\nminutes: 3\n---\n\n# First\n\nHello\n\n---\n\n# Second\n\n"
    "```quiz\nquiz: check\nquestion: sky\n```\n"
)
QUIZ = "::sky::What colour is the sky?\n{=blue ~green}\n\n::bad::Broken {=a ~b\n"


def test_present_paints_the_first_slide_then_loads_quizzes_before_the_console(
    tmp_path: Path,
) -> None:
    seen = run_on_two_screens(PRESENT, tmp_path, QUIZ_DECK, {"quizzes/check.gift": QUIZ})
    assert seen["code"] == 0
    # The title slide needs no quiz: it is painted before the quizzes are read...
    assert seen["paint"] == {"slide": "First", "quizzes": [], "consoles": False}
    # ...and the console, built right after, previews the next slide's question, not an error.
    assert seen["after"]["quizzes"] == ["check"]
    assert seen["after"]["current"] == "First"
    assert "What colour is the sky?" in seen["after"]["next"]
    # Authors' edits are watched from then on (live reload).
    assert seen["after"]["watched"] == ["01-only.md", "check.gift"]
    # A problem in a quiz file is still found and reported.
    assert [p for p in seen["after"]["problems"] if p.startswith("quizzes/check.gift:")]


def test_present_starting_on_a_quiz_slide_reads_the_quizzes_first(tmp_path: Path) -> None:
    seen = run_on_two_screens(
        PRESENT.replace("sys.argv[2:]", '["--slide", "2"]'),
        tmp_path,
        QUIZ_DECK,
        {"quizzes/check.gift": QUIZ},
    )
    assert seen["paint"] == {"slide": "Second", "quizzes": ["check"], "consoles": False}


# The room's first slide is painted before PySide builds its `Qt` namespace (93 enums, ~30 ms
# of a ~250 ms start here); the room window's keys, hidden pointer and opaque slide follow.
FIRST_PAINT_WITHOUT_QT = r"""
import json, sys
import PySide6.QtCore as QtCore
from teachin.__main__ import main
from teachin.ui.slide_view import SlideView

seen = {}
paint = SlideView.paintEvent

def first_paint(self, event):
    paint(self, event)
    if "paint" not in seen:
        seen["paint"] = {"slide": self.slide().title, "Qt built": "Qt" in vars(QtCore)}
        QtCore.QTimer.singleShot(300, finish)

def finish():
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    room = next(w for w in QApplication.topLevelWidgets() if w.windowTitle().endswith("audience"))
    seen["room"] = {
        "takes keys": room.focusPolicy() == Qt.FocusPolicy.StrongFocus,
        "slide takes no keys": room.view.focusPolicy() == Qt.FocusPolicy.NoFocus,
        "no pointer": room.cursor().shape() == Qt.CursorShape.BlankCursor,
        "opaque slide": room.view.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent),
    }
    QApplication.quit()

SlideView.paintEvent = first_paint
code = main(["present", sys.argv[1]])
print(json.dumps(dict(seen, code=code)))
"""


def test_first_slide_of_the_built_in_deck_is_painted_before_qt_enums_are_built(
    tmp_path: Path,
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    seen = run_child(FIRST_PAINT_WITHOUT_QT, deck_dir(), f"offscreen:configfile={config}")
    assert seen["code"] == 0
    assert seen["paint"] == {"slide": "Migration and Capitalism", "Qt built": False}
    assert seen["room"] == {
        "takes keys": True,
        "slide takes no keys": True,
        "no pointer": True,
        "opaque slide": True,
    }
