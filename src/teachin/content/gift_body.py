"""GIFT escapes and the answer part between ``{`` and ``}``, one kind at a time.

Helpers for ``teachin.content.gift``; see /work/shared/anchors/quiz.md §2 for the rules we follow
(Moodle's importer, with the strict defaults of §2.12). Offsets are positions in a block's text,
so the caller can turn every problem into a line number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from teachin.content.gift_model import Choice, Kind, NumericAnswer, Pair
from teachin.content.text_file import quoted, shortened
from teachin.i18n import translate

# An escape keeps its two characters' width (filler + stand-in) so offsets still point at lines.
_FILL = "\ue0ff"
_STAND_IN = {c: chr(0xE000 + i) for i, c in enumerate("\\:#={}~n")}
# One translation table: drop the fillers, turn stand-ins back into their characters.
_BACK = str.maketrans({_FILL: None} | {v: ("\n" if k == "n" else k) for k, v in _STAND_IN.items()})
# A backslash and the character after it, or ``$$`` (which opens or closes TeX maths).
_ESCAPE = re.compile(r"\\(.)|\$\$", re.DOTALL)
_MATH_OPEN, _MATH_CLOSE = "([", ")]"  # \( ... \) and \[ ... \]: TeX, kept as Moodle keeps it
_FORMAT = re.compile(r"^\s*\[(moodle|html|plain|markdown)\]")
_WEIGHT = re.compile(r"^\s*%([^%]*)%")
_STRICT_WEIGHT = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_NUMBER = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
# Beyond any quiz's figures (Avogadro's number is 6e23) and far enough from float overflow that
# midpoints, tolerances and the room chart's sums never reach infinity.
NUMBER_LIMIT = 1e100
# Moodle accepts multiple-choice weights whose sum rounds to 100 % (three %33.3% make 99.9 %).
_WEIGHT_SLACK = 0.005 + 1e-9

Warn = Callable[[int, str], None]  # (offset, message)


class BodyError(Exception):
    """The answer part cannot be read; ``offset`` points at the trouble."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


def escape(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Hide escaped control characters; return the text and any unknown escapes found.

    TeX maths stays as written, as in Moodle: ``\\(``, ``\\)``, ``\\[``, ``\\]`` themselves, and
    inside ``\\( ... \\)``, ``\\[ ... \\]`` or ``$$ ... $$`` any other backslash (``\\frac``)."""
    unknown: list[tuple[int, str]] = []
    in_math = False

    def swap(match: re.Match[str]) -> str:
        nonlocal in_math
        char = match.group(1)
        if char is None:  # $$
            in_math = not in_math
        elif char in _STAND_IN:
            return _FILL + _STAND_IN[char]
        elif char in _MATH_OPEN or char in _MATH_CLOSE:
            in_math = char in _MATH_OPEN
        elif char in "\r\n":
            message = "a \\ at the end of a line escapes nothing (write \\\\ for a backslash)"
            unknown.append((match.start(), message))
        elif not in_math:
            shown = char if char.isprintable() else repr(char)[1:-1]
            unknown.append(
                (match.start(), f"unknown escape \\{shown} (write \\\\ for a backslash)")
            )
        return match.group(0)

    return _ESCAPE.sub(swap, text), unknown


def unescape(text: str) -> str:
    """Turn stand-ins back into characters and trim: the final form of a text field."""
    return text.translate(_BACK).strip()


def strip_format(text: str) -> tuple[str | None, str]:
    """Split a leading ``[html]``-style tag off a field: (format or None, rest)."""
    match = _FORMAT.match(text)
    return (match.group(1), text[match.end() :]) if match else (None, text)


def field_text(text: str) -> str:
    return unescape(strip_format(text)[1])


@dataclass
class Body:
    kind: Kind
    choices: tuple[Choice, ...] = ()
    numbers: tuple[NumericAnswer, ...] = ()
    pairs: tuple[Pair, ...] = ()
    notes: list[str] = field(default_factory=list)


def detect_kind(answers: str) -> Kind:
    """GIFT's ordered decision list (quiz.md §2.5); ``answers`` has general feedback removed."""
    a = answers.strip()
    if not a:
        return "essay"
    if a.startswith("#"):
        return "numeric"
    if "~" in a:
        return "single" if "=" in a else "multiple"
    if "=" in a and "->" in a:
        return "matching"
    if a.split("#", 1)[0].strip() in ("T", "TRUE", "F", "FALSE"):
        return "truefalse"
    return "short"


def parse_body(answers: str, at: int, marker: str | None, warn: Warn) -> Body:
    """Read the answer part ``answers`` (general feedback removed) found at offset ``at``.
    ``marker`` is a question directive (``poll`` or ``ordering``) that overrides GIFT's kind."""
    kind = detect_kind(answers)
    if marker == "ordering":
        return _ordering(answers, at)
    if marker == "poll":
        if kind not in ("single", "multiple"):
            raise BodyError(at, translate("content", "@poll needs choices written ~option ~option"))
        return _choices(answers, at, "poll", warn)
    if kind in ("single", "multiple"):
        return _choices(answers, at, kind, warn)
    if kind == "truefalse":
        return _truefalse(answers)
    if kind == "numeric":
        return _numeric(answers, at)
    if kind == "matching":
        return _matching(answers, at, warn)
    if kind == "short":
        stripped = answers.strip()
        if stripped.lstrip("=").lower() in ("true", "false", "t", "f"):
            said = translate(
                "content", "{{{answer}}} is a short answer; for true/false write TRUE or FALSE"
            )
            warn(at, said.format(answer=stripped))
        return _short(answers, at)
    return Body(kind)


def _split(text: str, at: int, marks: str) -> list[tuple[str, str, int]]:
    """Cut ``text`` before each character of ``marks``: (mark, piece after it, its offset).
    A first piece with no mark gets mark ''. Linear in the length, however many marks."""
    cuts = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
    pieces = [] if cuts and cuts[0] == 0 else [("", text[: cuts[0] if cuts else len(text)], at)]
    for n, start in enumerate(cuts):
        end = cuts[n + 1] if n + 1 < len(cuts) else len(text)
        pieces.append((text[start], text[start + 1 : end], at + start))
    return pieces


def _weight(text: str, offset: int, default: float) -> tuple[float, str]:
    """Read a leading ``%n%``: (fraction, rest). Strict: -100..100, plain decimal."""
    match = _WEIGHT.match(text)
    if not match:
        if text.lstrip().startswith("%"):
            raise BodyError(offset, translate("content", "a weight needs two % signs, e.g. %50%"))
        return default, text
    raw = match.group(1).strip()
    if not _STRICT_WEIGHT.fullmatch(raw):
        raise BodyError(
            offset,
            translate(
                "content", "bad weight %{shortened}%: write a number from -100 to 100"
            ).format(shortened=shortened(raw)),
        )
    value = float(raw)
    if not -100 <= value <= 100:
        raise BodyError(
            offset,
            translate("content", "weight %{shortened}% is over 100%").format(
                shortened=shortened(raw)
            ),
        )
    return value / 100, text[match.end() :]


def _answer(text: str, offset: int, default: float) -> Choice:
    fraction, rest = _weight(text, offset, default)
    answer, _, note = rest.partition("#")
    answer_text = field_text(answer)
    if not answer_text:
        raise BodyError(offset, translate("content", "an answer is empty"))
    return Choice(answer_text, fraction, field_text(note))


def _choices(answers: str, at: int, kind: Kind, warn: Warn) -> Body:
    pieces = _split(answers, at, "~=")
    if pieces and not pieces[0][0]:
        head, offset = pieces.pop(0)[1:]
        if head.strip():
            raise BodyError(
                offset,
                translate("content", "text before the first ~ or =: {field_text!r}").format(
                    field_text=field_text(head)
                ),
            )
    choices = []
    for mark, text, offset in pieces:
        if mark == "=" and _WEIGHT.match(text):
            raise BodyError(
                offset,
                translate("content", "a weight after = is ignored by GIFT: write ~%50%answer"),
            )
        choices.append(_answer(text, offset, 1.0 if mark == "=" else 0.0))
    for _mark, text, offset in _split(answers, at, "~"):
        if "#" in text and "=" in text.split("#", 1)[1]:
            said = translate(
                "content", "an = in feedback starts another right answer: write \\= to show ="
            )
            warn(offset, said)
    if len(choices) < 2:
        raise BodyError(at, translate("content", "a choice question needs at least two options"))
    fractions = [c.fraction for c in choices]
    if kind == "poll":
        if any(fractions):
            raise BodyError(
                at, translate("content", "a poll has no right answer: use ~ and no %weights%")
            )
    elif kind == "multiple":
        total = sum(f for f in fractions if f > 0)
        if total == 0:
            raise BodyError(
                at,
                translate(
                    "content", "no option earns credit (add = or %weights%, or @poll for a poll)"
                ),
            )
        if abs(total - 1) > _WEIGHT_SLACK:
            raise BodyError(
                at,
                translate("content", "positive weights add up to {value:g}%, not 100%").format(
                    value=total * 100
                ),
            )
        if 0 in fractions and min(fractions) >= 0:
            warn(
                at,
                translate(
                    "content",
                    "ticking every option scores full marks: give wrong options negative weights",
                ),
            )
    return Body(kind, choices=tuple(choices))


def _truefalse(answers: str) -> Body:
    value, wrong, right = ([*answers.split("#", 2), "", ""])[:3]
    truth = value.strip() in ("T", "TRUE")
    right_fb, wrong_fb = field_text(right), field_text(wrong)
    choices = (
        Choice("True", 1.0 if truth else 0.0, right_fb if truth else wrong_fb),
        Choice("False", 0.0 if truth else 1.0, wrong_fb if truth else right_fb),
    )
    return Body("truefalse", choices=choices)


def _short(answers: str, at: int) -> Body:
    choices = [
        _answer(text, offset, 1.0)
        for mark, text, offset in _split(answers, at, "=")
        if mark or text.strip()
    ]
    if not choices:
        raise BodyError(
            at, translate("content", "a short-answer question needs an accepted answer")
        )
    if max(c.fraction for c in choices) <= 0:
        raise BodyError(at, translate("content", "no accepted answer earns credit"))
    return Body("short", choices=tuple(choices))


def _numeric(answers: str, at: int) -> Body:
    text = answers.strip()[1:]
    start = at + answers.index("#") + 1
    main, tilde, other = text.partition("~")
    numbers = [
        _number(piece, offset)
        for mark, piece, offset in _split(main, start, "=")
        if mark or piece.strip()
    ]
    if not numbers:
        raise BodyError(
            at, translate("content", "a numeric question needs an answer, e.g. {#42:2}")
        )
    if tilde:
        numbers.append(NumericAnswer(None, 0.0, 0.0, field_text(other.partition("#")[2])))
    return Body("numeric", numbers=tuple(numbers))


def _number(piece: str, offset: int) -> NumericAnswer:
    fraction, rest = _weight(piece, offset, 1.0)
    value_text, _, note = rest.partition("#")
    raw = unescape(value_text)
    if ".." in raw[1:]:
        low_text, high_text = raw.split("..", 1)
        low, high = _float(low_text, offset), _float(high_text, offset)
        if low > high:
            raise BodyError(
                offset,
                translate(
                    "content", "range {shortened} runs backwards: write the smaller number first"
                ).format(shortened=shortened(raw)),
            )
        value, tolerance = (low + high) / 2, (high - low) / 2
    elif ":" in raw[1:]:
        value_part, tolerance_text = raw.split(":", 1)
        value = _float(value_part, offset)
        tolerance_text = tolerance_text.strip()
        if not _NUMBER.fullmatch(tolerance_text) or float(tolerance_text) < 0:
            raise BodyError(
                offset,
                translate("content", "bad tolerance {quoted} in {quoted2}").format(
                    quoted=quoted(tolerance_text), quoted2=quoted(raw)
                ),
            )
        tolerance = _float(tolerance_text, offset, "tolerance")
    else:
        value, tolerance = _float(raw, offset), 0.0
    return NumericAnswer(value, tolerance, fraction, field_text(note))


def _float(text: str, offset: int, what: str = "number") -> float:
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        raise BodyError(
            offset,
            translate("content", "not a {what}: {quoted} (use . for decimals, no units)").format(
                what=what, quoted=quoted(text)
            ),
        )
    value = float(text)
    if not abs(value) <= NUMBER_LIMIT:
        raise BodyError(
            offset,
            translate("content", "{what} {quoted} is too large: keep within ±1e100").format(
                what=what, quoted=quoted(text)
            ),
        )
    return value


def _matching(answers: str, at: int, warn: Warn) -> Body:
    pairs = []
    for mark, text, offset in _split(answers, at, "="):
        if not mark and not text.strip():
            continue
        if not mark or "->" not in text:
            raise BodyError(
                offset, translate("content", "each matching pair is written =left -> right")
            )
        left, right = text.split("->", 1)
        if not field_text(right):
            raise BodyError(offset, translate("content", "a matching pair has nothing after ->"))
        pairs.append(Pair(field_text(left), field_text(right)))
    real = [p for p in pairs if p.left]
    if len(real) < 2:
        raise BodyError(at, translate("content", "a matching question needs at least two pairs"))
    if len(real) < 3:
        warn(
            at,
            translate("content", "Moodle's documentation asks for at least three matching pairs"),
        )
    if len({p.left for p in real}) < len(real):
        raise BodyError(at, translate("content", "two matching pairs have the same left side"))
    return Body("matching", pairs=tuple(pairs))


def _ordering(answers: str, at: int) -> Body:
    items = []
    for mark, text, offset in _split(answers, at, "="):
        if not mark and not text.strip():
            continue
        if not mark:
            raise BodyError(
                offset,
                translate("content", "write each item to order as =item, in the right order"),
            )
        if "#" in text or _WEIGHT.match(text):
            raise BodyError(
                offset, translate("content", "items to order take no weights or feedback")
            )
        item = field_text(text)
        if not item:
            raise BodyError(offset, translate("content", "an item to order is empty"))
        items.append(Choice(item))
    if len(items) < 2:
        raise BodyError(at, translate("content", "an ordering question needs at least two items"))
    if len({c.text for c in items}) < len(items):
        raise BodyError(at, translate("content", "two items to order have the same text"))
    return Body("ordering", choices=tuple(items))
