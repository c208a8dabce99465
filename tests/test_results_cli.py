"""`teachin results export|bundle` as a spreadsheet user and a terminal user meet them."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from results_data import deck_quizzes, fill, take
from teachin.__main__ import main
from teachin.store.db import open_store

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture
def workshop(repo):
    with open_store() as store:
        fill(store, deck_quizzes(repo))


def read_csv(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_the_answers_csv_has_words_beside_raw_values_and_times_spreadsheets_read(
    workshop, tmp_path, capsys
):
    out = tmp_path / "answers.csv"
    assert main(["results", "export", str(out)]) == 0
    assert "wrote 21 row(s)" in capsys.readouterr().out
    rows = read_csv(out)
    assert len(rows) == 21
    row = next(r for r in rows if r["participant"] == "Bo" and r["question"] == "displaced-count")
    assert row["answer"] == "Refugees only" and row["answer as stored"] == "1"
    assert row["question text"].startswith("At the end of 2014 UNHCR counted 59.5 million")
    assert row["right (1 yes, 0 no)"] == "0" and row["quiz title"] == "Before we start"
    local = datetime.strptime(row["answered (local time)"], "%Y-%m-%d %H:%M:%S")
    utc = datetime.fromisoformat(row["answered (UTC, ISO 8601)"])
    assert local == utc.astimezone().replace(tzinfo=None, microsecond=0)
    estimate = next(r for r in rows if r["participant"] == "Bo" and r["answer"] == "2,000")
    assert estimate["answer as stored"] == "2000.0"
    ban = next(r for r in rows if r["question"] == "ban-countries")
    assert (ban["answer"], ban["points"]) == ("Iraq; Syria", "0.5")


def test_the_per_participant_csv(workshop, tmp_path):
    out = tmp_path / "people.csv"
    assert main(["results", "export", str(out), "--per-participant"]) == 0
    rows = {(r["quiz"], r["participant"]): r for r in read_csv(out)}
    assert len(rows) == 6
    ana = rows["pre", "Ana"]
    assert (ana["answered"], ana["right"], ana["points"], ana["finished (1 yes, 0 no)"]) == (
        "5", "1", "1.5", "1",
    )  # fmt: skip
    assert rows["pre", "Cy"]["finished (1 yes, 0 no)"] == "0"


def test_export_without_a_path_writes_to_standard_output_not_the_current_folder(
    workshop, tmp_path, monkeypatch, capfdbinary
):
    monkeypatch.chdir(tmp_path)
    assert main(["results", "export"]) == 0
    out = capfdbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbfanswered (local time),")
    assert len(out.decode("utf-8-sig").splitlines()) == 22
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_closed_pipe_ends_quietly(repo, data_dir):
    quizzes = deck_quizzes(repo)
    with open_store() as store:  # more rows than a pipe holds, so `head` closes it mid-way
        for n in range(60):
            take(store, quizzes["post"], f"Person {n}", {"refugee-share": 1, "displaced-count": 0,
                 "what-moved": "x" * 300, "strongest-weakest": "y" * 300})  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(SRC), "TEACHIN_DATA_DIR": str(data_dir)}
    shell = f"'{sys.executable}' -m teachin results export - | head -n 1"
    result = subprocess.run(shell, shell=True, env=env, capture_output=True, text=True)
    assert result.stdout.startswith("\ufeffanswered (local time)")
    assert result.stderr == ""


def test_bundle_needs_a_place_and_says_why_it_cannot_write(workshop, data_dir, tmp_path, capsys):
    assert main(["results", "bundle"]) == 2
    assert "say where to write the bundle" in capsys.readouterr().err
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    assert main(["results", "bundle", str(a_file / "sub")]) == 1
    err = capsys.readouterr().err
    assert "cannot write a bundle to" in err and "Traceback" not in err
    locked = tmp_path / "read-only"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: a read-only folder is still writable")
        assert main(["results", "bundle", str(locked)]) == 1
        assert "cannot write a bundle to" in capsys.readouterr().err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    assert main(["results", "bundle", str(tmp_path / "stick")]) == 0
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize("action", ["show", "export", "bundle", "merge"])
def test_each_action_has_its_own_help(action, capsys):
    with pytest.raises(SystemExit) as done:
        main(["results", action, "--help"])
    assert done.value.code == 0
    assert f"usage: teachin results {action}" in capsys.readouterr().out


def test_merge_of_damaged_bundles_says_so_and_changes_nothing(repo, data_dir, tmp_path, capsys):
    from teachin.store.bundle import export_bundle

    quizzes = deck_quizzes(repo)
    with open_store(tmp_path / "other" / "teachin.db") as other:
        take(other, quizzes["post"], "Gus", {"refugee-share": 1})
        good = export_bundle(other, tmp_path / "usb")
    with open_store() as store:
        fill(store, quizzes)
    damaged = []
    data = good.read_bytes()
    for k, at in enumerate((len(data) // 3, len(data) // 2, 2 * len(data) // 3)):
        flipped = bytearray(data)
        flipped[at] ^= 0xFF
        path = tmp_path / f"flipped-{k}.zip"
        path.write_bytes(bytes(flipped))
        damaged.append(str(path))
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(data[: len(data) // 2])
    assert main(["results", "merge", *damaged, str(truncated)]) == 1
    err = capsys.readouterr().err
    assert err.count("ERROR: ") == 4 and "Traceback" not in err
    with open_store(make_backup=False) as store:
        assert (
            store.conn.execute(
                "SELECT count(*) FROM participants WHERE nickname = 'Gus'"
            ).fetchone()[0]
            == 0
        )


@pytest.mark.parametrize("action", ["show", "export", "merge"])
def test_a_file_given_as_the_data_folder_is_refused(action, tmp_path, capsys):
    """`--data-dir /etc/passwd`: not "No answers yet" but that the data folder is a file."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    extra = [str(tmp_path / "b.zip")] if action == "merge" else []
    assert main(["results", action, *extra, "--data-dir", str(a_file)]) == 1
    captured = capsys.readouterr()
    assert f"the data folder {a_file} is a file, not a folder" in captured.err
    assert "No answers yet" not in captured.out


def test_show_writes_every_name_whole_in_its_column(repo, data_dir, capsys):
    quizzes = deck_quizzes(repo)
    long_name = "Aleksandra Wiśniewska-Kowalczyk"
    with open_store() as store:
        fill(store, quizzes)
        take(store, quizzes["pre"], long_name, {"refugee-share": 1})
    assert main(["results", "show"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(k for k, line in enumerate(lines) if long_name in line)  # not cut at 24
    row = lines[at]
    header = next(line for line in reversed(lines[:at]) if line.strip().startswith("participant"))
    assert row.index(" 1 ") > len(long_name)  # its figures still stand in their column
    assert header.index("answered") + len("answered") == row.index(" 1 ") + 2
