"""`teachin present`: the command's options, closing the console, a deck with no slides."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from teachin.app import run_present
from teachin.theme import HIGH_CONTRAST
from teachin.ui.console import ConsoleWindow

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


def test_present_opens_on_the_slide_asked_for_and_closing_the_console_ends_it(
    qapp, tmp_path: Path
) -> None:
    (tmp_path / "slides").mkdir()
    (tmp_path / "slides" / "01-run.md").write_text(DECK, encoding="utf-8")
    seen: dict[str, object] = {}

    def look_then_close() -> None:
        consoles = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow)]
        console = next(c for c in consoles if c.isVisible())
        seen["slide"] = console.current.slide().title
        seen["theme"] = console.current.theme()
        console.close()  # the window's close button: the show ends, exec() returns

    QTimer.singleShot(300, look_then_close)
    args = Namespace(deck_dir=str(tmp_path), slide=2, high_contrast=True)
    assert run_present(args) == 0
    assert seen == {"slide": "Two", "theme": HIGH_CONTRAST}


def test_present_refuses_a_deck_without_slides(qapp, tmp_path: Path, capsys) -> None:
    (tmp_path / "slides").mkdir()
    args = Namespace(deck_dir=str(tmp_path), slide=1, high_contrast=False)
    assert run_present(args) == 1
    assert "no slides to present" in capsys.readouterr().err
