"""The results window, the workshop report and `teachin report` in French, on the known workshop
(tests/results_data.py): the facilitator's buttons and tables, the report's headings and figures,
the command's messages."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog

from results_data import deck_quizzes, fill
from teachin.__main__ import main
from teachin.store.db import open_store
from teachin.store.results import open_for_reading
from teachin.ui.results.mnemonics import plain
from teachin.ui.results.report import build_document, gather
from teachin.ui.results.window import ResultsWindow
from test_results_report import workshop  # noqa: F401  (the fixture: answers and a reveal)


@pytest.fixture
def window(qtbot, repo, in_french):
    quizzes = deck_quizzes(repo)
    with open_store() as store:
        fill(store, quizzes)
    shown = ResultsWindow(quizzes)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    return shown


def test_the_results_window_speaks_french(qtbot, window, tmp_path, monkeypatch):
    assert window.windowTitle() == "Résultats Teach-in"
    assert plain(window.add_button.text()) == "Ajouter d’autres résultats…"
    assert plain(window.tabs.tabText(1)) == "Avant et après"
    assert "6 tentative(s) · mis à jour à" in window.status.text()
    # The first quiz of the day (pre): its estimate, two answers, neither near enough.
    assert window.question_list.item(0).text().endswith("\n2 ont répondu · 0\u202f% justes")

    window.tabs.setCurrentIndex(1)
    table = window.pre_post_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Question centrale", "Avant", "Après", "Évolution", "Repose sur"]
    assert window.pre_post_widget.data.categories[-1] == "Toutes"
    assert [t.label for t in window.pre_post_widget.data.traces] == ["avant", "après"]
    overall = table.rowCount() - 1
    shares = [table.item(overall, c).text() for c in (1, 2)]
    assert shares == ["17\u202f% justes", "100\u202f% justes"]  # the % never leaves its number

    target = tmp_path / "answers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.csv_button, Qt.MouseButton.LeftButton)
    assert window.outcome.toPlainText() == (
        f"answers.csv (toutes les réponses) et answers-participants.csv enregistrés dans "
        f"{tmp_path}."
    )
    # A script reads the CSV the same in every language: English headers, stored values as
    # they are; only the answer in words is as the participant saw it.
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    said = {(r["question"], r["answer"], r["answer as stored"]) for r in rows}
    assert ("refugee-share", "Faux", "1") in said and (
        "migrants-2020",
        "2\u202f000",
        "2000.0",
    ) in said


def test_the_workshop_report_speaks_french(workshop, in_french):  # noqa: F811
    with open_for_reading() as store:
        data = gather(store, workshop, "3 décembre 2026", "Salle des fêtes")
    text = build_document(data, names=True).toPlainText()
    for words in (
        "Compte rendu de l’atelier",
        "3 décembre 2026 · Salle des fêtes",
        "Qui a participé",
        "Temps par module",
        "Avant et après",
        "2 réponse(s), telles que révélées le",
        "personnes ont participé",
        "Participant\nQuiz\nRéponses\nJustes\nPoints\nTerminé",
    ):
        assert words in text, words


def test_teachin_report_says_what_is_wrong_in_french(workshop, in_french, tmp_path, capsys):  # noqa: F811
    assert main(["--lang", "fr", "report"]) == 1
    assert "teachin report\u00a0: indiquez le PDF à écrire" in capsys.readouterr().err
    assert main(["--lang", "fr", "report", str(tmp_path / "nowhere" / "r.pdf")]) == 1
    assert "ce dossier n’existe pas" in capsys.readouterr().err
    out = tmp_path / "rapport.pdf"
    assert main(["--lang", "fr", "report", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"{Path(out)} écrit\u00a0: ")


NNBSP = "\u202f"  # French groups thousands with it and puts it before "%"


def as_shown(html: str) -> str:
    """A rich text as Qt lays it out (its HTML reader turns some spaces into others)."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toRawText()


def test_the_results_window_writes_numbers_and_true_false_in_french(qtbot, window):
    assert window.quiz_picker.currentData() == "pre"  # the window opens on the day's first
    figures = as_shown(window.question_figures.text())  # migrants-2020, an estimate
    assert f"2 ont répondu · 0{NNBSP}% justes" in figures
    assert f"médiane 1{NNBSP}400 (moitié centrale de 1{NNBSP}100 à 1{NNBSP}700" in figures
    window.question_list.setCurrentRow(1)  # refugee-share: true or false
    figures = as_shown(window.question_figures.text())
    assert "Vrai ×2, Faux ×1" in figures and "True" not in figures


def test_the_workshop_report_writes_numbers_and_true_false_in_french(workshop, in_french):  # noqa: F811
    with open_for_reading() as store:
        data = gather(store, workshop, "3 décembre 2026", "Salle des fêtes")
    text = build_document(data, names=True).toRawText()  # spaces as laid out, not as typed
    assert f"médiane 1{NNBSP}400 (moitié centrale de 1{NNBSP}100 à 1{NNBSP}700" in text
    assert f"0{NNBSP}% justes" in text and f"100{NNBSP}% justes" in text
    assert "Vrai ×" in text and "True ×" not in text and "1,400" not in text


def test_teachin_results_show_writes_numbers_the_french_way(workshop, in_french, capsys):  # noqa: F811
    assert main(["--lang", "fr", "results", "show"]) == 0
    out = capsys.readouterr().out
    assert f"médiane 1{NNBSP}400 (moitié centrale de 1{NNBSP}100 à 1{NNBSP}700" in out
    assert f"3 ont répondu · 33{NNBSP}% justes (juste\u00a0: Faux)" in out
    assert "Vrai ×2, Faux ×1" in out
