"""What a participant answered, as plain JSON values the store can keep as they are.

A ``Response`` is ``None`` (not answered) or, by question kind:

=====================================  =====================================================
kind                                   response
=====================================  =====================================================
single, truefalse, poll                ``int``: index into ``question.choices`` (file order,
                                       never the shuffled display order)
multiple                               ``list[int]``: sorted, distinct indexes into ``choices``
short, essay                           ``str``: the text typed, trimmed
numeric                                ``float``: the number (``parse_number`` reads typed text)
matching                               ``list[int | None]``: for each of
                                       ``question.match_prompts``, an index into
                                       ``question.match_options`` or None
ordering                               ``list[int]``: the participant's order, as indexes
                                       into ``choices`` (which hold the correct order)
description                            always ``None``
=====================================  =====================================================

``json.loads(json.dumps(r))`` gives ``r`` back (after ``normalize``) for every kind.
"""

from __future__ import annotations

import math
import re

from teachin.content.gift import CHOICE_KINDS, Question

Response = None | int | float | str | list[int] | list[int | None]


class ResponseError(ValueError):
    """A response that does not fit its question (wrong shape, index out of range)."""


def normalize(question: Question, value: object) -> Response:
    """Check ``value`` against ``question`` and return its canonical form (raise ResponseError).

    Empty answers (blank text, no boxes ticked, nothing matched) become ``None``.
    """
    if value is None:
        return None
    kind = question.kind
    if kind in CHOICE_KINDS and kind != "multiple":
        return _index(value, len(question.choices))
    if kind == "multiple":
        picked = sorted({_index(v, len(question.choices)) for v in _list(value)})
        return picked or None
    if kind in ("short", "essay"):
        if not isinstance(value, str):
            raise ResponseError(f"expected text, got {value!r}")
        return value.strip() or None
    if kind == "numeric":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ResponseError(f"expected a number, got {value!r}")
        if not math.isfinite(value):
            raise ResponseError(f"expected a finite number, got {value!r}")
        return float(value)
    if kind == "matching":
        items = _list(value)
        if len(items) != len(question.match_prompts):
            raise ResponseError(f"expected {len(question.match_prompts)} matches, got {len(items)}")
        options = len(question.match_options)
        picked = [None if v is None else _index(v, options) for v in items]
        return picked if any(v is not None for v in picked) else None
    if kind == "ordering":
        order = [_index(v, len(question.choices)) for v in _list(value)]
        if sorted(order) != list(range(len(question.choices))):
            raise ResponseError(f"expected an order of all {len(question.choices)} items")
        return order
    raise ResponseError(f"a {kind} question takes no answer")


def _index(value: object, size: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < size:
        raise ResponseError(f"expected an index from 0 to {size - 1}, got {value!r}")
    return value


def _list(value: object) -> list:
    if not isinstance(value, list | tuple):
        raise ResponseError(f"expected a list, got {value!r}")
    return list(value)


_SPACES = re.compile(r"[\s\u00a0\u202f_']+")
_THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d*)?")


def parse_number(text: str) -> float | None:
    """Read a number as people type it: ``1.5``, ``-3``, ``250 000``, ``250,000``, ``3,5``
    (a lone comma not followed by exactly three digits is a decimal comma), ``1e6``, ``40%``.
    Returns None when the text is not a number."""
    s = _SPACES.sub("", text.strip().replace("\u2212", "-")).removesuffix("%")
    if "," in s:
        if _THOUSANDS.fullmatch(s):
            s = s.replace(",", "")
        elif s.count(",") == 1 and "." not in s:
            s = s.replace(",", ".")
        else:
            return None
    try:
        number = float(s)
    except ValueError:
        return None
    return number if math.isfinite(number) else None
