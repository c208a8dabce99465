"""`teachin present`: the command's options, closing the console, a deck with no slides."""

from __future__ import annotations

from pathlib import Path

from teachin.__main__ import main
from two_screens import run_child

DECK = """---
title: Run
minutes: 2
---

# One

a

---

# Two

b

---

# Three

c
"""


CHILD = r"""
import json, sys
from argparse import Namespace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from teachin.app import make_application, run_present
from teachin.theme import HIGH_CONTRAST
from teachin.ui.presenter.console import ConsoleWindow

seen = {}

def look_then_close():
    consoles = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow)]
    console = next(c for c in consoles if c.isVisible())
    seen["slide"] = console.current.slide().title
    seen["high_contrast"] = console.current.theme() == HIGH_CONTRAST
    console.close()  # the window's close button: the show ends, exec() returns

make_application()
QTimer.singleShot(300, look_then_close)
code = run_present(Namespace(deck_dir=sys.argv[1], slide=2, high_contrast=True))
print(json.dumps({"code": code, **seen}))
"""


def test_present_opens_on_the_slide_asked_for_and_closing_the_console_ends_it(
    tmp_path: Path,
) -> None:
    # In a child process: exec() and quit() would leave the test session's QApplication
    # (and pyqtgraph, which cleans up on aboutToQuit) in a state other tests do not expect.
    (tmp_path / "slides").mkdir()
    (tmp_path / "slides" / "01-run.md").write_text(DECK, encoding="utf-8")
    assert run_child(CHILD, tmp_path) == {
        "code": 0,
        "slide": "Two",
        "high_contrast": True,
    }


def test_present_refuses_a_deck_without_slides(qapp, tmp_path: Path, capsys) -> None:
    (tmp_path / "slides").mkdir()
    # Through main(), as `teachin present DIR` runs: main() sends log messages to stderr
    # (run_present alone passed or failed depending on which test had set logging up).
    assert main(["present", str(tmp_path)]) == 1
    assert "no slides to present" in capsys.readouterr().err
