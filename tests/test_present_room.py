"""Room charts in the presenter: the room's answers come from this laptop's database, new
answers show up while the slide is up, V reveals the true figure, A replays the chart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QProcess, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from teachin.app import Presenter
from teachin.content.deck import load_deck
from teachin.store import answers as ops
from teachin.store import open_store
from teachin.store.db import Store
from teachin.theme import DEFAULT

SLIDES = """---
title: Room
minutes: 5
---

# Before

Text

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


def answer(store: Store, nickname: str, value: float) -> None:
    attempt = ops.start_attempt(store, nickname=nickname, quiz="pre")
    ops.record_answer(
        store, answer_id=f"{nickname}-crowd", attempt_id=attempt, question="crowd", response=value
    )


@pytest.fixture
def presenter(qtbot, tmp_path: Path) -> Presenter:
    root = tmp_path / "deck"
    (root / "slides").mkdir(parents=True)
    (root / "quizzes").mkdir()
    (root / "slides" / "01-room.md").write_text(SLIDES, encoding="utf-8")
    (root / "quizzes" / "pre.gift").write_text(QUIZ, encoding="utf-8")
    deck = load_deck(root)
    assert not deck.problems, deck.problems
    with open_store() as store:  # the data folder is a fresh temp dir (conftest)
        for name, value in (("ana", 0.5), ("bo", 1.0), ("cy", 2.0)):
            answer(store, name, value)
    shown = Presenter(deck)
    qtbot.addWidget(shown.console)
    qtbot.addWidget(shown.audience)
    shown.show()
    return shown


def room_chart(presenter: Presenter) -> QWidget:
    (chart,) = presenter.audience.view.chart_widgets()
    return chart


def test_room_chart_shows_stored_answers_and_picks_up_new_ones(presenter: Presenter, qtbot) -> None:
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    assert presenter.audience.view.slide().title == "Your estimates"
    assert room_chart(presenter).counts.sum() == 3
    with open_store() as store:
        answer(store, "dee", 1.2)
    qtbot.waitUntil(lambda: room_chart(presenter).counts.sum() == 4, timeout=5000)


def test_v_reveals_the_true_figure_and_a_replays(presenter: Presenter, qtbot) -> None:
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    chart = room_chart(presenter)
    assert not chart.revealed
    qtbot.keyClick(presenter.console, Qt.Key.Key_V)
    assert chart.revealed
    (console_copy,) = presenter.console.current.chart_widgets()
    assert console_copy.revealed  # the presenter sees what the room sees
    chart.finish()
    assert not chart.animating
    qtbot.keyClick(presenter.console, Qt.Key.Key_A)
    assert chart.animating


def test_chart_labels_keep_the_slide_background(presenter: Presenter, qtbot) -> None:
    """The windows' own styling must not reach into the slide: a window-wide style sheet once
    painted every chart label as a black bar on the projected slide."""
    qtbot.keyClick(presenter.console, Qt.Key.Key_Right)
    qtbot.keyClick(presenter.console, Qt.Key.Key_F5)  # the audience window shows
    for window, view in (
        (presenter.audience, presenter.audience.view),
        (presenter.console, presenter.console.current),
    ):
        (chart,) = view.chart_widgets()
        labels = [w for w in chart.findChildren(QLabel) if not w.isHidden() and w.text()]
        assert labels
        image = window.grab().toImage()
        for label in labels:
            spot = label.mapTo(window, QPoint(label.width() - 3, label.height() // 2))
            assert image.pixelColor(spot) == QColor(DEFAULT.background), label.text()


def test_k_opens_the_quiz_kiosk_on_the_same_deck_and_data_folder(
    presenter: Presenter, monkeypatch, data_dir: Path
) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args))
    )
    presenter.console.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(presenter.console, Qt.Key.Key_K)
    [(program, args)] = started
    assert program == sys.executable
    deck_root = str(presenter.deck.root)
    assert args[-5:] == ["--deck", deck_root, "--data-dir", str(data_dir), "quiz"]
    # The command really starts the kiosk's code path (checked without showing a window).
    from teachin.__main__ import build_parser

    parsed = build_parser().parse_args(args[args.index("--deck") :])
    assert (parsed.command, parsed.deck, parsed.data_dir) == ("quiz", deck_root, str(data_dir))
