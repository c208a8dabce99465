"""``teachin results show|export|bundle|merge``: the facilitator's view of the answers.

- ``show [QUIZ]``: per quiz, how many took it; per question, answers and share correct;
  per participant, answered / correct / points; then what moved between the pre- and the
  post-workshop quiz on the core questions they share.
- ``export [OUT.csv]``: every answer as CSV (``-`` for standard output).
- ``bundle [DIR|FILE.zip]``: this laptop's results as one bundle file (default: here).
- ``merge BUNDLE...``: add other laptops' bundles to this laptop's database.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import TextIO

from teachin import paths
from teachin.content.gift import load_quiz_dir
from teachin.quiz import pairing
from teachin.store import answers as ops
from teachin.store.bundle import BundleError, export_bundle, merge_bundle
from teachin.store.db import Store, StoreError, default_path, open_store
from teachin.store.util import stamp

CSV_COLUMNS = (
    "answer_id",
    "quiz",
    "question",
    "nickname",
    "attempt_id",
    "response",
    "correct",
    "points",
    "answered_at",
    "device_id",
    "current",
)


def run_results(args: argparse.Namespace) -> int:
    action, targets = args.action, [Path(p) for p in args.paths]
    if action in ("show", "export") and not default_path().exists():
        # Looking must not create an empty database (e.g. on the organiser's own laptop).
        print(f"No answers yet. (There is no results database at {default_path()}.)")
        return 0 if action == "show" else 2
    try:
        # Only a merge changes the database, so only a merge takes a backup first.
        with open_store(make_backup=action == "merge") as store:
            for notice in store.notices:
                print(f"NOTE: {notice}", file=sys.stderr)
            if action == "show":
                show(store, args.paths[0] if args.paths else None, sys.stdout)
                return 0
            if action == "export":
                return export(store, args.paths[0] if args.paths else None)
            if action == "bundle":
                path = export_bundle(store, targets[0] if targets else Path.cwd())
                print(f"wrote {path}")
                return 0
            return merge(store, targets)
    except (StoreError, BundleError) as error:
        print(f"teachin results: {error}", file=sys.stderr)
        return 2


def _current_ids(answers: list[ops.Answer]) -> set[str]:
    """Ids of the answers that count: the latest per (attempt, question)."""
    latest: dict[tuple[str, str], ops.Answer] = {}
    for answer in answers:  # in (answered_at, id) order, so the last one wins
        latest[answer.attempt_id, answer.question] = answer
    return {answer.id for answer in latest.values()}


def show(store: Store, quiz: str | None, out: TextIO) -> None:
    everything = ops.all_answers(store, quiz)
    # What counts: the latest answer per attempt and question, unless it cleared the answer.
    latest = _current_ids(everything)
    current = [a for a in everything if a.id in latest and a.response is not None]
    attempts = ops.attempts(store, quiz)
    devices = {a.device_id for a in attempts}
    print(f"Results in {store.path} ({len(devices)} laptop(s))", file=out)
    if not attempts:
        print("No answers yet." if quiz is None else f"No answers yet for quiz {quiz!r}.", file=out)
        return
    by_quiz: dict[str, list[ops.Attempt]] = defaultdict(list)
    for attempt in attempts:
        by_quiz[attempt.quiz].append(attempt)
    for name, taken in sorted(by_quiz.items()):
        people = {a.nickname for a in taken}
        done = sum(a.finished for a in taken)
        print(
            f"\nQuiz {name}: {len(taken)} attempt(s) by {len(people)} participant(s), "
            f"{done} finished",
            file=out,
        )
        _question_table([a for a in current if a.quiz == name], out)
        _participant_table(taken, [a for a in current if a.quiz == name], out)
    if quiz is None:
        _what_moved(current, out)


def _what_moved(current: list[ops.Answer], out: TextIO) -> None:
    """Pre -> post on the shared core questions: mean credit, or a poll's most given answer."""
    quizzes, _ = load_quiz_dir(paths.deck_dir() / "quizzes")
    found = pairing.find_pre_post(quizzes)
    if found is None:
        return
    pre, post = found
    by_attempt: dict[str, dict[str, dict[str, object]]] = {pre.name: {}, post.name: {}}
    for answer in current:
        if answer.quiz in by_attempt:
            by_attempt[answer.quiz].setdefault(answer.attempt_id, {})[answer.question] = (
                answer.response
            )
    before, after = by_attempt[pre.name].values(), by_attempt[post.name].values()
    if not before or not after:
        return
    pairs = pairing.core_pairs(pre, post)
    print(f"\nWhat moved, {pre.name} -> {post.name} (the core questions both ask):", file=out)
    print(f"  {'question':<24} {'before':>12} {'after':>12}  change", file=out)
    for pair, shift in zip(pairs, pairing.shifts(pairs, before, after), strict=True):
        if shift.change is not None:
            was, now = f"{shift.pre_mean:.0%} right", f"{shift.post_mean:.0%} right"
            moved = f"{100 * shift.change:+.0f} points"
        else:  # a poll or an estimate with no key: what most people said
            was, now = _most(pair.pre, before), _most(pair.post, after)
            moved = "same" if was == now else "changed"
        print(f"  {pair.name[:24]:<24} {was:>12} {now:>12}  {moved}", file=out)


def _most(question, attempts) -> str:
    given = [a[question.name] for a in attempts if a.get(question.name) is not None]
    if not given or question.kind not in ("single", "poll", "truefalse"):
        return "-"
    choice, count = Counter(given).most_common(1)[0]
    return f"{question.choices[choice].text[:14]} {count / len(given):.0%}"


def _question_table(current: list[ops.Answer], out: TextIO) -> None:
    per_question: dict[str, list[ops.Answer]] = defaultdict(list)
    for answer in current:
        per_question[answer.question].append(answer)
    print(f"  {'question':<24} {'answers':>7} {'correct':>7}  most given", file=out)
    for question, given in per_question.items():
        marked = [a.correct for a in given if a.correct is not None]
        share = f"{100 * sum(marked) / len(marked):.0f}%" if marked else "-"
        common = Counter(json.dumps(a.response, ensure_ascii=False) for a in given)
        top = ", ".join(f"{value} ×{n}" for value, n in common.most_common(3))
        print(f"  {question[:24]:<24} {len(given):>7} {share:>7}  {top[:60]}", file=out)


def _participant_table(taken: list[ops.Attempt], current: list[ops.Answer], out: TextIO) -> None:
    print(f"  {'nickname':<24} {'answered':>8} {'correct':>7} {'points':>6}  finished", file=out)
    for attempt in taken:
        mine = [a for a in current if a.attempt_id == attempt.id]
        right = sum(1 for a in mine if a.correct)
        points = sum(a.points or 0 for a in mine)
        when = _local(attempt.finished_at) if attempt.finished_at else "not yet"
        print(
            f"  {attempt.nickname[:24]:<24} {len(mine):>8} {right:>7} {points:>6g}  {when}",
            file=out,
        )


def _local(iso: str) -> str:
    """A stored UTC time as this laptop's local time, to the minute."""
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def write_csv(store: Store, out: TextIO) -> int:
    """Every answer, superseded ones too (``current`` = 0); returns how many rows."""
    everything = ops.all_answers(store)
    current = _current_ids(everything)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for a in everything:
        correct = "" if a.correct is None else int(a.correct)
        points = "" if a.points is None else a.points
        writer.writerow([a.id, a.quiz, a.question, a.nickname, a.attempt_id,
                         json.dumps(a.response, ensure_ascii=False), correct, points,
                         a.answered_at, a.device_id, int(a.id in current)])  # fmt: skip
    return len(everything)


def export(store: Store, target: str | None) -> int:
    if target == "-":
        write_csv(store, sys.stdout)
        return 0
    path = Path(target) if target else Path.cwd() / f"teachin-results-{stamp()}.csv"
    try:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            count = write_csv(store, handle)
    except OSError as error:
        print(f"teachin results: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {count} answer(s) to {path}")
    return 0


def merge(store: Store, bundles: list[Path]) -> int:
    if not bundles:
        print("teachin results merge: name at least one bundle file", file=sys.stderr)
        return 2
    failed = 0
    for bundle in bundles:
        try:
            print(merge_bundle(store, bundle))
        except BundleError as error:
            print(f"ERROR: {error}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0
