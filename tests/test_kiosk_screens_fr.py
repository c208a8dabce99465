"""The kiosk in French (about a fifth longer than English): every screen and every tab of the
facilitator's menu still shows its text in full at every common laptop size and scaling, as
test_kiosk_screens.py checks in English (which also reads the name screen in both languages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from kiosk_driving import (
    EVERY_KIND,
    cut_off_texts,
    each_screen,
    open_the_menu,
    parse_quizzes,
    settle,
    show_kiosk,
    store_with_pin,
)
from test_kiosk_screens import SIZES


@pytest.fixture(scope="module")
def quizzes(tmp_path_factory):
    return parse_quizzes(Path(tmp_path_factory.mktemp("quizzes")), {"every": EVERY_KIND})


store = pytest.fixture(store_with_pin, name="store")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_in_french_shows_its_text_in_full(
    qtbot, store, quizzes, size, in_french, tmp_path
):
    kiosk = show_kiosk(qtbot, quizzes, store, "every")
    kiosk.resize(*size)
    assert kiosk.name_screen.start.text() == "Commencer"  # French indeed, not the source text
    problems = []
    for screen in each_screen(qtbot, kiosk):
        settle(qtbot)
        assert kiosk.size().toTuple() == size
        if screen == "question-truefalse":  # the parser's True/False, said in French
            shown = [b.option for b in kiosk.question_screen.answer.buttons]
            assert shown == ["Vrai", "Faux"]
        if size == (1366, 768):  # looked at by eye; kept beside the test's own files
            kiosk.grab().save(str(tmp_path / f"{screen}.png"))
        problems += [f"{screen}: {problem}" for problem in cut_off_texts(kiosk)]
    assert kiosk.review_screen.title.text() == "Vérifiez vos réponses"
    kiosk.may_close = True
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_tab_of_the_french_facilitator_menu_shows_in_full(
    qtbot, store, quizzes, size, in_french, tmp_path
):
    kiosk = show_kiosk(qtbot, quizzes, store, "every")
    kiosk.resize(*size)
    open_the_menu(qtbot, kiosk)
    bar = kiosk.facilitator_screen.tabs.tabBar()
    assert [bar.tabText(tab) for tab in range(bar.count())][:3] == ["Quiz", "Résultats", "Noms"]
    problems = []
    for tab in range(bar.count()):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        settle(qtbot)
        assert kiosk.size().toTuple() == size
        if size == (1366, 768):
            kiosk.grab().save(str(tmp_path / f"menu-{bar.tabText(tab)}.png"))
        problems += [f"{bar.tabText(tab)}: {problem}" for problem in cut_off_texts(kiosk)]
        # At 1366 px a tab fits across, as in English (on narrower screens the results tab
        # scrolls sideways by design): the French buttons' length once pushed two out of sight.
        page = kiosk.facilitator_screen.tabs.currentWidget()
        wide = [
            scroll
            for scroll in [page, *page.findChildren(QScrollArea)]
            if isinstance(scroll, QScrollArea) and scroll.horizontalScrollBar().isVisible()
        ]
        if size[0] >= 1366:
            problems += [f"{bar.tabText(tab)}: scrolls sideways" for _ in wide[:1]]
    kiosk.may_close = True
    assert problems == [], "\n".join(problems)


SCORED = """// @mode: post
::n:: How many crossed? {#1400:100}

::tf:: Most migrants are refugees. {F}

::p:: Pick one. {=A ~%50%B ~C}
"""


def test_the_end_of_quiz_summary_writes_numbers_the_french_way(in_french):
    """The done screen's score and answers as a French participant reads them: a decimal
    comma, thousands apart by a narrow no-break space, True/False said Vrai/Faux."""
    from PySide6.QtGui import QTextDocument

    from teachin.content.gift import parse_gift
    from teachin.quiz import Attempt
    from teachin.ui.kiosk.attempt_text import turn_summary

    quiz, problems = parse_gift(SCORED, Path("post.gift"))
    assert problems == []
    attempt = Attempt.start(quiz, seed=1)
    for name, response in (("n", 1450.5), ("tf", 1), ("p", 1)):
        attempt.goto(attempt.order.index(name))
        attempt.answer(response)
    attempt.submit()
    shown = QTextDocument()
    shown.setMarkdown(turn_summary(quiz, attempt))  # as the done screen shows it
    text = shown.toRawText()
    assert "Score\u00a0: 2,5 sur 3" in text
    assert "Votre réponse\u00a0: 1\u202f450,5" in text
    assert "La bonne réponse\u00a0: 1\u202f400 (à 100 près)" in text
    assert "Votre réponse\u00a0: Faux" in text


def test_a_number_answer_comes_back_as_a_french_participant_typed_it(qtbot, in_french):
    """Back on an estimate already answered: its field shows "2,5", not "2.5" nor 1.4e+06,
    and what it shows reads back as the same number."""
    from teachin.content.gift import parse_gift
    from teachin.ui.kiosk.answer_widgets import NumberAnswer

    quiz, _ = parse_gift("::n:: How many crossed? {#1400}", Path("q.gift"))
    field = NumberAnswer(quiz.questions[0])
    qtbot.addWidget(field)
    for stored, shown in ((2.5, "2,5"), (1400000.0, "1400000"), (2.125, "2.125")):
        field.set_value(stored)
        assert field.edit.text() == shown  # 2,125 would read back as 2125: kept as typed
        assert field.value() == stored
