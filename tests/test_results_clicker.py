"""The results window opened from a running presentation (Ctrl+R) has the keyboard, yet the
clicker's keys still move the room's slides; the window's own keys stay its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from results_data import deck_quizzes, fill
from teachin.app import Presenter
from teachin.content.deck import load_deck
from teachin.store.db import open_store
from teachin.ui.results.window import ResultsWindow
from test_console_keys import centre_colour, press, shown, write_deck

K = Qt.Key


@pytest.fixture
def results(qtbot, tmp_path: Path, repo: Path, data_dir) -> tuple[Presenter, ResultsWindow]:
    root = write_deck(tmp_path / "deck")
    shutil.copytree(repo / "quizzes", root / "quizzes")
    with open_store() as store:  # a workshop's answers: the window has questions to list
        fill(store, deck_quizzes(repo))
    presenter = Presenter(load_deck(root))
    qtbot.addWidget(presenter.console)
    qtbot.addWidget(presenter.audience)
    presenter.show()
    presenter.console.resize(1280, 800)
    presenter.audience.resize(640, 360)
    qtbot.waitExposed(presenter.console)
    press(presenter.console, K.Key_R)  # R alone resets the timer; Ctrl+R opens the results
    qtbot.keyClick(presenter.console, K.Key_R, Qt.KeyboardModifier.ControlModifier)
    window = presenter.results
    assert isinstance(window, ResultsWindow)
    qtbot.addWidget(window)
    qtbot.waitActive(window)
    return presenter, window


def test_the_clickers_keys_move_the_slides_from_the_results_window(qtbot, results) -> None:
    presenter, window = results
    table = window.question_list  # a list that would take PageDown for itself
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    row = table.currentRow()
    assert table.count() > 1 and row >= 0
    assert shown(presenter) == ("One", 0)
    press(table, K.Key_PageDown)
    assert shown(presenter) == ("Two", 0)
    press(table, K.Key_PageDown, K.Key_PageDown)
    assert shown(presenter) == ("Two", 2)
    press(table, K.Key_PageUp)
    assert shown(presenter) == ("Two", 1)
    assert table.currentRow() == row and QApplication.activeWindow() is window
    slide = centre_colour(presenter.audience)
    press(table, K.Key_B)
    assert centre_colour(presenter.audience) == QColor("#000000")
    press(table, K.Key_B)
    assert centre_colour(presenter.audience) == slide
    press(table, K.Key_Period)  # a Logitech clicker's blank button
    assert centre_colour(presenter.audience) == QColor("#000000")


def test_the_results_windows_own_keys_stay_its_own(qtbot, results) -> None:
    presenter, window = results
    table = window.question_list
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentRow(0)
    press(table, K.Key_Down)  # the arrows choose a question here, not the next slide
    assert table.currentRow() == 1 and shown(presenter) == ("One", 0)
    press(table, K.Key_Escape)  # closes this window; the talk goes on
    assert not window.isVisible() and presenter.console.isVisible()
