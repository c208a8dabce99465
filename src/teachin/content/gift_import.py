"""``teachin import-gift FILE.gift [--into DECK_DIR]``: check a GIFT file (e.g. exported from
Moodle) and copy it into a deck's ``quizzes/`` folder.

Every problem is printed as ``path:line: message``. The file is copied only when it has no
errors (warnings are fine), never over a different quiz of the same name, and never into an
installed app's own deck. A file in Windows-1252 (old Moodle exports) is read as such, with a
warning, and written as UTF-8.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from teachin import paths
from teachin.content.gift import load_quiz_dir, parse_gift, pre_post_problems
from teachin.content.model import Problem
from teachin.content.text_file import read_bytes
from teachin.i18n import translate


def run_import_gift(args: argparse.Namespace) -> int:
    source = Path(args.file)
    raw, refused = read_bytes(source)
    if raw is None:
        print(refused, file=sys.stderr)
        return 1
    text, problems = _decode(raw, source)
    quiz, found = parse_gift(text, source)
    problems += found
    if all(q.kind == "description" for q in quiz.questions):  # any text parses as descriptions
        problems.append(
            Problem(
                source,
                1,
                translate(
                    "gift_import",
                    "no questions: each needs its answers in { } (is it a GIFT file?)",
                ),
            )
        )
    for problem in problems:
        print(problem)
    errors = [p for p in problems if not p.message.startswith("warning:")]
    kinds = Counter(q.kind for q in quiz.questions)
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    summary = summary or translate("gift_import", "no questions")
    said = translate("gift_import", "{file}: {count} questions ({summary}), mode {mode}")
    print(said.format(file=source.name, count=len(quiz.questions), summary=summary, mode=quiz.mode))
    if errors:
        said = translate("gift_import", "not copied: fix the {count} error(s) above first")
        print(said.format(count=len(errors)), file=sys.stderr)
        return 1

    deck = paths.deck_dir(args.into)
    if args.into is None and _is_installed(deck):
        said = translate("gift_import", "checked only: give --into DECK_DIR to copy it into a deck")
        print(said, file=sys.stderr)
        return 0
    target = deck / "quizzes" / f"{source.stem}.gift"
    if target.exists():
        if target.read_text(encoding="utf-8", errors="replace") == text:
            print(translate("gift_import", "{file} is already the same").format(file=target))
            return 0
        said = translate(
            "gift_import", "not copied: {file} exists and differs; rename {name} or remove it"
        )
        print(said.format(file=target, name=source.name))
        return 1
    existing, _ = load_quiz_dir(target.parent)
    clashes = pre_post_problems({**existing, quiz.name: quiz})
    for problem in clashes:
        print(problem)
    if clashes:
        said = translate("gift_import", "not copied: it clashes with the deck's pre/post quiz")
        print(said, file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(translate("gift_import", "copied to {file}").format(file=target))
    return 0


def _decode(raw: bytes, source: Path) -> tuple[str, list[Problem]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        said = translate("gift_import", "not UTF-8; read as Windows-1252, saved as UTF-8")
        warning = Problem(source, 1, f"warning: {said}")  # untranslated: the marker line 36 reads
        return raw.decode("cp1252", errors="replace"), [warning]


def _is_installed(deck: Path) -> bool:
    """True for the deck inside a frozen bundle or an installed wheel: not for writing."""
    return getattr(sys, "frozen", False) or deck.name == "_deck"
