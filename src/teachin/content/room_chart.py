"""The room chart's arithmetic, without Qt: what a quiz question accepts, and how the room answered.

Numbers (estimate questions) are binned into a histogram whose range comes from the answers
alone until the true figure is revealed, so the axis never gives the answer away. Choice
questions (single, multiple, true/false, poll) are counted per choice, in the question's order.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from teachin.i18n import QT_TRANSLATE_NOOP, Texts

if TYPE_CHECKING:
    import numpy as np

CHOICE_KINDS = ("single", "multiple", "truefalse", "poll")
# Answers beyond this are drawn at it: far past any estimate, and far enough from float overflow
# that spans, medians and bin edges stay finite (a participant may type 1e308).
_FARTHEST = 1e300
ROOM_KINDS = ("numeric", *CHOICE_KINDS)
# A true/false question's two choices are the GIFT parser's words, not the deck's: they are said
# in the interface's language wherever they are shown (as the kiosk's buttons say them).
TRUTH = Texts(
    "TrueFalse",
    {
        "True": QT_TRANSLATE_NOOP("TrueFalse", "True"),
        "False": QT_TRANSLATE_NOOP("TrueFalse", "False"),
    },
)


def choice_words(kind: str, text: str) -> str:
    """A choice as a participant reads it: true/false's in the interface's language ("Vrai"),
    every other choice as the deck wrote it."""
    return TRUTH.get(text, text) if kind == "truefalse" else text


@dataclass(frozen=True)
class RoomQuestion:
    kind: str  # "numeric" or one of CHOICE_KINDS
    text: str = ""
    choices: tuple[str, ...] = ()  # in the question's order
    truth: float | None = None  # numeric: the fully right value
    right: tuple[str, ...] = ()  # choice questions: the choices that earn credit

    @property
    def numeric(self) -> bool:
        return self.kind == "numeric"

    @property
    def has_truth(self) -> bool:
        return self.truth is not None or bool(self.right)


def room_question(question: object) -> RoomQuestion:
    """Read a ``teachin.content.gift.Question`` (duck-typed: content stays import-light)."""
    kind = getattr(question, "kind", "")
    text = getattr(question, "text", "")
    if kind == "numeric":
        numbers = [n for n in getattr(question, "numbers", ()) if n.value is not None]
        best = max(numbers, key=lambda n: n.fraction, default=None)
        return RoomQuestion(kind, text, truth=best.value if best and best.fraction > 0 else None)
    choices = tuple(c.text for c in getattr(question, "choices", ()))
    right = tuple(c.text for c in getattr(question, "choices", ()) if c.fraction > 0)
    return RoomQuestion(kind, text, choices, right=() if kind == "poll" else right)


@dataclass(frozen=True)
class Histogram:
    edges: tuple[float, ...]  # len(counts) + 1, evenly spaced
    counts: tuple[int, ...]
    total: int
    median: float | None

    @property
    def width(self) -> float:
        return self.edges[1] - self.edges[0]


def _nice_step(span: float, bins: int) -> float:
    raw = max(span, 1e-12) / bins
    power = 10 ** math.floor(math.log10(raw))
    # the nice step closest to the wanted one: between about 0.7x and 1.4x as many bins
    return next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= raw / 1.5)


def numbers_of(answers: Sequence[object]) -> np.ndarray:
    """The answers that are finite numbers (others, e.g. blanks, are left out)."""
    # numpy is imported here, not at the top: `teachin check` and the quiz kiosk never draw a
    # room chart, and importing numpy would add ~0.3 s to their start.
    import numpy as np

    try:
        numbers = np.asarray(answers, dtype=float).ravel()  # the usual case: all numbers
    except (TypeError, ValueError):
        numbers = np.array([_number(answer) for answer in answers], dtype=float)
    return numbers[np.isfinite(numbers)]


def _number(answer: object) -> float:
    try:
        return float(answer)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def median(ordered: Sequence[float]) -> float | None:
    """The middle of sorted numbers, the mean of the two middle ones for an even count: the one
    definition of the room's median (the room chart, the results window, the report)."""
    total = len(ordered)
    if not total:
        return None
    # Halves first: two answers near the largest float would overflow their sum.
    return float(ordered[(total - 1) // 2]) / 2 + float(ordered[total // 2]) / 2


def histogram(values: Sequence[float], truth: float | None = None, bins: int = 10) -> Histogram:
    """Bins over the middle 96 % of the answers (outliers go in the end bins), widened to
    include ``truth`` when it is given (i.e. revealed)."""
    import numpy as np

    ordered = np.clip(np.sort(np.asarray(values, dtype=float)), -_FARTHEST, _FARTHEST)
    if truth is not None:
        truth = min(max(truth, -_FARTHEST), _FARTHEST)
    total = len(ordered)
    if total:
        low = float(ordered[int(0.02 * (total - 1))])
        high = float(ordered[math.ceil(0.98 * (total - 1))])
        median_value = median(ordered)
    else:
        low = high = truth if truth is not None else 0.0
        median_value = None
    if truth is not None:
        low, high = min(low, truth), max(high, truth)
    if high - low < 1e-9 * max(1.0, abs(low)):  # all (nearly) the same answer
        high = low + max(1.0, abs(low) * 0.1)
    step = _nice_step(high - low, bins)
    start = math.floor(low / step) * step
    if start > low:  # low / step underflowed to zero (a tiny negative low)
        start -= step
    count = max(1, math.ceil((high - start) / step + 1e-9))
    if start + count * step <= high:
        count += 1  # the largest answer belongs inside the last bin, not on its right edge
    index = np.clip(np.floor((ordered - start) / step), 0, count - 1).astype(int)
    counts = np.bincount(index, minlength=count)
    digits = max(0, 3 - math.floor(math.log10(step)))  # drop float noise such as 0.30000000004
    edges = tuple(round(start + i * step, digits) for i in range(count + 1))
    return Histogram(edges, tuple(int(c) for c in counts), total, median_value)


def choice_counts(
    answers: Iterable[object], choices: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Counts per choice in the question's order; answers naming no known choice come last.

    An answer is a choice's text or, as the quiz store keeps it, its index in ``choices``; a
    multiple-choice answer is a list of either, and each choice in it counts once."""
    counter: Counter[str] = Counter()
    for answer in answers:
        if answer is None:  # not answered
            continue
        picked = answer if isinstance(answer, list | tuple | set | frozenset) else [answer]
        counter.update({_choice_text(choice, choices) for choice in picked})
    labels = list(choices) + sorted(set(counter) - set(choices))
    return tuple(labels), tuple(counter[label] for label in labels)


def _choice_text(answer: object, choices: tuple[str, ...]) -> str:
    if isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(choices):
        return choices[answer]
    return str(answer)
