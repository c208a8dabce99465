"""The results window, driven with clicks on the known workshop (tests/results_data.py)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget

from results_data import deck_quizzes, fill, take
from teachin.store.bundle import export_bundle
from teachin.store.db import open_store
from teachin.ui.results.window import ResultsWindow


@pytest.fixture
def quizzes(repo):
    return deck_quizzes(repo)


@pytest.fixture
def window(qtbot, quizzes):
    with open_store() as store:
        fill(store, quizzes)
    shown = ResultsWindow(quizzes)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    return shown


def pick_quiz(qtbot, window: ResultsWindow, name: str) -> None:
    picker = window.quiz_picker
    picker.setFocus()
    for _ in range(picker.count()):  # the arrow keys, as a facilitator would
        if picker.currentData() == name:
            return
        qtbot.keyClick(picker, Qt.Key.Key_Down)
    raise AssertionError(f"no quiz {name} in the picker")


def click_row(qtbot, listing: QListWidget, row: int) -> None:
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_names(window: ResultsWindow) -> list[str]:
    items = window.question_list
    return [items.item(k).data(Qt.ItemDataRole.UserRole) for k in range(items.count())]


def test_a_question_in_words_with_its_chart(qtbot, window):
    pick_quiz(qtbot, window, "pre")
    assert "Questions: 3 took part, 2 finished" in window.tabs.tabText(0)
    click_row(qtbot, window.question_list, 1)
    assert window.current_question().name == "refugee-share"
    figures = window.question_figures.text()
    assert "3 answered · 33 % right (right: False)" in figures
    assert "True ×2, False ×1" in figures
    chart = window.chart  # the presenter's room chart, revealed: the right choice marked
    assert chart.choices == ("True", "False") and list(chart.counts) == [2, 1]
    assert chart.names[1].endswith("✓ right")
    click_row(qtbot, window.question_list, 0)
    assert "median 1,400 (middle half 1,100 to 1,700" in window.question_figures.text()
    assert window.chart.truth_line.isVisible() and window.chart.truth_line.value() == 281


def test_hardest_first(qtbot, window):
    pick_quiz(qtbot, window, "pre")
    assert shown_names(window)[:3] == ["migrants-2020", "refugee-share", "displaced-count"]
    qtbot.mouseClick(window.hardest, Qt.MouseButton.LeftButton)
    assert shown_names(window)[:4] == [
        "migrants-2020", "ban-countries", "refugee-share", "displaced-count",
    ]  # fmt: skip


def test_before_and_after_and_the_participants(qtbot, window):
    window.tabs.setCurrentIndex(1)
    table = window.pre_post_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    refugees = [table.item(rows["Q2: Most of the world's international migrants are refugees."],
                           c).text() for c in range(1, 5)]  # fmt: skip
    assert refugees == [
        "0 % right",
        "100 % right",
        "+100 points",
        "2 people who answered both times",
    ]
    unanswered = next(r for text, r in rows.items() if text.startswith("Q5: "))
    assert table.item(unanswered, 4).text() == "nobody answered"
    overall = [table.item(rows["All core questions"], c).text() for c in range(4)]
    assert overall == ["All core questions", "17 % right", "100 % right", "+83 points"]
    chart = window.pre_post_widget
    assert chart.data.categories == ("Q1", "Q2", "Q3", "All")  # short: the table says which
    assert [label.toPlainText() for label in chart.value_labels[:4]] == ["0", "0", "50", "17"]
    assert [t.label for t in chart.data.traces] == ["before", "after"]

    window.tabs.setCurrentIndex(2)
    model = window.people.model()

    def cell(r: int, c: int) -> str:
        return model.index(r, c).data()

    found = {
        (cell(r, 0), cell(r, 1)): [cell(r, c) for c in range(2, 6)] for r in range(model.rowCount())
    }
    assert found["Ana", "pre"] == ["5", "1", "1.5", "yes"]
    assert found["Cy", "pre"] == ["2", "2", "2", "not yet"]


def test_new_answers_show_without_a_click(qtbot, window, quizzes):
    pick_quiz(qtbot, window, "pre")
    click_row(qtbot, window.question_list, 1)
    with open_store() as store:
        take(store, quizzes["pre"], "Eve", {"refugee-share": 1})
    qtbot.waitUntil(lambda: "4 answered · 50 % right" in window.question_figures.text())
    assert list(window.chart.counts) == [2, 2]


def laptop_bundle(folder: Path, name: str, quizzes, people: list[str]) -> Path:
    with open_store(folder / name / "teachin.db") as store:
        for person in people:
            take(store, quizzes["post"], person, {"refugee-share": 1})
        return export_bundle(store, folder / "usb")


def test_add_results_from_other_laptops(qtbot, window, quizzes, tmp_path, monkeypatch):
    good = laptop_bundle(tmp_path, "b", quizzes, ["Gus", "Hal"])
    broken = tmp_path / "broken.zip"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the compressed data
    broken.write_bytes(bytes(data))
    not_a_bundle = tmp_path / "notes.zip"
    not_a_bundle.write_text("hello")
    files = [good, broken, not_a_bundle, good]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    lines = window.outcome.toPlainText().splitlines()
    assert lines[0].startswith(f"{good.name} (from ") and lines[0].endswith(
        "2 new answer(s), 0 already here"
    )
    assert lines[1].startswith("broken.zip: not added: ")
    assert lines[2].startswith("notes.zip: not added: ")
    assert lines[3].startswith(f"{good.name}: already added on ")
    pick_quiz(qtbot, window, "post")
    assert "5 took part" in window.tabs.tabText(0)


def test_save_this_laptops_results(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    [made] = tmp_path.glob("teachin-results-*.zip")
    assert zipfile.is_zipfile(made)
    assert window.outcome.toPlainText().startswith(f"Saved {made.name} in {tmp_path}.")


def test_a_damaged_database_says_so_and_offers_the_newest_backup(qtbot, quizzes, data_dir):
    with open_store() as store:
        fill(store, quizzes)
        backup = store.backup()  # as made at every start
    db = data_dir / "teachin.db"
    for extra in ("teachin.db-wal", "teachin.db-shm"):
        (data_dir / extra).unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    window = ResultsWindow(quizzes)
    qtbot.addWidget(window)
    window.show()
    assert window.problem.isVisible() and "cannot be read" in window.problem.text()
    assert window.use_backup.isVisible()
    qtbot.mouseClick(window.use_backup, Qt.MouseButton.LeftButton)
    assert not window.problem.isVisible()
    assert backup.name in window.status.text()
    assert "6 attempt(s)" in window.status.text()
    assert db.read_bytes().startswith(b"this is not")  # left for the kiosk to set aside
    shutil.rmtree(data_dir / "backups")


def test_the_presenter_opens_it_with_ctrl_r_and_the_console_button(qtbot, repo, data_dir):
    from teachin.app import Presenter
    from teachin.content.deck import load_deck

    with open_store() as store:
        fill(store, deck_quizzes(repo))
    shown = Presenter(load_deck(repo))
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    qtbot.keyClick(shown.console, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    results = shown.results
    assert isinstance(results, ResultsWindow) and results.isVisible()
    qtbot.addWidget(results)
    results.close()
    qtbot.mouseClick(shown.console.results_button, Qt.MouseButton.LeftButton)
    assert shown.results is results and results.isVisible()
    assert "6 attempt(s)" in results.status.text()
    shown.close()


def test_csv_and_report_from_the_window(qtbot, window, tmp_path, monkeypatch):
    import csv
    import io

    from PySide6.QtWidgets import QInputDialog

    target = tmp_path / "answers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    text = target.read_bytes().decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(text)))) == 21
    assert (tmp_path / "answers-participants.csv").exists()

    asked = iter([("3 December 2026", True), ("Union hall", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(asked))
    report = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    assert report.read_bytes().startswith(b"%PDF")
    report.unlink()
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)  # not asked again
    assert report.exists()
