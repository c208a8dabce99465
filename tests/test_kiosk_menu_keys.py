"""The facilitator's menu from the keyboard on a kiosk laptop: Ctrl+Tab changes its tab from
anywhere, and the results open over the whole screen, a question's figures and its whole chart
on show without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from kiosk_driving import (
    BEFORE_WE_START,
    open_the_menu,
    parse_quizzes,
    running_kiosk,
    settle,
    start_and_answer,
    store_with_pin,
)

store = pytest.fixture(store_with_pin, name="store")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def quizzes(tmp_path):
    return parse_quizzes(tmp_path, {"pre": BEFORE_WE_START})


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    settle(qtbot)


def test_ctrl_tab_changes_the_menus_tab_from_its_buttons(qtbot, store, quizzes):
    with running_kiosk(qtbot, quizzes, store, "pre") as kiosk:
        open_the_menu(qtbot, kiosk)
        menu = kiosk.facilitator_screen
        assert QApplication.focusWidget() is menu.back  # where the menu opens
        count = menu.tabs.count()
        assert menu.tabs.currentIndex() == 0
        press(qtbot, Qt.Key.Key_Tab, CTRL)
        assert menu.tabs.currentIndex() == 1
        press(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
        press(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert menu.tabs.currentIndex() == count - 1  # round from the first to the last
        assert QApplication.focusWidget() is menu.back  # the focus stays where it was


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_results_show_a_questions_figures_and_whole_chart_unscrolled(
    qtbot, store, quizzes, size
):
    with running_kiosk(qtbot, quizzes, store, "pre") as kiosk:
        kiosk.resize(*size)
        start_and_answer(qtbot, kiosk, "Dana", ["to learn", "300"])
        open_the_menu(qtbot, kiosk)
        menu = kiosk.facilitator_screen
        press(qtbot, Qt.Key.Key_Tab, CTRL)  # to Results
        menu.show_results_button.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        results = menu.results
        qtbot.waitUntil(results.isVisible, timeout=2000)
        assert menu.results_screen.size().toTuple() == size  # over the whole kiosk
        results.question_list.setFocus()
        press(qtbot, Qt.Key.Key_Down)  # the estimate, answered 300
        assert results.current_question().name == "estimate"
        chart, figures = results.chart, results.question_figures
        assert chart is not None and "1 answered" in figures.text()
        pane = next(a for a in results.findChildren(QScrollArea) if a.isAncestorOf(chart))
        viewport = pane.viewport()
        assert pane.verticalScrollBar().value() == 0
        for shown in (figures, chart):
            top = shown.mapTo(viewport, shown.rect().topLeft()).y()
            assert top >= 0 and top + shown.height() <= viewport.height(), (shown, size)
        press(qtbot, Qt.Key.Key_Escape)  # closes the results: back in the menu, on the button
        assert not results.isVisible()
        assert kiosk.stack.currentWidget() is menu
        qtbot.waitUntil(
            lambda: QApplication.focusWidget() is menu.show_results_button, timeout=2000
        )


def test_on_a_narrow_screen_the_results_fit_it_and_scroll_sideways(qtbot, store, quizzes):
    size = (819, 614)  # 1024 x 768 at 125 %: narrower than the results window can be
    with running_kiosk(qtbot, quizzes, store, "pre") as kiosk:
        kiosk.resize(*size)
        open_the_menu(qtbot, kiosk)
        menu = kiosk.facilitator_screen
        press(qtbot, Qt.Key.Key_Tab, CTRL)
        menu.show_results_button.setFocus()
        press(qtbot, Qt.Key.Key_Return)
        screen = menu.results_screen
        qtbot.waitUntil(screen.isVisible, timeout=2000)
        assert screen.size().toTuple() == size  # not wider than the screen
        assert screen.horizontalScrollBar().maximum() > 0
        press(qtbot, Qt.Key.Key_Escape)
        assert not screen.isVisible()
