"""The results window with the keyboard alone, on the known workshop (tests/results_data.py):
Tab and Enter, Alt+letter, Ctrl+Tab, a focus ring that can be seen, the report and the
spreadsheet opened from where they are announced, nothing out of sight at 1366 x 768."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QScrollArea, QWidget

from results_data import deck_quizzes, fill
from teachin.charts.base import ChartWidget
from teachin.store.db import open_store
from teachin.theme import DEFAULT
from teachin.ui.fonts import register_fonts
from teachin.ui.results.mnemonics import plain, with_mnemonics
from teachin.ui.results.window import CHART_MIN_H, ResultsWindow


@pytest.fixture
def window(qtbot, repo):
    quizzes = deck_quizzes(repo)
    with open_store() as store:
        fill(store, quizzes)
    # In the app's own type, as `teachin` sets it (Noto Sans is wider than the test default:
    # the before/after table's last row was cut off in it and not in the default).
    default = QApplication.font()
    if "Noto Sans" in register_fonts():
        QApplication.setFont(QFont("Noto Sans"))
    shown = ResultsWindow(quizzes)
    qtbot.addWidget(shown)
    shown.resize(1366, 740)  # 768 less a window manager's title bar
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    QApplication.setFont(default)


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """The file dialogs answer with a file in tmp_path and note where they opened."""
    opened_in: list[str] = []

    def save(_parent, _title, start, *_rest):
        opened_in.append(start)
        return str(tmp_path / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("3 December", True))
    return opened_in


def tab_to(qtbot, window: QWidget, target: QWidget) -> None:
    """Tab from wherever the focus is until ``target`` has it, as a person would."""
    for _ in range(30):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target}")


def letter(widget_text: str) -> str:
    """The Alt+letter Qt reads in a text (the character after a single &)."""
    at = widget_text.replace("&&", "__").index("&")
    return widget_text[at + 1]


def alt(qtbot, window: QWidget, text: str) -> None:
    key = Qt.Key(ord(letter(text).upper()))
    qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.AltModifier)


def test_enter_presses_the_focused_button(qtbot, window, dialogs, tmp_path):
    window.quiz_picker.setFocus()
    tab_to(qtbot, window, window.csv_button)
    qtbot.keyClick(window.csv_button, Qt.Key.Key_Return)
    assert (tmp_path / "teachin-answers.csv").exists()
    assert "Saved teachin-answers.csv" in window.outcome.toPlainText()


def test_alt_letters_reach_every_action_and_view(qtbot, window, monkeypatch):
    pressed = []
    for name in ("add_bundles", "save_bundle", "export_csv", "write_report"):
        stand_in = lambda self, *_, name=name: pressed.append(name)  # noqa: E731
        monkeypatch.setattr(ResultsWindow, name, stand_in)
    window.close()
    window = ResultsWindow(window.quizzes)  # connected to the stand-ins
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shown = [window.add_button, window.save_button, window.csv_button, window.report_button]
    texts = [window.tabs.tabText(k) for k in range(3)] + [w.text() for w in shown]
    letters = [letter(t).casefold() for t in texts]
    assert len(set(letters)) == len(letters), texts  # one key, one thing
    for k, button in enumerate(shown, start=1):
        alt(qtbot, window, button.text())
        qtbot.waitUntil(lambda k=k: len(pressed) == k)  # a button's key presses it in 0.1 s
    assert pressed == ["add_bundles", "save_bundle", "export_csv", "write_report"]
    for k in (2, 1, 0):
        alt(qtbot, window, window.tabs.tabText(k))
        assert window.tabs.currentIndex() == k
    alt(qtbot, window, window.quiz_label.text())  # the label's key brings the picker
    assert QApplication.focusWidget() is window.quiz_picker
    alt(qtbot, window, window.hardest.text())
    qtbot.waitUntil(window.hardest.isChecked)


def test_ctrl_tab_changes_the_view_from_the_quiz_picker(qtbot, window):
    window.quiz_picker.setFocus()
    qtbot.keyClick(window.quiz_picker, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    back = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.quiz_picker, Qt.Key.Key_Backtab, back)
    qtbot.keyClick(window.quiz_picker, Qt.Key.Key_Backtab, back)
    assert window.tabs.currentIndex() == 2


def test_tab_stops_only_where_something_can_be_seen_and_pressed(qtbot, window):
    window.quiz_picker.setFocus()
    stops = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert window.question_list in stops and window.report_button in stops
    for stop in stops:
        assert stop.isVisible(), stop
        inside = [p for p in _ancestors(stop) if isinstance(p, ChartWidget)]
        assert not inside, f"Tab stopped on {type(stop).__name__} inside a chart"
    # The question's pane has nothing to scroll at this size: no stop there either.
    assert window.chart is not None and window.chart.parentWidget() not in stops


def _ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    while widget is not None:
        found.append(widget)
        widget = widget.parentWidget()
    return found


def _ring_pixels(window: QWidget, widget: QWidget) -> int:
    """Pixels of the theme's accent colour in a band round ``widget``."""
    corner = widget.mapTo(window, QPoint(0, 0))
    image = window.grab(QRect(corner, widget.size()).adjusted(-4, -4, 4, 4)).toImage()
    accent = QColor(DEFAULT.accent).rgb()
    return sum(
        image.pixel(x, y) == accent for x in range(image.width()) for y in range(image.height())
    )


def test_the_focused_control_has_a_ring_that_can_be_seen(qtbot, window):
    window.quiz_picker.setFocus()
    tab_to(qtbot, window, window.save_button)
    ringed = _ring_pixels(window, window.save_button)
    assert ringed > 2 * window.save_button.width()  # a thick line round it, not a faint pixel
    tab_to(qtbot, window, window.csv_button)
    assert _ring_pixels(window, window.save_button) == 0


def test_the_report_is_announced_and_opened_with_enter(qtbot, window, dialogs, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    alt(qtbot, window, window.report_button.text())
    qtbot.waitUntil(window.outcome.isVisible, timeout=20000)
    said = window.outcome.toPlainText()
    assert said.startswith("Saved the workshop report workshop-report.pdf (") and "page(s))" in said
    made = Path(dialogs[-1]).name
    assert made == "workshop-report.pdf"
    assert QApplication.focusWidget() is window.open_made
    qtbot.keyClick(window.open_made, Qt.Key.Key_Return)
    qtbot.keyClick(window.open_made, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    report = window.made
    assert [u.toLocalFile() for u in opened] == [str(report), str(report.parent)]


def test_file_dialogs_open_in_a_folder_of_the_users_then_the_last_one(qtbot, window, dialogs):
    alt(qtbot, window, window.csv_button.text())
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    first = Path(dialogs[0])
    assert first.is_absolute() and first.parent.is_dir()  # not the folder Teach-in ran from
    assert Path.home() in (first.parent, *first.parent.parents)
    alt(qtbot, window, window.csv_button.text())
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    assert Path(dialogs[1]).parent == window.made.parent  # where the last one was saved


def test_before_and_after_shows_every_column_and_row_at_1366(qtbot, window):
    qtbot.keyClick(window.quiz_picker, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    table = window.pre_post_table
    qtbot.waitUntil(lambda: table.rowCount() > 0)

    def out_of_sight() -> list[str]:
        shown, tall = table.viewport().width(), table.viewport().height()
        columns = range(table.columnCount())
        cut = [
            table.horizontalHeaderItem(c).text()
            for c in columns
            if table.columnViewportPosition(c) + table.columnWidth(c) > shown
        ]
        last = table.rowCount() - 1
        if table.rowViewportPosition(last) + table.rowHeight(last) > tall:
            cut.append(table.item(last, 0).text())
        return cut

    qtbot.waitUntil(lambda: not out_of_sight(), timeout=3000)  # once the layout has settled
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1366, 740), (1280, 692)])  # 768 and 720 less a title bar
def test_a_question_and_its_whole_chart_fit_the_screen(qtbot, window, size):
    window.resize(*size)
    pane = window.chart.parentWidget()
    area = pane.parentWidget().parentWidget()  # the scroll area round the pane
    qtbot.waitUntil(lambda: window.chart.height() > 0)
    assert area.verticalScrollBar().maximum() == 0
    bottom = window.chart.mapTo(area.viewport(), QPoint(0, window.chart.height())).y()
    assert bottom <= area.viewport().height()


def test_views_and_charts_say_what_they_are(qtbot, window):
    def said(widget: QWidget, what: QAccessible.Text) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(what)

    name, description = QAccessible.Text.Name, QAccessible.Text.Description
    assert window.quiz_picker.accessibleName() == "Quiz"  # Qt's Name for a box: its choice
    [(label, _)] = QAccessible.queryAccessibleInterface(window.quiz_picker).relations(
        QAccessible.RelationFlag.Label
    )
    assert label.text(name) == "Quiz:"  # the label a screen reader says it with
    assert said(window.question_list, name) == "Questions"
    chart = window.chart
    assert said(chart, name) == window.current_question().text
    assert "answered" in said(chart, description)
    qtbot.keyClick(window.quiz_picker, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert said(window.pre_post_table, name) == "Before and after"
    assert "Q2: 0 % right → 100 % right" in said(window.pre_post_widget, description)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=8))
def test_mnemonics_keep_the_words_and_never_share_a_letter(texts):
    marked = with_mnemonics(texts)
    assert [plain(t) for t in marked] == texts
    letters = [letter(t).casefold() for t in marked if "&" in t.replace("&&", "")]
    assert len(letters) == len(set(letters))


def test_quizzes_are_offered_in_the_order_of_the_day(window):
    picker = window.quiz_picker
    names = [picker.itemData(k) for k in range(picker.count())]
    answered = names[:2]  # quizzes with answers first, then the rest, each in the day's order
    assert answered == ["pre", "post"]
    assert names[2:] == sorted(names[2:]) and all(n.startswith("checkpoint") for n in names[2:])


def test_the_chosen_quiz_in_the_open_list_can_be_read(qtbot, window):
    picker = window.quiz_picker
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # opens the list
    view = picker.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    row = view.viewport().grab(view.visualRect(view.currentIndex())).toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    marked = sum(
        row.pixel(x, y) == highlight for x in range(row.width()) for y in range(row.height())
    )
    assert marked > row.width() * row.height() // 2  # the chosen line stands out, in colour
    qtbot.keyClick(view, Qt.Key.Key_Escape)


@pytest.mark.parametrize("size", [(1366, 740), (1280, 692)])
def test_the_before_and_after_chart_is_wholly_in_sight_when_shown(qtbot, window, size):
    window.resize(*size)
    qtbot.keyClick(window.quiz_picker, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    chart = window.pre_post_widget
    qtbot.waitUntil(lambda: chart.isVisible() and chart.height() >= CHART_MIN_H)
    area = next(w for w in _ancestors(chart) if isinstance(w, QScrollArea))

    def bottom() -> int:  # of the chart, its axis's names (Q1 ... All) included
        return chart.mapTo(area.viewport(), QPoint(0, chart.height())).y()

    qtbot.waitUntil(lambda: bottom() <= area.viewport().height(), timeout=3000)
