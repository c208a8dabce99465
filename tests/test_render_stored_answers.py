"""`teachin shot` and `teachin handout` show the room charts as the audience would see them:
with the answers stored in the data folder (--data-dir respected, read-only), and on paper in
their final state (the true figure marked, no one waiting for answers)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from teachin.__main__ import main
from teachin.store import answers as ops
from teachin.store import open_store
from teachin.store.db import DB_NAME
from teachin.theme import DEFAULT

SLIDES = """---
title: Room
minutes: 5
---

# Your estimates

```chart
kind: room
quiz: pre
question: crowd
```
"""

QUIZ = """// title: Before we start
::crowd:: How many people marched on 1 May 2006 (millions)? {#1.1:0.2}
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    root = tmp_path / "deck"
    (root / "slides").mkdir(parents=True)
    (root / "quizzes").mkdir()
    (root / "slides" / "01-room.md").write_text(SLIDES, encoding="utf-8")
    (root / "quizzes" / "pre.gift").write_text(QUIZ, encoding="utf-8")
    return root


@pytest.fixture
def answered(tmp_path: Path) -> Path:
    """A data folder (not the default one) holding three answers to the chart's question."""
    data = tmp_path / "room-data"
    with open_store(data / DB_NAME) as store:
        for nickname, value in (("ana", 0.5), ("bo", 1.0), ("cy", 2.0)):
            attempt = ops.start_attempt(store, nickname=nickname, quiz="pre")
            ops.record_answer(
                store,
                answer_id=f"{nickname}-1",
                attempt_id=attempt,
                question="crowd",
                response=value,
            )
    return data


def bar_pixels(path: Path) -> int:
    """Pixels in the colour of the room chart's bars."""
    image = QImage(str(path))
    bar = QColor(DEFAULT.series[1]).rgb()
    return sum(
        image.pixel(x, y) == bar for x in range(0, image.width(), 2) for y in range(image.height())
    )


def test_shot_shows_the_answers_in_the_data_folder(qapp, deck, answered, tmp_path):
    empty, full = tmp_path / "empty.png", tmp_path / "full.png"
    shot = ["--deck", str(deck), "shot", "--slide", "1", "--size", "1280x720", "--out"]
    assert main(["--data-dir", str(tmp_path / "nothing-here"), *shot, str(empty)]) == 0
    assert main(["--data-dir", str(answered), *shot, str(full)]) == 0
    assert bar_pixels(empty) == 0
    assert not (tmp_path / "nothing-here").exists()  # read-only: no database made to read
    assert bar_pixels(full) > 1000  # three answers: bars


def test_handout_prints_the_stored_answers_revealed(qapp, deck, answered, tmp_path, monkeypatch):
    from teachin.ui.presenter import handout

    printed = []
    picture = handout._picture

    def record(widget, ratio):
        printed.append(
            (widget.legend.text().split(" · ")[0], widget.waiting.isVisible(), widget.revealed)
        )
        return picture(widget, ratio)

    monkeypatch.setattr(handout, "_picture", record)
    out = tmp_path / "h.pdf"
    assert main(["--data-dir", str(answered), "--deck", str(deck), "handout", str(out)]) == 0
    assert printed == [("3 answers", False, True)]


def test_handout_with_no_answers_says_so_and_waits_for_no_one(qapp, deck, tmp_path, monkeypatch):
    from teachin.charts.room import TEXT
    from teachin.ui.presenter import handout

    printed = []
    picture = handout._picture

    def record(widget, ratio):
        printed.append((widget.waiting.toPlainText(), widget.revealed))
        return picture(widget, ratio)

    monkeypatch.setattr(handout, "_picture", record)
    out = tmp_path / "h.pdf"
    assert main(["--deck", str(deck), "handout", str(out)]) == 0
    assert printed == [(TEXT["nobody"], True)]


def test_handout_prints_a_what_if_chart_without_its_slider(qapp, tmp_path, monkeypatch):
    """Paper cannot be dragged: the what-if chart is printed at its setting, which its legend
    states, with no slider drawn."""
    from teachin.charts.kinds import WhatIfChart
    from teachin.ui.presenter import handout

    repo = Path(__file__).resolve().parent.parent
    root = tmp_path / "deck"
    (root / "slides").mkdir(parents=True)
    shutil.copytree(repo / "assets" / "data", root / "assets" / "data")
    shutil.copytree(repo / "quizzes", root / "quizzes")
    (module,) = (repo / "slides").glob("06-*.md")
    shutil.copy(module, root / "slides")
    printed = []
    picture = handout._picture

    def record(widget, ratio):
        if isinstance(widget, WhatIfChart):
            printed.append((widget.slider.isVisibleTo(widget), widget.legend.text()))
        return picture(widget, ratio)

    monkeypatch.setattr(handout, "_picture", record)
    assert main(["--deck", str(root), "handout", str(tmp_path / "h.pdf")]) == 0
    assert printed and all(not shown and "%" in legend for shown, legend in printed)
