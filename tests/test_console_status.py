"""The presenter console's status line stays readable on small laptop screens: every label
shows a whole wording (or one cut with an ellipsis), the timer and clock are never cut."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel

from teachin.app import Presenter
from teachin.content.deck import load_deck
from teachin.ui.presenter.console import ConsoleWindow, clock_text
from teachin.ui.presenter.fit_label import ELLIPSIS, FitLabel

K = Qt.Key
SIZES = [(800, 800), (1024, 768), (1366, 768), (1600, 1000)]
LONG_TITLE = "Migration and class in the Global North, and what the unions did"

MODULE_A = f"""---
title: {LONG_TITLE}
minutes: 12
---

# One

- first

. . .

- second

. . .

- third

---

# Two

Body
"""

MODULE_B = """---
title: Short
minutes: 78
---

# Three

Body
"""


@pytest.fixture
def presenter(qtbot, tmp_path: Path) -> Presenter:
    root = tmp_path / "deck"
    (root / "slides").mkdir(parents=True)
    (root / "slides" / "01-a.md").write_text(MODULE_A, encoding="utf-8")
    (root / "slides" / "02-b.md").write_text(MODULE_B, encoding="utf-8")
    shown = Presenter(load_deck(root))
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    qtbot.waitExposed(shown.console)
    return shown


def at_size(p: Presenter, qtbot, width: int, height: int) -> ConsoleWindow:
    console = p.console
    console.resize(width, height)
    qtbot.waitUntil(lambda: console.width() <= width and console.height() <= height)
    p.render()
    qtbot.wait(20)  # let the layouts settle
    return console


def status_labels(console: ConsoleWindow) -> dict[str, QLabel]:
    return {
        "slide": console.slide_label,
        "module": console.module_label,
        "pace": console.pace_label,
        "status": console.status_label,
        "timer": console.timer_label,
        "clock": console.clock_label,
    }


def rect_in_console(console: ConsoleWindow, label: QLabel) -> QRect:
    return QRect(label.mapTo(console, label.contentsRect().topLeft()), label.contentsRect().size())


def assert_readable(console: ConsoleWindow) -> None:
    """Each label's text is drawn whole inside its own box, inside the window, and no two
    boxes overlap; a shortened text is a whole wording or ends in an ellipsis."""
    labels = status_labels(console)
    boxes = {}
    for name, label in labels.items():
        text = label.text()
        if not text:
            continue
        assert label.isVisible(), name
        advance = label.fontMetrics().horizontalAdvance(text)
        box = rect_in_console(console, label)
        assert advance <= box.width(), f"{name}: {text!r} needs {advance}, has {box.width()}"
        assert console.rect().contains(box), f"{name} reaches outside the window: {box}"
        boxes[name] = box
        if isinstance(label, FitLabel) and text != label.full_text():
            assert text.endswith(ELLIPSIS) or text in label.variants(), (name, text)
    names = list(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not boxes[a].intersects(boxes[b]), f"{a} overlaps {b}"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_status_line_is_readable_before_the_talk_starts(
    presenter: Presenter, qtbot, width: int, height: int
) -> None:
    console = at_size(presenter, qtbot, width, height)
    assert_readable(console)
    labels = status_labels(console)
    # the essential parts are always there, whole
    assert re.fullmatch(r"Slide 1 ?/ ?3 +· +step 1/3", labels["slide"].text())
    assert labels["module"].text().startswith("Module 1/2: Migration")
    assert re.search(r"0:00\D+12 min\D+0:00\D+90 min", labels["pace"].text())
    assert labels["timer"].text() == "0:00"
    assert labels["clock"].text() == time.strftime("%H:%M")
    assert "timer" in labels["status"].text()  # how to start it, in some wording
    if width >= 1366:  # a common laptop: nothing needs shortening
        for label in (console.slide_label, console.module_label, console.pace_label):
            assert label.text() == label.full_text()
        assert labels["status"].text() == "F5 or the first move starts the timer"
    if width <= 800:  # the long module title gives way, marked as cut
        assert labels["module"].text().endswith(ELLIPSIS)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_status_line_is_readable_during_the_talk(
    presenter: Presenter, qtbot, width: int, height: int
) -> None:
    console = presenter.console
    qtbot.keyClick(console, K.Key_Right)  # starts the timer
    watch = presenter.model.stopwatch
    qtbot.keyClick(console, K.Key_P)
    watch._banked = 3725.0  # paused after an hour: the widest timer text there is
    qtbot.keyClick(console, K.Key_4)  # a typed slide number
    console = at_size(presenter, qtbot, width, height)
    assert_readable(console)
    assert console.timer_label.text() == clock_text(watch.elapsed()) + "  ⏸"
    assert "4▌" in console.status_label.text() and "Enter" in console.status_label.text()
    assert "step 2/3" in console.slide_label.text()


def test_a_message_shows_whole_at_800_px(presenter: Presenter, qtbot) -> None:
    console = presenter.console
    qtbot.keyClick(console, K.Key_9)
    qtbot.keyClick(console, K.Key_9)
    qtbot.keyClick(console, K.Key_Return)
    console = at_size(presenter, qtbot, 800, 800)
    assert_readable(console)
    # the pace gave way, not the message
    assert console.status_label.text() == presenter.model.message == "No slide 99 (1–3)"


def test_high_contrast_status_line_is_readable_at_800_px(presenter: Presenter, qtbot) -> None:
    console = presenter.console
    qtbot.keyClick(console, K.Key_H)
    qtbot.keyClick(console, K.Key_Right)
    console = at_size(presenter, qtbot, 800, 800)
    assert presenter.model.high_contrast
    assert console.clock_label.font().pixelSize() == 44  # the bigger high-contrast text
    assert_readable(console)
