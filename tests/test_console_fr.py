"""The presenter's console in French (about a fifth longer than English): the status line and
the live room's strip speak French and still fit a 1366×768 laptop screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from teachin.app import Presenter
from test_console_status import SIZES, assert_readable, at_size
from test_console_status import presenter as status_presenter  # noqa: F401  (a fixture)
from test_present_liveroom import room_presenter

K = Qt.Key


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_status_line_in_french_is_readable(in_french, status_presenter, qtbot, width, height):  # noqa: F811
    console = status_presenter.console
    qtbot.keyClick(console, K.Key_4)  # a typed slide number
    console = at_size(status_presenter, qtbot, width, height)
    assert_readable(console)
    assert console.status_label.text() in ("Aller à la diapositive 4▌  Entrée", "4▌ Entrée")
    if width >= 1366:  # nothing needs shortening
        assert console.slide_label.text() == "Diapositive 1 / 3  ·  étape 1/3"


SLIDES = """---
title: Room
minutes: 5
---

# Welcome

Text
"""

PRE = """// @title: Before we start
// @mode: pre

::first:: Have you read the article? {=Yes ~No}
"""


@pytest.fixture
def presenter(in_french, qtbot, tmp_path: Path, monkeypatch) -> Presenter:
    post = PRE.replace("Before we start", "After").replace("mode: pre", "mode: post")
    quizzes = {"pre.gift": PRE, "post.gift": post}  # the strip's Pre-quiz and Post-quiz buttons
    yield from room_presenter(qtbot, tmp_path / "deck", monkeypatch, SLIDES, quizzes)


def box_in(window, widget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def test_the_open_room_s_strip_in_french_fits_a_1366_screen(presenter: Presenter, qtbot):
    """Open, the strip's facts and buttons once needed 1,461 px in French: the console grew
    past a 1366 px screen and its last buttons were off it. Now the buttons take a second line
    where one does not hold them, every text whole."""
    console, panel = presenter.console, presenter.console.room_panel
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert presenter.live_room.is_open
    assert [b.text() for b in panel.quiz_buttons.values()] == ["Quiz initial", "Quiz final"]
    assert console.minimumSizeHint().width() <= 1366
    console.resize(1366, 768)
    qtbot.waitUntil(lambda: console.size().toTuple() == (1366, 768))
    qtbot.wait(20)  # the layouts settle
    assert not panel.one_line
    shown = [panel.address, panel.counts, *panel.findChildren(QPushButton)]
    for widget in (w for w in shown if w.isVisible()):
        assert console.rect().contains(box_in(console, widget)), widget.text()
        if isinstance(widget, QLabel):
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            assert needed <= widget.contentsRect().width(), widget.text()
        else:
            assert widget.width() >= widget.sizeHint().width(), widget.text()
    console.resize(1600, 900)  # room for one line: the buttons go back beside the facts
    qtbot.waitUntil(lambda: panel.one_line)
