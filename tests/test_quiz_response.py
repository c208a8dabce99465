"""Responses: shape checks, JSON form, and reading numbers as people type them."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.content.gift import parse_gift
from teachin.quiz.pairing import core_pairs, find_pre_post, shifts
from teachin.quiz.response import ResponseError, normalize, parse_number

QUIZ = parse_gift(
    "::s::S? {=a ~b}\n\n::m::M? {~%100%a ~%-50%b ~%-50%c}\n\n::t::T? {T}\n\n::x::X? {=Paris}\n\n"
    "::n::N? {#5:1}\n\n::g::G? {=a -> 1 =b -> 2 =c -> 3 = -> 4}\n\n// @ordering\n::o::O? {=a =b =c}"
    "\n\n::e::E? {}\n\n::d::Just text.",
    Path("r.gift"),
)[0]


@pytest.mark.parametrize(
    "name,given,expected",
    [
        ("s", 1, 1),
        ("m", [2, 0, 2], [0, 2]),
        ("m", [], None),
        ("x", "  Paris ", "Paris"),
        ("x", "   ", None),
        ("n", 4, 4.0),
        ("g", [1, None, 3], [1, None, 3]),
        ("g", [None, None, None], None),
        ("o", (2, 0, 1), [2, 0, 1]),
        ("e", "I learnt...", "I learnt..."),
        ("d", None, None),
    ],
)
def test_normalize(name, given, expected):
    assert normalize(QUIZ.question(name), given) == expected


@pytest.mark.parametrize(
    "name,given",
    [
        ("s", 2),
        ("s", True),
        ("s", "a"),
        ("m", 0),
        ("t", -1),
        ("x", 3),
        ("n", "5"),
        ("n", float("nan")),
        ("g", [0, 1]),
        ("g", [0, 1, 4]),
        ("o", [0, 0, 1]),
        ("o", [0, 1]),
        ("d", "anything"),
    ],
)
def test_normalize_refuses(name, given):
    with pytest.raises(ResponseError):
        normalize(QUIZ.question(name), given)


@pytest.mark.parametrize(
    "text,number",
    [
        ("42", 42.0),
        (" -3.5 ", -3.5),
        ("\u22123", -3.0),
        ("250 000 000", 250_000_000.0),
        ("250,000,000", 250_000_000.0),
        ("3,5", 3.5),
        ("1,234.5", 1234.5),
        ("1e6", 1e6),
        ("40%", 40.0),
        ("abc", None),
        ("", None),
        ("1,2,3", None),
        ("inf", None),
    ],
)
def test_parse_number(text, number):
    assert parse_number(text) == number


def test_pre_post_pairing_and_shift():
    pre = parse_gift(
        "::core1::A? {=yes ~no}\n\n::core2::B? {#10:1}\n\n::only-pre::C? {T}", Path("pre.gift")
    )[0]
    post = parse_gift(
        "::core2::B again? {#10:1}\n\n::core1::A? {=yes ~no}\n\n::extra::D? {F}", Path("post.gift")
    )[0]
    assert find_pre_post({"pre": pre, "post": post, "other": QUIZ}) == (pre, post)
    assert find_pre_post({"pre": pre}) is None
    pairs = core_pairs(pre, post)
    assert [p.name for p in pairs] == ["core1", "core2"]
    moved = shifts(
        pairs,
        [{"core1": 1, "core2": 3.0}, {"core1": 0}],
        [{"core1": 0, "core2": 10.5}, {"core1": 0, "core2": 30.0}, {}],
    )
    assert [(s.name, s.pre_mean, s.post_mean, s.pre_count, s.post_count) for s in moved] == [
        ("core1", 0.5, 1.0, 2, 2),
        ("core2", 0.0, 0.5, 1, 2),
    ]
    assert moved[0].change == 0.5
