"""Exit codes as README states them, found by using each command wrongly: 1 when the command
could not do its work, 2 only when the command line itself was wrong, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.__main__ import EXIT_FAILURE, EXIT_USAGE, main


@pytest.mark.parametrize("port", ["99999", "-1", "65536", "eighty", "²"])
def test_room_refuses_a_port_that_is_no_port_as_a_usage_error(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:  # before: OverflowError from bind(), exit 1
        main(["room", "--port", port])
    assert stop.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "is not a port (0 to 65535)" in err and "Traceback" not in err


def test_export_with_no_results_yet_is_a_failure_not_a_usage_error(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["results", "export", "-"]) == EXIT_FAILURE  # before: 2
    captured = capsys.readouterr()
    assert captured.out == "" and "No answers yet" in captured.err
    assert not (data_dir / "teachin.db").exists()  # looking created nothing


def test_check_calls_a_deck_without_slides_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck"
    (deck / "slides").mkdir(parents=True)  # `present` refuses this deck: "no slides to present"
    assert main(["check", str(deck)]) == EXIT_FAILURE  # before: 0, "no problems"
    out = capsys.readouterr().out
    assert "slides:1: no slides" in out and "1 problem" in out


def test_import_gift_refuses_a_file_with_no_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("root:x:0:0:root:/root:/bin/bash\nhello world\n", encoding="utf-8")
    deck = tmp_path / "deck"
    # before: "1 questions (1 description)", copied into the deck, exit 0
    assert main(["import-gift", str(text), "--into", str(deck)]) == EXIT_FAILURE
    assert "notes.txt:1: no questions" in capsys.readouterr().out
    assert not (deck / "quizzes").exists()
