"""GIFT parser: every construct of docs/quizzes.md, following anchors/quiz.md §2 (G01–G24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.content.gift import Choice, NumericAnswer, Pair, Question, parse_gift

PATH = Path("quizzes/sample.gift")


def parse(text: str):
    return parse_gift(text, PATH)


def one(text: str) -> Question:
    quiz, problems = parse(text)
    assert problems == [], [str(p) for p in problems]
    assert len(quiz.questions) == 1
    return quiz.questions[0]


def messages(text: str) -> list[str]:
    return [str(p) for p in parse(text)[1]]


# -- question kinds ----------------------------------------------------------------------------


def test_single_choice_with_name_feedback_and_metadata():  # G01
    q = one(
        "// [id:chart-01] [tag:reading-charts] [tag:session 1]\n"
        "::Axis check::Which axis of a line chart shows time? {\n"
        "  =The horizontal axis#Yes: time runs left to right.\n"
        "  ~The vertical axis#No: that shows the value.\n"
        "  ~Neither axis\n"
        "}"
    )
    assert (q.name, q.kind, q.named) == ("Axis check", "single", True)
    assert q.text == "Which axis of a line chart shows time?"
    assert [c.fraction for c in q.choices] == [1.0, 0.0, 0.0]
    assert q.choices[0].feedback == "Yes: time runs left to right."
    assert q.choices[2].feedback == ""
    assert q.idnumber == "chart-01"
    assert q.tags == ("reading-charts", "session 1")
    assert q.line == 2


def test_multiple_choice_partial_and_negative_weights():  # G02
    q = one("Which are prime? { ~%50%7 ~%50%13 ~%-50%9#9 is 3 times 3. ~%-50%15 }")
    assert q.kind == "multiple"
    assert [(c.text, c.fraction) for c in q.choices] == [
        ("7", 0.5),
        ("13", 0.5),
        ("9", -0.5),
        ("15", -0.5),
    ]
    assert q.choices[2].feedback == "9 is 3 times 3."
    assert not q.named and q.name == "Which are prime?"


def test_decimal_weights_for_thirds():
    q = one("Pick. { ~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d }")
    assert q.choices[0].fraction == pytest.approx(0.3333333)


def test_true_false_feedback_goes_to_the_chosen_answer():  # G03
    q = one("The median is always equal to the mean.{FALSE#Not for skewed data.#Right: skew.}")
    assert q.kind == "truefalse"
    true, false = q.choices
    assert (true.text, true.fraction, true.feedback) == ("True", 0.0, "Not for skewed data.")
    assert (false.text, false.fraction, false.feedback) == ("False", 1.0, "Right: skew.")


@pytest.mark.parametrize(
    "word,truth", [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)]
)
def test_true_false_spellings(word, truth):
    q = one(f"Statement.{{{word}}}")
    assert q.kind == "truefalse"
    assert q.choices[0].fraction == (1.0 if truth else 0.0)


def test_true_false_with_only_general_feedback():  # 2.9 #5
    q = one("Statement. {TRUE####because it is}")
    assert q.kind == "truefalse" and q.general_feedback == "because it is"
    assert all(c.feedback == "" for c in q.choices)


def test_lower_case_true_is_a_short_answer_with_a_warning():  # G13
    quiz, problems = parse("The sun is a star.{true}")
    assert quiz.questions[0].kind == "short"
    assert quiz.questions[0].choices == (Choice("true", 1.0),)
    assert [p.message for p in problems] == [
        "warning: {true} is a short answer; for true/false write TRUE or FALSE"
    ]


def test_short_answer_missing_word_with_wildcard():  # G04
    q = one(
        "::Capital::The capital of Australia is {=Canberra =%50%Canbera#Spelling? =%0%*#No.} now"
    )
    assert q.kind == "short"
    assert q.text == "The capital of Australia is _____ now"
    assert q.choices == (
        Choice("Canberra", 1.0),
        Choice("Canbera", 0.5, "Spelling?"),
        Choice("*", 0.0, "No."),
    )


def test_short_answer_without_equals():
    assert one("Capital of Australia? {Canberra}").choices == (Choice("Canberra", 1.0),)


def test_numeric_exact_tolerance_and_other_answer():  # G05
    q = one("Value? {# =100:0#Exactly. =%50%100:5#Close: half. ~#Look at slide 4 again. }")
    assert q.kind == "numeric"
    assert q.numbers == (
        NumericAnswer(100.0, 0.0, 1.0, "Exactly."),
        NumericAnswer(100.0, 5.0, 0.5, "Close: half."),
        NumericAnswer(None, 0.0, 0.0, "Look at slide 4 again."),
    )


@pytest.mark.parametrize(
    "body,value,tolerance",
    [
        ("#10..20", 15.0, 5.0),  # G06
        ("#-5..-1", -3.0, 2.0),  # G07
        ("#-5:1", -5.0, 1.0),  # 2.9 #3
        ("#3.14", 3.14, 0.0),
        ("#1e6:5e4", 1e6, 5e4),
    ],
)
def test_numeric_forms(body, value, tolerance):
    (answer,) = one(f"Q? {{{body}}}").numbers
    assert answer.value == pytest.approx(value)
    assert answer.tolerance == pytest.approx(tolerance)


def test_numeric_several_accepted_values_and_feedback_without_weight():  # 2.9 #4
    q = one("Q? {#=2#well done =4#also fine}")
    assert [(a.value, a.feedback) for a in q.numbers] == [(2.0, "well done"), (4.0, "also fine")]
    assert one("Q? {#2#well done}").numbers == (NumericAnswer(2.0, 0.0, 1.0, "well done"),)


def test_numeric_missing_word_tail():  # G15
    q = one("What is pi to two decimals? {#3.14:0.005} exactly")
    assert q.text == "What is pi to two decimals? _____ exactly"


def test_matching_with_distractor():  # G08
    q = one(
        "Match each chart. {\n =Line chart -> trend over time\n =Bar chart -> compare amounts\n"
        " =Map -> places\n = -> share of a whole\n}"
    )
    assert q.kind == "matching"
    assert q.pairs[-1] == Pair("", "share of a whole")
    assert q.match_prompts == ("Line chart", "Bar chart", "Map")
    assert q.match_options == ("trend over time", "compare amounts", "places", "share of a whole")


def test_matching_right_side_may_hold_an_arrow_and_a_hash():  # 2.9 #7
    q = one("Match. {=a -> 1 -> 2 =b -> #3 =c -> 4}")
    assert q.pairs[0] == Pair("a", "1 -> 2")
    assert q.pairs[1] == Pair("b", "#3")


def test_two_matching_pairs_load_with_a_warning():  # G19
    quiz, problems = parse("Two pairs only. {=a -> 1 =b -> 2}")
    assert quiz.questions[0].kind == "matching"
    assert "at least three matching pairs" in problems[0].message
    assert problems[0].message.startswith("warning:")


@pytest.mark.parametrize("body", ["{}", "{ }", "{####A good answer mentions X}"])
def test_essay_forms(body):  # G09, 2.9 #11
    q = one(f"Explain in your own words. {body}")
    assert q.kind == "essay" and q.choices == () and q.numbers == ()


def test_essay_general_feedback():
    assert one("Explain. {####Mention remittances.}").general_feedback == "Mention remittances."


def test_description():  # G10
    q = one("The next three questions refer to the chart on slide 7.")
    assert q.kind == "description" and not q.scored


def test_general_feedback_is_after_the_last_four_hashes():
    q = one("Q? {=a#fa ~b####see slide 3}")
    assert q.general_feedback == "see slide 3"
    assert q.choices[0].feedback == "fa"


# -- our superset --------------------------------------------------------------------------------


def test_quiz_directives():
    quiz, problems = parse(
        "// @title: Before we start\n// @mode: pre\n// @time-limit: 90 s\n// @shuffle: all\n\n"
        "Q? {T}"
    )
    assert problems == []
    assert (quiz.name, quiz.title, quiz.mode, quiz.time_limit) == (
        "sample",
        "Before we start",
        "pre",
        90,
    )
    assert quiz.shuffle == {"questions", "choices"}


def test_quiz_defaults():
    quiz = parse_gift("Q? {T}", Path("quizzes/post.gift"))[0]
    assert (quiz.title, quiz.mode, quiz.time_limit, quiz.shuffle) == (
        "Post",
        "post",
        None,
        {"choices"},
    )
    assert parse("Q? {T}")[0].mode == "checkpoint"


@pytest.mark.parametrize(
    "value,seconds", [("10 min", 600), ("10", 600), ("45s", 45), ("2 minutes", 120)]
)
def test_time_limit_units(value, seconds):
    assert parse(f"// @time-limit: {value}\n\nQ? {{T}}")[0].time_limit == seconds


def test_poll_and_ordering_markers():
    quiz, problems = parse(
        "// @poll\n::p::Which worries you most? {~Jobs ~Rents ~Borders}\n\n"
        "// @ordering\n::o::Put in order. {=first =second =third}"
    )
    assert problems == []
    poll, order = quiz.questions
    assert poll.kind == "poll" and not poll.scored
    assert [c.text for c in poll.choices] == ["Jobs", "Rents", "Borders"]
    assert order.kind == "ordering" and [c.text for c in order.choices] == [
        "first",
        "second",
        "third",
    ]


# -- escapes, comments, categories, formats, files ------------------------------------------


def test_escaped_control_characters():  # G12
    q = one(r"Which? {=\=#Right, e.g. \=SUM(A1\:A3) ~\# ~\~}")
    assert [c.text for c in q.choices] == ["=", "#", "~"]
    assert q.choices[0].feedback == "Right, e.g. =SUM(A1:A3)"


def test_newline_backslash_and_brace_escapes():  # G21
    q = one(r"Line one\nline two with a backslash \\ and braces \{x\}. {T}")
    assert q.text == "Line one\nline two with a backslash \\ and braces {x}."


def test_escaped_colon_in_name():  # G24
    assert one(r"::Name with \: colon::Question? {=yes}").name == "Name with : colon"


def test_comment_lines_do_not_split_questions():  # G14
    quiz, problems = parse("First statement.{T}\n// comment\nSecond statement.{F}")
    assert len(quiz.questions) == 0
    assert problems[0].line == 3 and "second {…}" in problems[0].message


def test_comments_url_and_comment_only_blocks():  # 2.1.4
    quiz, problems = parse(
        "// just a note\n// another\n\nSee http://example.org/x // not a comment {T}"
    )
    assert problems == []
    assert quiz.questions[0].text == "See http://example.org/x // not a comment"


def test_metadata_with_escaped_bracket():  # G22
    q = one("// [id:q\\]7] [tag:a] [tag:b]\nTagged. {F}")
    assert (q.idnumber, q.tags) == ("q]7", ("a", "b"))


def test_category_applies_to_following_questions():  # G11, 2.9 #8
    quiz, problems = parse(
        "Before. {T}\n\n$CATEGORY: workshop/session 1//2\n\n// only a comment\n\nAfter. {F}"
    )
    assert problems == []
    assert quiz.questions[0].category == ()
    assert quiz.questions[1].category == ("workshop", "session 1/2")


def test_formats():  # G20
    q = one("[markdown]Is **this** bold?{T#[html]<i>no</i>}")
    assert q.text_format == "markdown" and q.text == "Is **this** bold?"
    assert q.choices[1].feedback == "<i>no</i>"  # the tag itself never shows


def test_blank_lines_of_spaces_indented_answers_and_closing_brace_alone():  # 2.9 #1, #2
    quiz, problems = parse(
        "A? {\n    =yes\n    ~no\n}\n \t \n\n\nB? {\n\t=1 -> x\n\t=2 -> y\n\t=3 -> z\n}"
    )
    assert problems == []
    assert [q.kind for q in quiz.questions] == ["single", "matching"]
    assert quiz.questions[1].line == 8


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_bom_and_no_trailing_newline(newline):  # 2.9 #9, #10
    text = "\ufeff" + newline.join(["// head", "", "A? {T}", "", "B? {F}"])
    quiz, problems = parse(text)
    assert problems == []
    assert [(q.text, q.line) for q in quiz.questions] == [("A?", 3), ("B?", 5)]


def test_unnamed_questions_with_the_same_text_get_distinct_names():
    quiz, problems = parse("Same? {T}\n\nSame? {F}")
    assert problems == []
    assert [q.name for q in quiz.questions] == ["Same?", "Same? (2)"]


def test_quiz_lookup_and_version():
    quiz = parse("::a::A? {T}\n\n::b::B? {F}")[0]
    assert quiz.question("b").text == "B?" and "a" in quiz and "c" not in quiz
    assert quiz.version != parse("::a::A? {F}\n\n::b::B? {F}")[0].version
