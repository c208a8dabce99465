"""`teachin results show` speaks in words and ends with what moved between the pre- and
post-workshop quiz (the known workshop of tests/results_data.py)."""

from __future__ import annotations

from results_data import deck_quizzes, fill
from teachin.__main__ import main
from teachin.store.db import open_store


def test_show_reports_the_shift_on_core_questions(repo, capsys):
    with open_store() as store:
        fill(store, deck_quizzes(repo))
    assert main(["--deck", str(repo), "results", "show"]) == 0
    out = capsys.readouterr().out
    moved = out[out.index("What moved, pre -> post") :].splitlines()
    at = moved.index("  refugee-share")
    assert moved[at + 1].split() == [
        "everyone:", "33", "%", "right", "(3", "people)", "->", "67", "%", "right", "(3",
        "people),", "+33", "points",
    ]  # fmt: skip
    assert "0 % right (2 people) -> 100 % right (2 people), +100 points" in moved[at + 2]
    poll = moved.index("  open-borders-view")
    assert "most said Disagree (100 %) (2 people) -> most said Agree (50 %)" in moved[poll + 1]


def test_show_names_choices_and_estimates_in_words(repo, capsys):
    with open_store() as store:
        fill(store, deck_quizzes(repo))
    assert main(["--deck", str(repo), "results", "show", "pre"]) == 0
    out = capsys.readouterr().out
    assert "Quiz pre (Before we start): 3 people took part, 3 attempt(s), 2 finished" in out
    assert "3 answered · 33 % right (right: False)\n     True ×2, False ×1" in out
    assert "median 1,400 (middle half 1,100 to 1,700; 800 to 2,000 in all); true figure 281" in out
    assert "What moved" not in out  # one quiz asked for
    assert main(["--deck", str(repo), "results", "show", "pre", "--hardest-first"]) == 0
    hardest = capsys.readouterr().out
    assert hardest.index("[migrants-2020]") < hardest.index("[refugee-share]")
    assert hardest.index("[ban-countries]") < hardest.index("[displaced-count]")


def test_looking_at_results_creates_no_database(data_dir, capsys):
    assert main(["results", "show"]) == 0
    assert main(["results", "export"]) == 1
    assert "No answers yet" in capsys.readouterr().out
    assert not (data_dir / "teachin.db").exists()
