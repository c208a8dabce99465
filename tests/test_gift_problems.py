"""Bad GIFT gives ``path:line: message`` and the rest of the file still loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teachin.content.gift import load_quiz_dir, parse_gift

PATH = Path("quizzes/bad.gift")
GOOD_BEFORE = "::before::Fine. {T}\n\n"
GOOD_AFTER = "\n\n::after::Also fine. {=yes ~no}"


@pytest.mark.parametrize(
    "bad,expected",
    [
        ("Unclosed {=a ~b", "the { is never closed with }"),  # G23
        ("Closed } too early {=a ~b}", "a } with no { before it"),
        ("Two {=a ~b} blocks {=c ~d}", "a second {…} in one question"),
        ("Over weight. {~%150%a ~%-50%b}", "weight %150% is over 100%"),
        ("Plus weight. {~%+50%a ~%50%b}", "bad weight %+50%"),
        ("Sum over. {~%70%a ~%70%b ~%-100%c}", "positive weights add up to 140%, not 100%"),
        ("Sum under. {~%50%a ~%20%b ~%-100%c}", "positive weights add up to 70%, not 100%"),
        ("Weight after equals. {=%50%half ~wrong}", "a weight after = is ignored"),  # G16
        ("Bad tolerance {#5:abc}", "bad tolerance 'abc'"),
        ("Negative tolerance {#5:-1}", "bad tolerance '-1'"),
        ("Not a number {#abc}", "not a number: 'abc'"),  # the Moodle wildcard bug
        ("Backwards {#20..10}", "range 20..10 runs backwards"),
        ("No number {#}", "a numeric question needs an answer"),
        ("No answer here {=}", "an answer is empty"),
        ("Lone option {=a ~}", "an answer is empty"),  # 2.9 #6
        ("Only one option {~a}", "needs at least two options"),
        ("No credit {~a ~b}", "no option earns credit"),
        ("::Untitled question {T}", "the ::name:: is not closed"),  # G18
        ("Stray text {oops ~a =b}", "text before the first ~ or ="),
        ("Pairs {=a -> 1 =b}", "each matching pair is written =left -> right"),
        ("// @ordering\nOrder {=a#fb =b}", "items to order take no weights or feedback"),
        ("// @poll\nPoll {=a ~b}", "a poll has no right answer"),
        ("// @poll\nPoll {#5}", "@poll needs choices"),
    ],
)
def test_bad_block_is_reported_and_others_load(bad, expected):
    quiz, problems = parse_gift(GOOD_BEFORE + bad + GOOD_AFTER, PATH)
    assert [q.name for q in quiz.questions] == ["before", "after"]
    errors = [p for p in problems if not p.message.startswith("warning:")]
    assert len(errors) == 1, [str(p) for p in problems]
    assert expected in errors[0].message
    assert errors[0].path == PATH
    first_line = 3
    assert first_line <= errors[0].line <= first_line + bad.count("\n")
    assert str(errors[0]).startswith(f"{PATH}:{errors[0].line}: ")


def test_unknown_escape_points_at_its_line_and_keeps_the_question():
    quiz, problems = parse_gift("::q::First line\nthen 50\\% and \\d {T}", PATH)
    assert [str(p) for p in problems] == [
        f"{PATH}:2: unknown escape \\% (write \\\\ for a backslash)",
        f"{PATH}:2: unknown escape \\d (write \\\\ for a backslash)",
    ]
    assert quiz.question("q").text == "First line\nthen 50\\% and \\d"


def test_error_line_is_the_answer_line_inside_a_long_block():
    text = "::q::Question?\n{\n  =100:1\n  =%50%abc\n}"
    (problem,) = parse_gift(text.replace("{", "{#", 1), PATH)[1]
    assert problem.line == 4


def test_duplicate_names_keep_the_first():
    quiz, problems = parse_gift("::x::One {T}\n\n::x::Two {F}", PATH)
    assert [q.text for q in quiz.questions] == ["One"]
    assert str(problems[0]) == f"{PATH}:3: question name 'x' is taken (line 1)"


@pytest.mark.parametrize(
    "directive,expected",
    [
        ("// @mode: final", "@mode 'final' is not one of pre, post, checkpoint, poll"),
        ("// @time-limit: soon", "@time-limit 'soon': write minutes or seconds"),
        ("// @shuffle: sometimes", "@shuffle 'sometimes' is not one of"),
        ("// @colour: red", "unknown directive @colour"),
    ],
)
def test_bad_directives(directive, expected):
    quiz, problems = parse_gift(f"// @title: T\n{directive}\n\nQ? {{T}}", PATH)
    assert len(quiz.questions) == 1
    assert [p.line for p in problems] == [2]
    assert expected in problems[0].message


def test_question_marker_separated_from_its_question():
    quiz, problems = parse_gift("// @poll\n\nQ? {=a ~b}", PATH)
    assert quiz.questions[0].kind == "single"  # still loads, as GIFT reads it
    assert any("@poll must sit right above its question" in p.message for p in problems)


@pytest.mark.parametrize(
    "text,warning",
    [
        ("Even? {~%100%4#Yes, 4 = 2 x 2 ~7}", "an = in feedback starts another right answer"),
        ("Tick. {~%50%a ~%50%b ~c}", "ticking every option scores full marks"),
        ("Pi is {#3.14:0.01}.", "after } makes this a fill-in-the-blank question"),
    ],
)
def test_warnings_flag_likely_mistakes_but_keep_the_question(text, warning):  # G17
    quiz, problems = parse_gift(text, PATH)
    assert len(quiz.questions) == 1
    assert len(problems) == 1
    assert problems[0].message.startswith("warning:") and warning in problems[0].message


def test_g17_parses_like_moodle():
    quiz, _ = parse_gift("Pick the even number. {~%100%4#Yes, 4 = 2 x 2 ~7}", PATH)
    assert [(c.text, c.fraction) for c in quiz.questions[0].choices] == [
        ("4", 1.0),
        ("2 x 2", 1.0),
        ("7", 0.0),
    ]


def test_load_quiz_dir(tmp_path: Path):
    (tmp_path / "pre.gift").write_text("::core::Q? {=a ~b}\n\n::bad::X {#abc}", encoding="utf-8")
    (tmp_path / "post.gift").write_text("::core::Q? {T}", encoding="utf-8")
    (tmp_path / "latin1.gift").write_bytes("Caf\xe9? {T}".encode("latin-1"))
    (tmp_path / "notes.txt").write_text("not a quiz", encoding="utf-8")
    quizzes, problems = load_quiz_dir(tmp_path)
    assert sorted(quizzes) == ["post", "pre"]
    assert [q.name for q in quizzes["pre"].questions] == ["core"]
    found = sorted(str(p) for p in problems)
    assert found == sorted(
        [
            f"{tmp_path / 'latin1.gift'}:1: not UTF-8 text (byte 0xe9, invalid continuation "
            "byte); "
            "save it as UTF-8",
            f"{tmp_path / 'pre.gift'}:3: not a number: 'abc' (use . for decimals, no units)",
            f"{tmp_path / 'post.gift'}:1: 'core' is truefalse here but single in pre.gift: "
            "pre/post pairs must match",
        ]
    )


def test_load_quiz_dir_missing_folder(tmp_path: Path):
    assert load_quiz_dir(tmp_path / "nope") == ({}, [])


GIFT_CHARS = st.sampled_from([*"{}=~#%:->\\/@$[]. \n\tTFaz019", "//", "::", "->", "####"])


@settings(max_examples=400)
@given(st.lists(GIFT_CHARS, max_size=80).map("".join))
def test_any_text_loads_without_a_traceback(text):
    quiz, problems = parse_gift(text, PATH)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    assert all(1 <= p.line <= lines for p in problems)
    assert len({q.name for q in quiz.questions}) == len(quiz.questions)
