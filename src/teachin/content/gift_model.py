"""The quiz dataclasses, plain frozen data (see ``teachin.content.gift`` for what each field
means per question kind). Kept apart from the reader so its helpers can import them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

Kind = Literal[
    "single",
    "multiple",
    "truefalse",
    "poll",
    "short",
    "numeric",
    "matching",
    "ordering",
    "essay",
    "description",
]
Mode = Literal["pre", "post", "checkpoint", "poll"]
MODES: tuple[Mode, ...] = ("pre", "post", "checkpoint", "poll")
SCORED_KINDS: frozenset[str] = frozenset(
    {"single", "multiple", "truefalse", "short", "numeric", "matching", "ordering"}
)
CHOICE_KINDS: frozenset[str] = frozenset({"single", "multiple", "truefalse", "poll"})


@dataclass(frozen=True)
class Choice:
    """One option of a choice question, one accepted form of a short answer, or one item to
    order. ``fraction`` is the credit for it, from -1.0 to 1.0."""

    text: str
    fraction: float = 0.0
    feedback: str = ""


@dataclass(frozen=True)
class NumericAnswer:
    """An accepted number: right when ``|x - value| <= tolerance``. ``value`` None is GIFT's
    ``~#feedback`` part ("any other answer"): it matches anything, for feedback, at 0 credit."""

    value: float | None
    tolerance: float = 0.0
    fraction: float = 1.0
    feedback: str = ""

    def accepts(self, number: float) -> bool:
        if self.value is None:
            return True
        # A little slack so that 0.1 + 0.2 style float noise never turns a right answer wrong.
        return abs(number - self.value) <= self.tolerance + 1e-9 * max(1.0, abs(self.value))


@dataclass(frozen=True)
class Pair:
    """A matching pair; ``left`` empty means ``right`` is an extra option that matches nothing."""

    left: str
    right: str


@dataclass(frozen=True)
class Question:
    name: str  # the GIFT ::name:: (unique in its quiz); made from the text when absent
    kind: Kind
    text: str  # escapes decoded; a missing-word question has "_____" where its answers were
    line: int  # 1-based line of the block's first line in the file
    choices: tuple[Choice, ...] = ()
    numbers: tuple[NumericAnswer, ...] = ()
    pairs: tuple[Pair, ...] = ()
    general_feedback: str = ""
    text_format: str = "moodle"  # moodle | html | plain | markdown, from a [format] tag
    category: tuple[str, ...] = ()  # from the latest $CATEGORY: line
    idnumber: str = ""  # from a // [id:...] comment
    tags: tuple[str, ...] = ()  # from // [tag:...] comments
    named: bool = True  # False when the name was made up from the text

    @property
    def scored(self) -> bool:
        return self.kind in SCORED_KINDS

    @property
    def match_prompts(self) -> tuple[str, ...]:
        """Matching: the left-hand sides to answer, in file order."""
        return tuple(p.left for p in self.pairs if p.left)

    @property
    def match_options(self) -> tuple[str, ...]:
        """Matching: the distinct right-hand sides (distractors included), in file order."""
        return tuple(dict.fromkeys(p.right for p in self.pairs))


@dataclass(frozen=True)
class Quiz:
    name: str  # the file stem: pre, post, checkpoint-05, ...
    title: str
    mode: Mode
    questions: tuple[Question, ...]
    path: Path
    time_limit: int | None = None  # seconds; None = untimed
    shuffle: frozenset[str] = frozenset({"choices"})  # subset of {"questions", "choices"}
    text: str = field(default="", repr=False, compare=False)  # the file as read

    @cached_property
    def version(self) -> str:
        """A short hash of the file text: tells a store when the quiz changed. Worked out when
        first asked (hashlib is not needed to show a slide)."""
        import hashlib

        return hashlib.sha256(self.text.encode()).hexdigest()[:12]

    @cached_property
    def _by_name(self) -> Mapping[str, Question]:
        return {q.name: q for q in self.questions}

    def question(self, name: str) -> Question:
        """The question called ``name`` (KeyError if none)."""
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    @property
    def scored_questions(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.scored)
