"""Quizzes in Moodle's GIFT format, read into frozen dataclasses. Pure Python: no Qt, no SQL.

Entry points (see docs/quizzes.md for the syntax authors write):

- ``parse_gift(text, path) -> (Quiz, list[Problem])``: never raises for bad content; a block
  that cannot be read is reported as ``path:line: message`` and left out, the rest still loads.
- ``load_quiz_dir(dir) -> (dict[str, Quiz], list[Problem])``: every ``*.gift`` in ``dir``, keyed
  by file stem, plus checks across files (pre/post core questions must agree in kind).

What a consumer reads from a ``Question`` depends on its ``kind``:

================  ==========================================================================
kind              answers
================  ==========================================================================
``single``        ``choices``: pick one; ``Choice.fraction`` is its credit (-1..1)
``multiple``      ``choices``: pick any; credits add up, clamped to 0..1 (partial credit)
``truefalse``     ``choices``: exactly ("True", "False"); the right one has fraction 1
``poll``          ``choices``: pick one, no right answer (fraction 0 everywhere, not scored)
``short``         ``choices``: accepted forms (``*`` = anything), compared case-insensitively
``numeric``       ``numbers``: ``NumericAnswer(value, tolerance, fraction)``; value None = "any
                  other number" (feedback only)
``matching``      ``pairs``: ``Pair(left, right)``; a pair with an empty left is a distractor
``ordering``      ``choices``: the items in their *correct* order (fraction unused)
``essay``         nothing: free reflection, not scored
``description``   nothing: text shown between questions, not scored
================  ==========================================================================

Feedback: ``Choice.feedback`` / ``NumericAnswer.feedback`` is shown to someone who gave that
answer (for true/false, the chosen choice's feedback); ``general_feedback`` is shown to everyone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import accumulate
from pathlib import Path

from teachin.content import gift_body as body
from teachin.content.gift_model import (
    CHOICE_KINDS,
    MODES,
    SCORED_KINDS,
    Choice,
    Kind,
    Mode,
    NumericAnswer,
    Pair,
    Question,
    Quiz,
)
from teachin.content.model import Problem
from teachin.content.text_file import one_line, quoted, read_text, split_lines
from teachin.i18n import translate

__all__ = [
    "CHOICE_KINDS",
    "MODES",
    "SCORED_KINDS",
    "Choice",
    "Kind",
    "Mode",
    "NumericAnswer",
    "Pair",
    "Question",
    "Quiz",
    "load_quiz_dir",
    "parse_gift",
    "pre_post_problems",
]

# -- reading a file --------------------------------------------------------------------------

QUIZ_KEYS = ("title", "mode", "time-limit", "shuffle")
QUESTION_KEYS = ("poll", "ordering")
_DIRECTIVE = re.compile(r"^//\s*@([\w-]+)\s*(?::\s*(.*))?$")
_META_ID = re.compile(r"\[id:((?:\\.|[^\]\\])*+)\]")
_META_TAG = re.compile(r"\[tag:((?:\\.|[^\]\\])*+)\]")
_TIME = re.compile(r"([0-9]{1,6})\s*(s|sec|secs|seconds?|m|min|mins|minutes?)?", re.IGNORECASE)
LONGEST_TIME_LIMIT = 24 * 60 * 60  # seconds: a quiz for a day is already far beyond a class
_SHUFFLE = {
    "none": frozenset(),
    "choices": frozenset({"choices"}),
    "questions": frozenset({"questions"}),
    "all": frozenset({"questions", "choices"}),
}
_NAME_LENGTH = 80


@dataclass
class _Block:
    lines: list[tuple[int, str, bool]]  # (line number, trimmed text, is a comment)

    @cached_property
    def text(self) -> str:
        # A comment becomes a one-space line, as in Moodle: it never splits a question (G14).
        return "\n".join(" " if comment else line for _, line, comment in self.lines)

    @property
    def first_line(self) -> int:
        return next((n for n, _, c in self.lines if not c), self.lines[0][0])

    @cached_property
    def _ends(self) -> list[int]:
        """Where each line ends in ``text`` (just past its newline)."""
        return list(accumulate((1 if c else len(line)) + 1 for _, line, c in self.lines))

    def line_at(self, offset: int) -> int:
        """The file line holding character ``offset`` of ``text`` (a binary search: a block with
        a problem on each of its many lines stays linear)."""
        index = min(bisect_right(self._ends, offset), len(self.lines) - 1)
        return self.lines[index][0]

    @property
    def comments(self) -> list[tuple[int, str]]:
        return [(n, line) for n, line, c in self.lines if c]

    @property
    def only_comments(self) -> bool:
        return all(c for _, _, c in self.lines)


def _blocks(text: str) -> list[_Block]:
    lines = split_lines(text.removeprefix("\ufeff"))
    blocks, current = [], []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            if current:
                blocks.append(_Block(current))
            current = []
        else:
            current.append((number, line, line.startswith("//")))
    if current:
        blocks.append(_Block(current))
    return blocks


class _Reader:
    """Reads one file's blocks into questions, collecting problems as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.settings: dict[str, tuple[int, str]] = {}
        self.category: tuple[str, ...] = ()
        self.questions: list[Question] = []
        self.lines_by_name: dict[str, int] = {}
        self.next_suffix: dict[str, int] = {}  # the (n) to try next for a made-up name

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, one_line(message)))

    def warn(self, line: int, message: str) -> None:
        self.problem(line, f"warning: {message}")  # untranslated: the marker gift_import reads

    def read(self, block: _Block) -> None:
        marker = self._directives(block)
        if block.only_comments:
            if marker:
                self.problem(block.first_line, f"@{marker} must sit right above its question")
            return
        escaped, unknown = body.escape(block.text)
        for offset, message in unknown:
            self.problem(block.line_at(offset), message)
        start = len(escaped) - len(escaped.lstrip())
        if escaped.startswith("$CATEGORY:", start):
            self._category(block, block.text[start:])  # escapes are not decoded here (Moodle)
            return
        try:
            question = self._question(block, escaped, marker)
        except body.BodyError as error:
            self.problem(block.line_at(error.offset), error.message)
            return
        if question.name in self.lines_by_name:
            if question.named:
                first = self.lines_by_name[question.name]
                self.problem(
                    question.line, f"question name {question.name!r} is taken (line {first})"
                )
                return
            question = self._renamed(question)
        self.lines_by_name[question.name] = question.line
        self.questions.append(question)

    def _renamed(self, question: Question) -> Question:
        """``question`` named "its text (2)", "(3)", ...: the first such name still free."""
        n = self.next_suffix.get(question.name, 2)
        while f"{question.name} ({n})" in self.lines_by_name:
            n += 1
        self.next_suffix[question.name] = n + 1
        return replace(question, name=f"{question.name} ({n})")

    def _directives(self, block: _Block) -> str | None:
        marker = None
        for number, line in block.comments:
            match = _DIRECTIVE.match(line)
            if not match:
                continue
            key, value = match.group(1).lower(), (match.group(2) or "").strip()
            if key in QUESTION_KEYS:
                if marker:
                    self.problem(number, f"a question can be @{marker} or @{key}, not both")
                marker = key
            elif key in QUIZ_KEYS:
                if key in self.settings:
                    self.problem(
                        number, f"@{key} is set twice (first on line {self.settings[key][0]})"
                    )
                else:
                    self.settings[key] = (number, value)
            else:
                known = ", ".join(f"@{k}" for k in QUIZ_KEYS + QUESTION_KEYS)
                self.problem(number, f"unknown directive @{key} (known: {known})")
        return marker

    def _category(self, block: _Block, text: str) -> None:
        first, *rest = text.split("\n")
        if any(line.strip() for line in rest):
            self.problem(block.first_line, "put a blank line after a $CATEGORY: line")
        path = first[len("$CATEGORY:") :].replace("//", "\0")
        self.category = tuple(
            part.replace("\0", "/").strip() for part in path.split("/") if part.strip()
        )

    def _question(self, block: _Block, text: str, marker: str | None) -> Question:
        at = len(text) - len(text.lstrip())
        name = None
        if text.startswith("::", at):
            end = text.find("::", at + 2)
            if end < 0:
                raise body.BodyError(
                    at, translate("content", "the ::name:: is not closed: add :: after the name")
                )
            name = body.unescape(text[at + 2 : end])
            if not name:
                raise body.BodyError(at, translate("content", "the ::name:: is empty"))
            at = end + 2
        text_format, rest = body.strip_format(text[at:])
        at = len(text) - len(rest)
        opening, closing = text.find("{", at), text.find("}", at)
        line = block.line_at(at)
        if opening < 0 and closing < 0:
            kind_body = body.Body("description")
            question_text, general = rest, ""
            if marker:
                raise body.BodyError(
                    at,
                    translate("content", "@{marker} needs answers in {{...}}").format(
                        marker=marker
                    ),
                )
        else:
            if closing < 0:
                raise body.BodyError(opening, translate("content", "the { is never closed with }"))
            if opening < 0 or closing < opening:
                raise body.BodyError(
                    closing, translate("content", "a } with no { before it (escape it as \\})")
                )
            if "{" in text[opening + 1 : closing]:
                raise body.BodyError(
                    opening, translate("content", "the { is never closed with } before the next {")
                )
            after = text[closing + 1 :]
            if "{" in after or "}" in after:
                where = closing + 1 + min(i for i in (after.find("{"), after.find("}")) if i >= 0)
                raise body.BodyError(
                    where,
                    translate(
                        "content",
                        "a second {…} in one question: escape a literal brace as \\{ and \\}, or "
                        "leave a blank line between two questions",
                    ),
                )
            answers = text[opening + 1 : closing]
            cut = answers.rfind("####")
            general = answers[cut + 4 :] if cut >= 0 else ""
            answers = answers[:cut] if cut >= 0 else answers
            kind_body = body.parse_body(
                answers, opening + 1, marker, lambda o, m: self.warn(block.line_at(o), m)
            )
            tail = after.strip()
            blank = "_____" if tail else ""
            if tail and not body.unescape(tail).strip(".,;:!?"):
                said = translate(
                    "content", "text {tail!r} after }} makes this a fill-in-the-blank question"
                )
                self.warn(line, said.format(tail=tail))
            question_text = text[at:opening] + blank + after
        plain = body.unescape(question_text)
        if not plain and kind_body.kind != "description":
            raise body.BodyError(at, translate("content", "the question has no text"))
        idnumber, tags = _metadata(block)
        return Question(
            name=name or _name_from(plain),
            kind=kind_body.kind,
            text=plain,
            line=line,
            choices=kind_body.choices,
            numbers=kind_body.numbers,
            pairs=kind_body.pairs,
            general_feedback=body.field_text(general),
            text_format=text_format or "moodle",
            category=self.category,
            idnumber=idnumber,
            tags=tags,
            named=name is not None,
        )

    def quiz(self, text: str) -> Quiz:
        name = self.path.stem
        title = self._setting("title", lambda v: v or None) or name.replace("-", " ").capitalize()
        mode = self._setting("mode", _mode) or (name if name in MODES else "checkpoint")
        shuffle = self._setting("shuffle", _SHUFFLE.get)
        return Quiz(
            name=name,
            title=title,
            mode=mode,
            questions=tuple(self.questions),
            path=self.path,
            time_limit=self._setting("time-limit", _seconds),
            shuffle=frozenset({"choices"}) if shuffle is None else shuffle,
            text=text,
        )

    def _setting(self, key: str, read):
        if key not in self.settings:
            return None
        line, value = self.settings[key]
        result = read(value)
        if result is None:
            self.problem(line, _SETTING_HELP[key].format(value=quoted(value)))
        return result


_SETTING_HELP = {
    "title": "@title needs a title",
    "mode": "@mode {value} is not one of pre, post, checkpoint, poll",
    "time-limit": "@time-limit {value}: write minutes or seconds from 1 s to 24 hours, "
    "e.g. 10 min or 90 s",
    "shuffle": "@shuffle {value} is not one of none, choices, questions, all",
}


def _mode(value: str) -> Mode | None:
    return value.lower() if value.lower() in MODES else None  # type: ignore[return-value]


def _seconds(value: str) -> int | None:
    """A time limit in seconds, or None unless it is from 1 s to 24 hours."""
    match = _TIME.fullmatch(value.strip())
    if not match:
        return None
    unit = (match.group(2) or "m").lower()
    seconds = int(match.group(1)) * (1 if unit.startswith("s") else 60)
    return seconds if 1 <= seconds <= LONGEST_TIME_LIMIT else None


def _metadata(block: _Block) -> tuple[str, tuple[str, ...]]:
    comments = " ".join(line for _, line in block.comments)
    ids = _found(_META_ID, "[id:", comments)
    idnumber = ids[0].replace("\\]", "]") if ids else ""
    tags = tuple(t.replace("\\]", "]").strip() for t in _found(_META_TAG, "[tag:", comments))
    return idnumber, tags


def _found(pattern: re.Pattern[str], opening: str, text: str) -> list[str]:
    """``pattern.findall(text)`` in linear time. The pattern reads any text up to an unescaped
    ``]``; where one opening finds none, no later one can (it would scan the same tail), so the
    search stops there instead of trying again from every later opening."""
    found, start = [], text.find(opening)
    while start >= 0 and (match := pattern.match(text, start)):
        found.append(match.group(1))
        start = text.find(opening, match.end())
    return found


def _name_from(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= _NAME_LENGTH else words[: _NAME_LENGTH - 1].rstrip() + "…"


def parse_gift(text: str, path: Path) -> tuple[Quiz, list[Problem]]:
    """Read one GIFT file's text. Never raises for bad content: each block that cannot be read
    becomes a ``Problem`` (``path:line: message``; messages starting ``warning:`` flag likely
    mistakes in a question that still loads) and the other blocks load as usual."""
    reader = _Reader(Path(path))
    for block in _blocks(text):
        reader.read(block)
    quiz = reader.quiz(text)
    return quiz, sorted(reader.problems, key=lambda problem: problem.line)  # settings come last


def load_quiz_dir(directory: Path) -> tuple[dict[str, Quiz], list[Problem]]:
    """Load every ``*.gift`` in ``directory`` (none when it does not exist), keyed by file stem.
    Also checks that the pre and post quizzes agree on the kind of each shared question."""
    quizzes: dict[str, Quiz] = {}
    problems: list[Problem] = []
    directory = Path(directory)
    if not directory.is_dir():
        return quizzes, problems
    for path in sorted(directory.glob("*.gift")):
        quiz, found = read_quiz_file(path)
        if quiz is not None:
            quizzes[quiz.name] = quiz
        problems.extend(found)
    problems.extend(pre_post_problems(quizzes))
    return quizzes, problems


def read_quiz_file(path: Path) -> tuple[Quiz | None, list[Problem]]:
    """One ``.gift`` file: its quiz (None if the file cannot be read) and its problems."""
    text, problem = read_text(path)
    if text is None:
        return None, [problem] if problem else []
    return parse_gift(text, path)


def pre_post_problems(quizzes: Mapping[str, Quiz]) -> list[Problem]:
    """A question that both a pre and a post quiz hold (same ::name::) must be the same kind with
    the same options, or the two cannot be compared."""
    problems = []
    pres = [q for q in quizzes.values() if q.mode == "pre"]
    for post in (q for q in quizzes.values() if q.mode == "post"):
        for pre in pres:
            for question in pre.questions:
                if question.name not in post or not question.named:
                    continue
                other = post.question(question.name)
                if other.kind != question.kind:
                    problems.append(
                        Problem(
                            post.path,
                            other.line,
                            translate(
                                "content",
                                "{name!r} is {kind} here but {other_kind} in {file}: "
                                "pre/post pairs must match",
                            ).format(
                                name=question.name,
                                kind=other.kind,
                                other_kind=question.kind,
                                file=pre.path.name,
                            ),
                        )
                    )
                elif [c.text for c in other.choices] != [c.text for c in question.choices]:
                    problems.append(
                        Problem(
                            post.path,
                            other.line,
                            translate(
                                "content",
                                "{name!r} has other options than in {file}: pre/post pairs must "
                                "match",
                            ).format(name=question.name, file=pre.path.name),
                        )
                    )
    return problems
