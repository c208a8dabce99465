"""``teachin import-gift FILE.gift [--into DECK_DIR]`` through the real command line."""

from __future__ import annotations

from pathlib import Path

from teachin.__main__ import main

GOOD = "// @mode: checkpoint\n\n::a::Is it? {T}\n\n::b::Which? {=yes ~no}\n"


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_good_file_is_copied(tmp_path: Path, capsys):
    source = write(tmp_path / "moodle-export.gift", GOOD)
    deck = tmp_path / "deck"
    assert main(["import-gift", str(source), "--into", str(deck)]) == 0
    target = deck / "quizzes" / "moodle-export.gift"
    assert target.read_text(encoding="utf-8") == GOOD
    out = capsys.readouterr().out
    assert "2 questions (1 single, 1 truefalse)" in out and f"copied to {target}" in out
    # Importing the same file again changes nothing and says so.
    assert main(["import-gift", str(source), "--into", str(deck)]) == 0
    assert "already the same" in capsys.readouterr().out


def test_errors_are_reported_and_nothing_is_copied(tmp_path: Path, capsys):
    source = write(tmp_path / "broken.gift", GOOD + "\n::c::Unclosed {=a ~b\n")
    deck = tmp_path / "deck"
    assert main(["import-gift", str(source), "--into", str(deck)]) == 1
    captured = capsys.readouterr()
    assert f"{source}:7: the {{ is never closed with }}" in captured.out
    assert "not copied" in captured.err
    assert not (deck / "quizzes").exists()


def test_warnings_alone_do_not_stop_the_copy(tmp_path: Path, capsys):
    source = write(tmp_path / "w.gift", "Two pairs. {=a -> 1 =b -> 2}\n")
    assert main(["import-gift", str(source), "--into", str(tmp_path / "deck")]) == 0
    assert "warning: Moodle's documentation asks" in capsys.readouterr().out
    assert (tmp_path / "deck" / "quizzes" / "w.gift").exists()


def test_a_different_quiz_of_the_same_name_is_not_overwritten(tmp_path: Path, capsys):
    deck = tmp_path / "deck"
    write_target = deck / "quizzes"
    write_target.mkdir(parents=True)
    write(write_target / "q.gift", "Old? {T}\n")
    source = write(tmp_path / "q.gift", GOOD)
    assert main(["import-gift", str(source), "--into", str(deck)]) == 1
    assert "exists and differs" in capsys.readouterr().out
    assert (write_target / "q.gift").read_text(encoding="utf-8") == "Old? {T}\n"


def test_windows_1252_export_is_saved_as_utf8(tmp_path: Path, capsys):
    source = write(tmp_path / "old.gift", "Caf\xe9 \u2013 open? {T}\n".encode("cp1252"))
    assert main(["import-gift", str(source), "--into", str(tmp_path / "deck")]) == 0
    assert "warning: not UTF-8" in capsys.readouterr().out
    saved = (tmp_path / "deck" / "quizzes" / "old.gift").read_text(encoding="utf-8")
    assert saved == "Caf\xe9 \u2013 open? {T}\n"


def test_pre_post_clash_with_the_deck_is_refused(tmp_path: Path, capsys):
    deck = tmp_path / "deck"
    (deck / "quizzes").mkdir(parents=True)
    write(deck / "quizzes" / "pre.gift", "::core::Q? {=a ~b}\n")
    source = write(tmp_path / "post.gift", "::core::Q? {T}\n")
    assert main(["import-gift", str(source), "--into", str(deck)]) == 1
    assert "pre/post pairs must match" in capsys.readouterr().out
    assert not (deck / "quizzes" / "post.gift").exists()


def test_the_deck_flag_is_the_default_target(tmp_path: Path):
    source = write(tmp_path / "a.gift", GOOD)
    assert main(["--deck", str(tmp_path / "other"), "import-gift", str(source)]) == 0
    assert (tmp_path / "other" / "quizzes" / "a.gift").exists()


def test_missing_file(tmp_path: Path, capsys):
    assert main(["import-gift", str(tmp_path / "nope.gift")]) == 1
    assert "cannot read" in capsys.readouterr().err
