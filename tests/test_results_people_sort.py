"""The Participants table sorts by a column when its title is clicked, or from the keyboard
(Ctrl+Down, Ctrl+Up on the focused cell's column): numbers as numbers, and a new poll of the
answers keeps the order chosen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from test_results_chart_labels import results_window

PARTICIPANT, QUIZ, ANSWERED, POINTS = 0, 1, 2, 4


def column(table: QTableView, k: int) -> list[str]:
    model = table.model()
    return [model.index(row, k).data() for row in range(model.rowCount())]


def click_title(qtbot, table: QTableView, k: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(k) + header.sectionSize(k) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def show_people(qtbot, repo) -> QTableView:
    window = results_window(qtbot, repo)
    window.tabs.setCurrentWidget(window.people)
    table = window.people
    qtbot.waitUntil(lambda: table.model().rowCount() == 6)  # the known workshop's attempts
    return table


def test_a_click_on_a_title_sorts_by_it_and_again_reverses(qtbot, repo, data_dir) -> None:
    table = show_people(qtbot, repo)
    assert column(table, QUIZ) == ["post"] * 3 + ["pre"] * 3  # as summary.participants gives
    given = column(table, PARTICIPANT)
    click_title(qtbot, table, PARTICIPANT)
    names = column(table, PARTICIPANT)
    assert names == sorted(given, key=str.casefold) != given
    click_title(qtbot, table, PARTICIPANT)
    assert column(table, PARTICIPANT) == sorted(names, key=str.casefold, reverse=True)
    click_title(qtbot, table, ANSWERED)
    counts = [int(n) for n in column(table, ANSWERED)]
    assert counts == sorted(counts)
    table.window().poll()  # the answers read again: the order the facilitator chose stays
    table.window().reload()
    assert [int(n) for n in column(table, ANSWERED)] == counts


def test_numbers_sort_as_numbers_from_the_keyboard(qtbot, repo, data_dir) -> None:
    table = show_people(qtbot, repo)
    rows = [("Zoe", "pre", 10, 9, 12.5, "yes"), ("amy", "pre", 9, 9, 9.0, "yes"),
            ("Bo", "pre", 2, 1, 100.0, "not yet")]  # fmt: skip
    table.model().set_rows(rows)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, ANSWERED))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert column(table, ANSWERED) == ["2", "9", "10"]  # as text, "10" would come first
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert column(table, ANSWERED) == ["10", "9", "2"]
    assert table.horizontalHeader().sortIndicatorSection() == ANSWERED
    table.setCurrentIndex(table.model().index(0, POINTS))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert column(table, POINTS) == ["9", "12.5", "100"]
    table.setCurrentIndex(table.model().index(0, PARTICIPANT))
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert column(table, PARTICIPANT) == ["amy", "Bo", "Zoe"]  # regardless of case
