"""The workshop report as a reader turns its pages: each room chart on the page of its heading,
a table's header again on each page it runs onto, the quizzes in the order of the day, and a
question's answers in a few lines even when each answer is a long match."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument, QTextTable

from results_data import deck_quizzes, fill, take
from teachin.content.deck import load_deck
from teachin.content.room_chart import ROOM_KINDS
from teachin.quiz.summary import QuestionSummary
from teachin.store.db import open_store
from teachin.store.results import open_for_reading
from teachin.ui.results.report import (
    ANSWERS_CHARS,
    answers_in_brief,
    build_document,
    gather,
    lay_out_pages,
)


@pytest.fixture
def every_room_answered(qapp, repo):
    """The known workshop, and two answers to most room charts of the deck (every third one
    was skipped on the day: its heading says "no answers", a line where the others have a
    chart, so the charts do not fall at the same place on every page)."""
    quizzes = deck_quizzes(repo)
    deck = load_deck(repo)
    rooms = [
        (quizzes[part.options["quiz"]], part.options["question"])
        for slide in deck.slides
        for part in slide.charts
        if part.kind == "room" and part.options.get("quiz") in quizzes
    ]
    with open_store() as store:
        fill(store, quizzes)
        for k, (quiz, name) in enumerate(rooms):
            if k % 3 == 1 or name not in quiz:
                continue
            numeric = quiz.question(name).kind == "numeric"
            assert quiz.question(name).kind in ROOM_KINDS
            for person, answer in (("Eve", 120.0), ("Fay", 900.0)):
                take(store, quiz, person, {name: answer if numeric else 0})
    with open_for_reading() as store:
        data = gather(store, deck, "3 December 2026", "Union hall")
    doc = build_document(data)
    lay_out_pages(doc)
    return data, doc


def _page(doc: QTextDocument, block) -> int:
    top = doc.documentLayout().blockBoundingRect(block).top()
    return int(top // doc.pageSize().height())


def _has_image(block) -> bool:
    it = block.begin()
    while not it.atEnd():
        if it.fragment().charFormat().isImageFormat():
            return True
        it += 1
    return False


def test_each_room_chart_is_on_the_page_of_its_heading(every_room_answered):
    data, doc = every_room_answered
    slides = {room.slide for room in data.rooms if room.responses}
    assert len(slides) >= 4
    checked = 0
    block = doc.begin()
    while block.isValid():
        if block.text() in slides and block.blockFormat().headingLevel() == 3:
            chart = block.next()
            while chart.isValid() and not _has_image(chart):
                chart = chart.next()
            assert chart.isValid(), block.text()
            assert _page(doc, chart) == _page(doc, block), f"{block.text()}: heading left alone"
            checked += 1
        block = block.next()
    assert checked == len([r for r in data.rooms if r.responses])


def test_tables_repeat_their_header_on_each_page(every_room_answered):
    _, doc = every_room_answered
    tables = {
        frame
        for frame in (doc.rootFrame().childFrames())
        if isinstance(frame, QTextTable) and frame.rows() > 1
    }
    assert len(tables) >= 3
    assert all(table.format().headerRowCount() == 1 for table in tables)


def test_the_quizzes_come_in_the_order_of_the_day(every_room_answered):
    _, doc = every_room_answered
    text = doc.toPlainText()
    sections = [text.rindex(title) for title in ("(pre)", "(checkpoint-02)", "(post)")]
    assert sections == sorted(sections)
    who = text.index("Who took part")
    listed = [text.index(title, who) for title in ("(pre)", "(checkpoint-02)", "(post)")]
    assert listed == sorted(listed)


def test_long_answers_are_cut_to_the_most_given():
    match = "NY Taxi Workers Alliance → a one-hour stop at JFK airport, January 2017; " * 3
    bars = tuple((f"{match} {k}", 24 - k) for k in range(20))
    question = QuestionSummary("who-did-what", "Match each group.", "matching", 300, bars, (), 0, 0)
    said = answers_in_brief(question)
    assert said.startswith(bars[0][0]) and said.endswith("and 19 other answer(s)")
    short = QuestionSummary("q", "Q?", "single", 9, (("Yes", 5), ("No", 4)), (), 0, 0)
    assert answers_in_brief(short) == "Yes ×5, No ×4"
    few = tuple((f"answer {k}", 3) for k in range(8))
    words = answers_in_brief(QuestionSummary("q", "Q?", "short", 24, few, (), 0, 0))
    assert len(words) <= ANSWERS_CHARS and words.count("×") == 5
