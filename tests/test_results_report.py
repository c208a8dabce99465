"""The workshop report: what it says, from the known workshop (tests/results_data.py) plus a
room chart answered before and after its reveal, and the presenter's log behind it."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from results_data import deck_quizzes, fill, take
from teachin.__main__ import main
from teachin.content.deck import load_deck
from teachin.presenting import Action
from teachin.quiz.summary import LONGEST_SLIDE_S, module_times
from teachin.store.db import open_store
from teachin.store.results import open_for_reading
from teachin.store.slide_log import SlideLog, logged
from teachin.ui.results.report import build_document, gather


def test_module_times_run_each_slide_to_the_next_on_its_laptop():
    modules = [("Opening", 5.0), ("Middle", 10.0), ("End", 5.0)]
    shown = [
        ("a", 0.0, 0), ("a", 240.0, 1), ("a", 600.0, 1), ("a", 600.0 + 3600, 0),
        ("b", 0.0, 1), ("b", 60.0, 1),
    ]  # fmt: skip
    times = module_times(modules, shown)
    assert [t.actual for t in times] == [
        4.0,  # a: 0..240 s in the opening (its last slide counts nothing)
        (360 + LONGEST_SLIDE_S + 60) / 60,  # a: 240..600, then an hour-long "slide" (a break)
        None,  # never shown
    ]
    assert [t.planned for t in times] == [5.0, 10.0, 5.0]


def test_the_presenter_logs_slides_once_the_timer_runs_and_reveals(qtbot, repo, data_dir):
    from teachin.app import Presenter

    deck = load_deck(repo)
    shown = Presenter(deck)
    qtbot.addWidget(shown.audience)
    shown.show()
    assert not (data_dir / "teachin.db").exists()  # opened, not started: nothing to log
    shown.act(Action.NEXT)  # the first move starts the talk's timer
    room = next(
        k for k, slide in enumerate(deck.slides) if any(c.kind == "room" for c in slide.charts)
    )
    for digit in str(room + 1):  # typed, then Enter jumps
        shown.act(Action.DIGIT, int(digit))
    shown.act(Action.ENTER)
    shown.act(Action.REVEAL_ANSWER)
    shown.close()
    with open_for_reading() as store:
        events = logged(store)
    slides = [e.detail["slide"] for e in events if e.kind == "slide_shown"]
    assert slides == [2, room + 1]
    part = next(c for c in deck.slides[room].charts if c.kind == "room")
    revealed = [e.detail for e in events if e.kind == "room_revealed"]
    assert revealed == [{"quiz": part.options["quiz"], "question": part.options["question"]}]


@pytest.fixture
def workshop(repo):
    quizzes = deck_quizzes(repo)
    log = SlideLog()
    log.shown(1, 0, "Opening")
    with open_store() as store:
        fill(store, quizzes)
        take(store, quizzes["checkpoint-02"], "Ana", {"crossings-2017": 1000.0})
        take(store, quizzes["checkpoint-02"], "Bo", {"crossings-2017": 1200.0})
        time.sleep(0.01)
        log.revealed("checkpoint-02", "crossings-2017")
        time.sleep(0.01)
        take(store, quizzes["checkpoint-02"], "Cy", {"crossings-2017": 5000.0})  # too late
    log.shown(5, 1, "Later")
    log.close()
    return load_deck(repo)


def test_the_report_in_words(workshop):
    with open_for_reading() as store:
        data = gather(store, workshop, "3 December 2026", "Union hall")
    crossings = next(r for r in data.rooms if r.question.name == "crossings-2017")
    assert sorted(crossings.responses) == [1000.0, 1200.0]  # as it stood at the reveal
    assert crossings.revealed_at is not None
    text = build_document(data).toPlainText()
    assert "3 December 2026 · Union hall" in text
    assert "median 1,400 (middle half 1,100 to 1,700; 800 to 2,000 in all); true figure 281" in text
    assert "2 answer(s), as revealed at" in text
    assert "All core questions" in text and "+83 points" in text
    assert "Q2\nMost of the world's international migrants are refugees." in text
    assert "nobody answered" in text and "0 before, 0 after" not in text
    assert data.modules[0].actual is not None and data.modules[2].actual is None
    for name in ("Ana", "Bo", "Cy", "Dee"):
        assert name not in text  # no names unless asked
    named = build_document(data, names=True).toPlainText()
    assert "Participants" in named and "Dee" in named


def test_teachin_report_writes_a_pdf_and_keeps_date_and_place(workshop, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    args = ["report", str(out), "--date", "3 December 2026", "--place", "Union hall"]
    assert main(args) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "page(s)" in capsys.readouterr().out
    again = tmp_path / "again.pdf"
    assert main(["report", str(again)]) == 0  # date and place as kept
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(again), "-"], capture_output=True, text=True).stdout
    assert "Workshop report" in text and "3 December 2026 · Union hall" in text
    assert "Before and after" in text and "Ana" not in text
    assert main(["report", str(tmp_path / "no-such-folder" / "r.pdf")]) == 1
    assert "no such folder" in capsys.readouterr().err
    assert main(["report", str(tmp_path)]) == 1  # a folder: say so, and name a file
    assert f"{tmp_path} is a folder; name a .pdf file" in capsys.readouterr().err
    assert main(["report"]) == 1  # a failure, not a usage error (2)
    assert "name the PDF to write" in capsys.readouterr().err


def test_the_report_charts_read_short_labels_with_their_numbers(workshop):
    """The before-and-after chart names its bars Q1, Q2... (the table under it gives each
    question's text) and prints each bar's share, a whole number, above it."""
    from teachin.theme import DEFAULT
    from teachin.ui.results.charts import pre_post_chart
    from teachin.ui.results.report import chart_image

    with open_for_reading() as store:
        found = gather(store, workshop).summaries.pre_post
    chart = pre_post_chart(found, DEFAULT)
    assert chart.data.categories == ("Q1", "Q2", "Q3", "All")
    labels = chart.value_labels
    chart_image(chart)  # laid out and drawn as in the PDF
    assert [label.toPlainText() for label in labels] == ["0", "0", "50", "17"] + ["100"] * 4
    assert all(label.isVisible() for label in labels)


def test_teachin_report_prints_no_qt_noise(workshop, tmp_path, data_dir):
    """Drawing charts off screen makes Qt say "does not support propagateSizeHints()" once
    per chart; `teachin report` keeps that off the terminal."""
    import os
    import sys

    import teachin

    env = {**os.environ, "PYTHONPATH": str(Path(teachin.__file__).parents[1]),
           "QT_QPA_PLATFORM": "offscreen", "TEACHIN_DATA_DIR": str(data_dir)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "teachin", "report", str(tmp_path / "r.pdf")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout
    assert "propagateSizeHints" not in done.stderr


REPO_DECK = load_deck(Path(__file__).resolve().parent.parent)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["slide_shown", "room_revealed"]),
            st.text(max_size=30) | st.just("2026-12-03T19:00:00+00:00"),
            st.text(max_size=40)
            | st.dictionaries(
                st.sampled_from(["slide", "module", "quiz", "question", "title"]),
                st.none() | st.booleans() | st.integers() | st.text(max_size=12),
            ).map(json.dumps),
        ),
        max_size=6,
    )
)
def test_any_logged_events_from_a_bundle_still_make_a_report(tmp_path_factory, events):
    """Events arrive from other laptops' bundles: whatever their text, the report's figures
    come out (the events that make no sense count for nothing)."""
    path = tmp_path_factory.mktemp("events") / "teachin.db"
    with open_store(path, make_backup=False) as store:
        with store.write() as db:
            for kind, at, detail in events:
                db["events"].insert(
                    {
                        "id": str(uuid.uuid4()),
                        "at": at,
                        "device_id": "x",
                        "kind": kind,
                        "detail": detail,
                    }
                )
        data = gather(store, REPO_DECK)
    assert len(data.modules) == len(REPO_DECK.modules)
