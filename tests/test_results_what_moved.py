"""`teachin results show` ends with what moved between the pre- and post-workshop quiz."""

from __future__ import annotations

from teachin.__main__ import main
from teachin.content.gift import load_quiz_dir
from teachin.store.db import open_store
from teachin.store.quiz_session import QuizSession


def take(store, quiz, nickname: str, picks: dict[str, object]) -> None:
    session = QuizSession.begin(store, quiz, nickname)
    for name, raw in picks.items():
        session.attempt.goto(session.attempt.order.index(name))
        session.answer(raw)
    session.submit()


def test_show_reports_the_shift_on_core_questions(repo, capsys):
    quizzes, problems = load_quiz_dir(repo / "quizzes")
    assert problems == []
    pre, post = quizzes["pre"], quizzes["post"]
    refugees = pre.question("refugee-share")  # true/false: the right answer is False
    right = next(i for i, c in enumerate(refugees.choices) if c.fraction == 1)
    view = pre.question("open-borders-view")
    with open_store() as store:
        for person in ("Ana", "Bo"):  # before: both wrong, both "Disagree"
            take(store, pre, person, {"refugee-share": 1 - right, "open-borders-view": 0})
        take(store, post, "Ana", {"refugee-share": right, "open-borders-view": 2})
        take(store, post, "Bo", {"refugee-share": right, "open-borders-view": 2})

    assert main(["--deck", str(repo), "results", "show"]) == 0
    out = capsys.readouterr().out
    moved = out[out.index("What moved, pre -> post") :]
    row = next(line for line in moved.splitlines() if "refugee-share" in line)
    assert row.split()[1:] == ["0%", "right", "100%", "right", "+100", "points"]
    opinion = next(line for line in moved.splitlines() if "open-borders-view" in line)
    assert view.choices[0].text[:14] in opinion and view.choices[2].text[:14] in opinion
    assert opinion.rstrip().endswith("changed")


def test_looking_at_results_creates_no_database(data_dir, capsys):
    assert main(["results", "show"]) == 0
    assert main(["results", "export"]) == 2
    assert "No answers yet" in capsys.readouterr().out
    assert not (data_dir / "teachin.db").exists()
