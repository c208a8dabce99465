"""``teachin results show|export|bundle|merge``: the answers, in words, for people.

- ``show [QUIZ] [--hardest-first]``: per quiz, who took part and finished; per question, in its
  own words, what was answered (choices by their text, estimates' median and spread, share
  right); per participant, answered / right / points; then pre against post.
- ``export [OUT.csv|-] [--per-participant]``: every answer (or one row per participant and
  quiz) as CSV a spreadsheet opens as it is; no path or ``-``: standard output.
- ``bundle DIR|FILE.zip``: this laptop's results as one bundle file.
- ``merge BUNDLE...``: add other laptops' bundles to this laptop's database.

Every number comes from ``quiz.summary``, as in the results window and the report. Looking
(show, export) opens the database read-only.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TextIO

from teachin import i18n, paths
from teachin.content.gift import Quiz, load_quiz_dir
from teachin.quiz import summary as s
from teachin.store import answers as ops
from teachin.store.bundle import BundleError, export_bundle, merge_bundles
from teachin.store.db import Store, StoreError, default_path, open_store
from teachin.store.results import ResultsReader, open_for_reading

ANSWER_COLUMNS = (
    "answered (local time)",
    "answered (UTC, ISO 8601)",
    "quiz",
    "quiz title",
    "question",
    "question text",
    "participant",
    "answer",
    "answer as stored",
    "right (1 yes, 0 no)",
    "points",
    "counts (1 = the latest, 0 = changed later)",
    "attempt id",
    "answer id",
    "laptop id",
)
PARTICIPANT_COLUMNS = (
    "participant",
    "quiz",
    "quiz title",
    "started (local time)",
    "started (UTC, ISO 8601)",
    "finished (1 yes, 0 no)",
    "answered",
    "right",
    "points",
    "attempt id",
)


def run_results(args: argparse.Namespace) -> int:
    action = args.action
    folder = default_path().parent
    if folder.exists() and not folder.is_dir():  # e.g. --data-dir /etc/passwd
        said = i18n.translate(
            "results", "teachin results: the data folder {folder} is a file, not a folder"
        )
        print(said.format(folder=folder), file=sys.stderr)
        return 1
    try:
        if action in ("show", "export"):
            return _look(args)
        if action == "bundle":
            return bundle(args.out)
        return merge([Path(p) for p in args.bundles])
    except BrokenPipeError:
        # `teachin results export - | head`: the reader has all it wants; end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _look(args: argparse.Namespace) -> int:
    if not default_path().exists():
        # Looking must not create an empty database (e.g. on the organiser's own laptop).
        message = i18n.translate(
            "results", "No answers yet. (There is no results database at {path}.)"
        ).format(path=default_path())
        print(message, file=sys.stdout if args.action == "show" else sys.stderr)
        return 0 if args.action == "show" else 1  # nothing to export: failed, not misused
    try:
        with contextlib.closing(open_for_reading()) as store:
            for notice in store.notices:  # e.g. a damaged file: its newest backup is shown
                print(
                    i18n.translate("results", "teachin results: {error}").format(error=notice),
                    file=sys.stderr,
                )
            if args.action == "show":
                show(store, args.quiz, sys.stdout, hardest_first=args.hardest_first)
                return 0
            return export(store, args.out, per_participant=args.per_participant)
    except StoreError as error:
        print(
            i18n.translate("results", "teachin results: {error}").format(error=error),
            file=sys.stderr,
        )
        return 1


def deck_quizzes() -> dict[str, Quiz]:
    """The deck's quizzes (none if its folder cannot be read: answers are shown as stored)."""
    try:
        quizzes, _ = load_quiz_dir(paths.deck_dir() / "quizzes")
    except OSError:
        return {}
    return quizzes


def local_time(iso: str) -> str:
    """A stored UTC time as this laptop's local time, as spreadsheets read dates."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (ValueError, OverflowError, OSError):  # not a time (a bundle may carry anything)
        return iso


# --- show -------------------------------------------------------------------------------------


def show(store: Store, quiz: str | None, out: TextIO, *, hardest_first: bool = False) -> None:
    rows = ResultsReader(store=store).read()
    quizzes = deck_quizzes()
    devices = {d for (d,) in store.conn.execute("SELECT DISTINCT device_id FROM attempts")}
    print(
        i18n.translate("results", "Results in {path} ({count} laptop(s))").format(
            path=store.path, count=len(devices)
        ),
        file=out,
    )
    taken = {t.quiz for t in rows.takings}
    if quiz is not None:
        taken &= {quiz}
    if not taken:
        if quiz is None:
            print(i18n.translate("results", "No answers yet."), file=out)
        else:
            print(
                i18n.translate("results", "No answers yet for quiz {quiz}.").format(
                    quiz=repr(quiz)
                ),
                file=out,
            )
        return
    everything = s.summarize(quizzes, rows.takings, rows.given)
    people = [p for p in everything.participants if p.quiz in taken]
    for name in sorted(taken):
        _quiz_text(everything.quizzes[name], out, hardest_first)
        _participant_table([p for p in people if p.quiz == name], out)
    if quiz is None and everything.pre_post is not None:
        _pre_post_text(everything.pre_post, out)


def _quiz_text(summary: s.QuizSummary, out: TextIO, hardest_first: bool) -> None:
    if summary.title != summary.name:
        title = f" ({summary.title})"
    else:
        title = i18n.translate("results", " (not in this deck)")
    said = i18n.translate(
        "results",
        "Quiz {name}{title}: {people} people took part, {attempts} attempt(s), {finished} finished",
    )
    print(
        "\n"
        + said.format(
            name=summary.name,
            title=title,
            people=i18n.count_text(summary.took_part),
            attempts=i18n.count_text(summary.attempts),
            finished=i18n.count_text(summary.finished),
        ),
        file=out,
    )
    questions = summary.hardest_first() if hardest_first else summary.questions
    if hardest_first:
        print(
            "  " + i18n.translate("results", "Hardest first (least share right first):"), file=out
        )
    for number, q in enumerate(questions, start=1):
        print(f"\n  {number}. {q.text}" + (f"  [{q.name}]" if q.kind else ""), file=out)
        right = ""
        if q.share_right is not None:
            right = i18n.translate("results", " · {share} right").format(
                share=s.share_text(q.share_right)
            )
            if q.right and q.estimate is None:
                right += i18n.translate("results", " (right: {answers})").format(
                    answers="; ".join(q.right)
                )
        print(
            "     "
            + i18n.translate("results", "{count} answered").format(
                count=i18n.count_text(q.answered)
            )
            + right,
            file=out,
        )
        if q.answered:
            print(f"     {q.answers_text()}", file=out)


def _participant_table(people: list[s.ParticipantSummary], out: TextIO) -> None:
    heads = (
        i18n.translate("results", "participant"),
        i18n.translate("results", "answered"),
        i18n.translate("results", "right"),
        i18n.translate("results", "points"),
        i18n.translate("results", "finished"),
    )
    wide = max([24, *(len(p.nickname) for p in people)])  # every name whole, not cut short
    print(f"\n  {heads[0]:<{wide}} {heads[1]:>8} {heads[2]:>5} {heads[3]:>6}  {heads[4]}", file=out)
    yes, not_yet = i18n.translate("results", "yes"), i18n.translate("results", "not yet")
    for p in people:
        points = i18n.number_text(f"{p.points:g}")  # 2.5 points: "2,5" in French
        print(
            f"  {p.nickname:<{wide}} {p.answered:>8} {p.right:>5} {points:>6}  "
            f"{yes if p.finished else not_yet}",
            file=out,
        )


def _pre_post_text(found: s.PrePost, out: TextIO) -> None:
    said = i18n.translate("results", "What moved, {pre} -> {post} (the core questions both ask):")
    print("\n" + said.format(pre=found.pre, post=found.post), file=out)
    for change in (*found.questions, found.overall):
        label = change.name or i18n.translate("results", "Overall, every core question")
        print(f"  {label}", file=out)
        for title, before, after, moved in (
            (i18n.translate("results", "everyone"), change.before, change.after, change.change),
            (
                i18n.translate("results", "who took both"),
                change.paired_before,
                change.paired_after,
                change.paired_change,
            ),
        ):
            print(
                f"    {title + ':':<15} {_side(before)} -> {_side(after)}"
                f"{'' if moved is None else ', ' + found.points_text(moved)}",
                file=out,
            )


def _side(side: s.Side) -> str:
    if side.people == 1:
        who = i18n.translate("results", "(1 person)")
    else:
        who = i18n.translate("results", "({count} people)").format(
            count=i18n.count_text(side.people)
        )
    if side.share is not None:
        return i18n.translate("results", "{share} right {who}").format(
            share=s.share_text(side.share), who=who
        )
    if side.most_given:
        return i18n.translate("results", "most said {answer} {who}").format(
            answer=side.most_given, who=who
        )
    return i18n.translate("results", "no answers {who}").format(who=who)


# --- export -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _csv_target(target: str | None) -> Iterator[tuple[TextIO, str]]:
    """The file to write to (UTF-8 with a byte-order mark, so Excel reads the accents right),
    or standard output for no path or ``-``."""
    if target in (None, "-"):
        # The BOM only when the output goes to a file or a pipe, not onto the terminal.
        encoding = "utf-8" if sys.stdout.isatty() else "utf-8-sig"
        sys.stdout.flush()
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="")
        try:
            yield stream, ""
            stream.flush()
        finally:
            stream.detach()  # leave sys.stdout open
        return
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        yield handle, target


def export(store: Store, target: str | None, *, per_participant: bool = False) -> int:
    try:
        with _csv_target(target) as (handle, path):
            quizzes = deck_quizzes()
            if per_participant:
                count = write_participants_csv(store, quizzes, handle)
            else:
                count = write_answers_csv(store, quizzes, handle)
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        said = i18n.translate("results", "teachin results: cannot write {target}: {reason}")
        print(said.format(target=target, reason=error.strerror), file=sys.stderr)
        return 1
    if path:
        print(
            i18n.translate("results", "wrote {count} row(s) to {path}").format(
                count=count, path=path
            )
        )
    return 0


def _question(quizzes: Mapping[str, Quiz], quiz: str, name: str):
    found = quizzes.get(quiz)
    return found.question(name) if found is not None and name in found else None


def write_answers_csv(store: Store, quizzes: Mapping[str, Quiz], out: TextIO) -> int:
    """Every answer, changed ones too (counts = 0); returns how many rows."""
    everything = ops.all_answers(store)
    latest: dict[tuple[str, str], str] = {}
    for a in everything:  # in (answered_at, id) order, so the last one wins
        latest[a.attempt_id, a.question] = a.id
    writer = csv.writer(out)
    writer.writerow(ANSWER_COLUMNS)
    for a in everything:
        question = _question(quizzes, a.quiz, a.question)
        quiz = quizzes.get(a.quiz)
        writer.writerow(
            [
                local_time(a.answered_at),
                a.answered_at,
                a.quiz,
                quiz.title if quiz else "",
                a.question,
                question.text if question else "",
                a.nickname,
                s.words(question, a.response),
                json.dumps(a.response, ensure_ascii=False),
                "" if a.correct is None else int(a.correct),
                "" if a.points is None else f"{a.points:g}",
                int(latest[a.attempt_id, a.question] == a.id),
                a.attempt_id,
                a.id,
                a.device_id,
            ]
        )
    return len(everything)


def write_participants_csv(store: Store, quizzes: Mapping[str, Quiz], out: TextIO) -> int:
    """One row per participant and attempt: answered, right, points; returns how many rows."""
    rows = ResultsReader(store=store).read()
    writer = csv.writer(out)
    writer.writerow(PARTICIPANT_COLUMNS)
    people = s.participants(rows.takings, rows.given)
    for p in people:
        quiz = quizzes.get(p.quiz)
        writer.writerow(
            [
                p.nickname,
                p.quiz,
                quiz.title if quiz else "",
                local_time(p.started_at),
                p.started_at,
                int(p.finished),
                p.answered,
                p.right,
                f"{p.points:g}",
                p.attempt,
            ]
        )
    return len(people)


# --- bundle and merge -------------------------------------------------------------------------


def bundle(target: str | None) -> int:
    if not target:
        print(
            i18n.translate(
                "results",
                "teachin results bundle: say where to write the bundle, a folder (e.g. a USB "
                "stick) or a file name ending in .zip",
            ),
            file=sys.stderr,
        )
        return 2
    try:
        with open_store(make_backup=False) as store:
            path = export_bundle(store, Path(target))
    except (StoreError, BundleError) as error:
        print(
            i18n.translate("results", "teachin results: {error}").format(error=error),
            file=sys.stderr,
        )
        return 1
    except OSError as error:  # a read-only folder, a file where a folder should be, a full disk
        where = error.filename or target
        reason = error.strerror or str(error)
        said = i18n.translate(
            "results", "teachin results: cannot write the bundle to {where}: {reason}"
        )
        print(said.format(where=where, reason=reason), file=sys.stderr)
        return 1
    print(i18n.translate("results", "wrote {path}").format(path=path))
    return 0


def merge(bundles: list[Path]) -> int:
    failed = 0
    try:
        # Only a merge changes the database, so only a merge takes a backup first.
        with open_store() as store:
            for notice in store.notices:
                print(
                    i18n.translate("results", "NOTE: {notice}").format(notice=notice),
                    file=sys.stderr,
                )
            # One transaction for all; a refused bundle is rolled back alone (bundle.py).
            for outcome in merge_bundles(store, bundles):
                if isinstance(outcome, BundleError):
                    print(
                        i18n.translate("results", "ERROR: {error}").format(error=outcome),
                        file=sys.stderr,
                    )
                    failed += 1
                else:
                    print(outcome)
    except StoreError as error:
        print(
            i18n.translate("results", "teachin results: {error}").format(error=error),
            file=sys.stderr,
        )
        return 1
    return 1 if failed else 0
