"""Named regressions for the content readers (issue 11): inputs found by damaging files at random
that crashed, hung or lost something silently. Each test fails on the readers before the fix.

The "linear" tests compare the CPU time of one input with that of one four times its size, in
the same run (a ratio, never an absolute time): linear work gives about 4, the quadratic work
they caught gave 16 and more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from teachin.content.charts import check_chart
from teachin.content.data import load_series
from teachin.content.gift import parse_gift, read_quiz_file
from teachin.content.model import ChartPart
from teachin.content.room_chart import histogram
from teachin.content.slides import load_module
from teachin.quiz.attempt import Attempt

QUIZ = Path("quizzes/checkpoint-09.gift")
FRONT = "---\ntitle: Roots\nminutes: 5\n---\n"


def gift_messages(text: str) -> list[str]:
    return [f"{p.line}: {p.message}" for p in parse_gift(text, QUIZ)[1]]


def module(tmp_path: Path, text: str | bytes):
    path = tmp_path / "04-roots.md"
    if isinstance(text, str):
        text = text.encode()
    path.write_bytes(text)
    return load_module(path)


def messages(problems) -> list[str]:
    return [f"{p.line}: {p.message}" for p in problems]


LINEAR = 8  # a four times larger input may take up to 8 times as long (quadratic: 16)


def cpu_seconds(read: Callable[[str], object], text: str, runs: int) -> float:
    """CPU time of reading ``text`` ``runs`` times: other processes on the machine don't count."""
    start = time.process_time()
    for _ in range(runs):
        read(text)
    return time.process_time() - start


def growth(make: Callable[[int], str], read: Callable[[str], object], size: int) -> float:
    """How many times longer reading ``make(4 * size)`` takes than reading ``make(size)``: the
    best of three batches each, a batch repeating the reading for at least 20 ms."""
    small, large = make(size), make(4 * size)
    runs = 1
    while (took := cpu_seconds(read, small, runs)) < 0.02:
        runs *= 2
    small_time = min(took, cpu_seconds(read, small, runs), cpu_seconds(read, small, runs))
    large_time = float("inf")
    for _ in range(3):
        large_time = min(large_time, cpu_seconds(read, large, runs))
        if large_time > 4 * LINEAR * small_time:
            break  # far past linear: no need to wait for more batches
    return large_time / small_time


# -- GIFT -------------------------------------------------------------------------------------


def test_gift_time_limit_of_thousands_of_digits_is_a_problem_on_its_line():
    # Was: ValueError (int() refuses over 4,300 digits) out of import-gift, check and the kiosk.
    quiz, problems = parse_gift("// @title: T\n// @time-limit: " + "9" * 5000 + "\n\nQ? {T}", QUIZ)
    assert quiz.time_limit is None
    assert [(p.line, p.message[:23]) for p in problems] == [(2, "@time-limit '9999999999")]
    assert "from 1 s to 24 hours" in problems[0].message
    assert len(problems[0].message) < 200  # the number is shortened, not echoed whole


def test_gift_time_limit_of_ten_to_the_400_minutes_is_refused_and_an_attempt_starts():
    # Was: imported cleanly, then the kiosk's Start raised OverflowError (started_at + 6e401).
    quiz, problems = parse_gift("// @time-limit: 1" + "0" * 400 + " min\n\nQ? {T}", QUIZ)
    assert quiz.time_limit is None and messages(problems)[0].startswith("1: @time-limit")
    assert Attempt.start(quiz, seed=1, at=1_000.0).remaining(now=1_010.0) is None


@pytest.mark.parametrize(
    ("limit", "seconds"),
    [("1440 min", 86_400), ("86400 s", 86_400), ("1 s", 1), ("1441 min", None), ("0", None)],
)
def test_gift_time_limits_run_from_one_second_to_a_day(limit: str, seconds: int | None):
    quiz, problems = parse_gift(f"// @time-limit: {limit}\n\nQ? {{T}}", QUIZ)
    assert quiz.time_limit == seconds
    assert bool(problems) == (seconds is None)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("{#5:1e999}", "1: tolerance '1e999' is too large"),  # was: accepted, tolerance inf
        ("{#1e308..1.7e308}", "1: number '1e308' is too large"),  # was: accepted, value inf
        ("{#1e101}", "1: number '1e101' is too large"),
        ("{#" + "9" * 5000 + "}", "1: number '99999"),
    ],
)
def test_gift_numbers_beyond_1e100_are_problems(answer: str, expected: str):
    [found] = gift_messages("How many? " + answer)
    assert found.startswith(expected) and found.endswith("too large: keep within ±1e100")
    assert len(found) < 200


def test_gift_numbers_up_to_1e100_still_load():
    quiz, problems = parse_gift("Avogadro? {#6.022e23:1e21}\n\nBig? {#-1e100..1e100}", QUIZ)
    assert problems == []
    assert [q.numbers[0].value for q in quiz.questions] == [6.022e23, 0.0]


def test_gift_backslash_at_a_line_end_is_one_line():
    # Was: "unknown escape \<newline> (write ...)", a message split over two lines.
    found = gift_messages("Which? {\n~a \\\n~b\n=c\n}")
    assert found == ["2: a \\ at the end of a line escapes nothing (write \\\\ for a backslash)"]


def test_gift_three_weights_of_33_3_percent_make_100_as_in_moodle():
    quiz, problems = parse_gift("Which? {~%33.3%a ~%33.3%b ~%33.3%c ~%-100%d}", QUIZ)
    assert problems == []
    assert [c.fraction for c in quiz.questions[0].choices] == pytest.approx([0.333] * 3 + [-1])
    # Moodle rounds the sum to whole per cent: 99.4 % is still wrong there and here.
    assert gift_messages("Which? {~%33.1%a ~%33.1%b ~%33.2%c ~%-100%d}") == [
        "1: positive weights add up to 99.4%, not 100%"
    ]


def test_gift_tex_maths_is_kept_as_moodle_keeps_it():
    quiz, problems = parse_gift(r"What is \(\frac\{1\}\{2\}\) of $$\sqrt 4$$? {=1 ~2}", QUIZ)
    assert problems == []
    assert quiz.questions[0].text == r"What is \(\frac{1}{2}\) of $$\sqrt 4$$?"
    # Outside maths, an unknown escape is still a mistake.
    assert gift_messages(r"What \q? {T}") == [r"1: unknown escape \q (write \\ for a backslash)"]


def test_gift_file_not_utf8_names_the_line_of_the_bad_byte(tmp_path: Path):
    path = tmp_path / "quiz.gift"
    path.write_bytes(b"// @title: T\n\nCaf\xe9? {T}\n")
    assert messages(read_quiz_file(path)[1]) == [
        "3: not UTF-8 text (byte 0xe9, invalid continuation byte); save it as UTF-8"
    ]


@pytest.mark.parametrize(
    ("make", "size"),
    [
        (lambda n: "Q {" + "~" * n + "}", 5_000),  # was 70-95 s at 120 KB
        (lambda n: "Q {" + "=" * n + "}", 5_000),
        (lambda n: "Q {#" + "=" * n + "}", 5_000),
        (lambda n: "Q?" + " \\q\n" * n + "{T}", 5_000),  # a problem on each of many lines
        (lambda n: "Same? {T}\n\n" * n, 2_000),  # made-up names renamed "Same? (n)"
        (lambda n: "// [id:" * n + "\nQ? {T}", 10_000),  # an [id: never closed
    ],
    ids=["tildes", "equals", "numeric-equals", "escapes-on-many-lines", "same-text", "open-id"],
)
def test_gift_reading_time_grows_linearly(make: Callable[[int], str], size: int):
    assert growth(make, lambda text: parse_gift(text, QUIZ), size) < LINEAR


# -- slide modules ---------------------------------------------------------------------------


@pytest.mark.parametrize("minutes", ["²", "9" * 5000, "0", "601", "-5", "12.5", "١٢"])
def test_slides_bad_minutes_is_a_problem_on_its_own_line(tmp_path: Path, minutes: str):
    # Was: '²' and 5,000 digits crashed check and present (isdigit() then int()); others were
    # reported on line 1.
    loaded, problems = module(tmp_path, f"---\ntitle: Roots\nminutes: {minutes}\n---\n# A\n")
    assert loaded.minutes == 0
    assert [(p.line, p.message[:45]) for p in problems] == [
        (3, "minutes must be a whole number from 1 to 600,")
    ]


def test_slides_notes_never_closed_do_not_swallow_the_sources(tmp_path: Path):
    # Was: the notes ran to the sources' ':::', the sources went into the notes, no problem.
    text = FRONT + "# A\n\n::: notes\nAsk the room.\n\n::: sources\nUN DESA 2017.\n:::\n"
    loaded, problems = module(tmp_path, text)
    slide = loaded.slides[0]
    assert messages(problems) == ["7: '::: notes' is not closed: add a ':::' line"]
    assert (slide.notes, slide.sources) == ("Ask the room.", ("UN DESA 2017.",))


def test_slides_unclosed_chart_block_is_reported_once_and_the_slide_goes_on(tmp_path: Path):
    # Was: "not closed", then one "is not 'key: value'" problem for every later line.
    text = FRONT + "# A\n\n```chart\nkind: line\nseries: x\n\nSome text.\n\n- a point\n"
    loaded, problems = module(tmp_path, text)
    assert messages(problems) == ["7: ```chart block is not closed: add a ``` line"]
    [chart, prose] = loaded.slides[0].parts
    assert chart.options == {"kind": "line", "series": "x"}
    assert prose.markdown == "Some text.\n\n- a point"


def test_slides_unclosed_code_fence_is_reported_and_later_slides_survive(tmp_path: Path):
    # Was: no problem at all, and every later slide became code text in this one.
    text = FRONT + "# A\n\n```python\nx = 1\n\n---\n\n# B\n\nText.\n"
    loaded, problems = module(tmp_path, text)
    assert messages(problems) == ["7: this ``` fence is not closed: add a ``` line"]
    assert [s.title for s in loaded.slides] == ["A", "B"]


def test_slides_unclosed_front_matter_is_reported_once_and_the_slides_kept(tmp_path: Path):
    # Was: "not closed" plus a problem for every later line, and no slides.
    loaded, problems = module(tmp_path, "---\ntitle: Roots\nminutes: 5\n\n# A\n\nText.\n")
    assert messages(problems) == ["1: front matter is not closed: add a '---' line after it"]
    assert [s.title for s in loaded.slides] == ["A"] and loaded.minutes == 5


def test_slides_keys_set_twice_are_reported(tmp_path: Path):
    # Was: the later value silently won.
    text = "---\ntitle: A\ntitle: B\nminutes: 5\n---\n# A\n```chart\nkind: line\nkind: bars\n```\n"
    _, problems = module(tmp_path, text)
    assert messages(problems) == [
        "3: 'title' is set twice (first on line 2)",
        "9: 'kind' is set twice (first on line 8)",
    ]


def test_slides_line_numbers_are_an_editors_with_form_feeds_and_unicode_separators(
    tmp_path: Path,
):
    # Was: str.splitlines() also broke lines at \f, \v and U+2028, so later lines were
    # numbered past where an editor shows them.
    text = FRONT + "# A\n\nA\fB\u2028C\x0bD\n\n::: aside\nx\n:::\n"
    _, problems = module(tmp_path, text)
    assert [p.line for p in problems] == [9]


def test_slides_problems_stay_one_line_whatever_the_values_hold(tmp_path: Path):
    text = FRONT + "# A\n```chart\nkind: li\u2028ne\nseries: x\n```\n"
    loaded, problems = module(tmp_path, text)
    [chart] = loaded.slides[0].charts
    found = check_chart(chart, {}, {}, loaded.path)
    assert [str(p).count("\n") + len(str(p).splitlines()) for p in problems + found] == [1]


@pytest.mark.parametrize("key", ["²", "9" * 5000, "٢٠١٥"])
def test_chart_items_key_of_odd_digits_is_a_problem(tmp_path: Path, key: str):
    # Was: '²' and 5,000 digits crashed check and present (isdigit() then int()).
    path = tmp_path / "claims.csv"
    path.write_text("year,value,unit,source,metric\n2015,5,US$,X,a\n2015,7,US$,X,b\n")
    series, _ = load_series(path)
    part = ChartPart({"kind": "magnitude", "items": f"claims:{key}, claims:a"}, line=12)
    found = check_chart(part, {"claims": series}, {}, Path("slides/04-roots.md"))
    assert [(p.line, p.message[:28]) for p in found] == [(12, "series 'claims' has 0 rows n")]


def test_chart_year_of_5000_digits_is_a_problem():
    part = ChartPart({"kind": "bars", "series": "s", "year": "9" * 5000}, line=3)
    from teachin.content.data import Row, Series

    series = Series("s", Path("s.csv"), (Row(2015, 1.0, "persons", "UN", "", {}),))
    [problem] = check_chart(part, {"s": series}, {}, Path("slides/04-roots.md"))
    assert problem.message.endswith("…' is not a whole year") and len(problem.message) < 100


@pytest.mark.parametrize(
    "options",
    [
        {"kind": "grouped-bars", "series": "s", "years": ","},  # found by the fuzzer
        {"kind": "line", "series": ","},
        {"kind": "what-if", "series": " , ", "year": "2015", "slider": "x, -5..5 %"},
    ],
)
def test_chart_with_an_empty_list_is_a_problem(options: dict[str, str]):
    # Was: IndexError (no rows, so no unit to take the first of).
    from teachin.content.data import Row, Series

    series = Series("s", Path("s.csv"), (Row(2015, 1.0, "persons", "UN", "", {}),))
    found = check_chart(ChartPart(options, line=3), {"s": series}, {}, Path("slides/04-roots.md"))
    assert [p.message for p in found] == [
        f"this {options['kind']} chart names no series, years or items to show"
    ]


@pytest.mark.parametrize(
    ("make", "size"),
    [
        (lambda n: FRONT + "# x" + " " * n + "y\n", 300),  # was cubic: 2,000 spaces took 14 s
        (lambda n: "---\ntitle: x" + " " * n + "y\nminutes: 5\n---\n# A\n", 2_000),
        (lambda n: FRONT + "# A\n```" + " " * n + "x y\n", 2_000),  # not quite a fence
        (lambda n: FRONT + "# A\n:::" + " " * n + "x y\n", 2_000),  # not quite a directive
        (lambda n: FRONT + "# A\n" + "```chart\n" * n, 1_000),  # guard: no rescans per block
    ],
    ids=["title-spaces", "key-spaces", "fence-spaces", "directive-spaces", "unclosed-charts"],
)
def test_slides_reading_time_grows_linearly(tmp_path: Path, make: Callable[[int], str], size: int):
    def read(text: str) -> object:
        return module(tmp_path, text)

    assert growth(make, read, size) < LINEAR


# -- CSV series ------------------------------------------------------------------------------

HEADER = "year,value,unit,source\n"


def series_of(tmp_path: Path, text: str):
    path = tmp_path / "series.csv"
    path.write_bytes(text.encode())
    return load_series(path)


def test_csv_a_line_separator_inside_a_cell_keeps_the_row(tmp_path: Path):
    # Was: str.splitlines() cut the row in two at U+2028 (pasted from a PDF): both halves bad.
    series, problems = series_of(tmp_path, HEADER + '2015,5,persons,"UN DESA\u2028p. 4"\n')
    assert problems == [] and series.rows[0].source == "UN DESA\u2028p. 4"


def test_csv_an_unreadable_row_does_not_end_the_file(tmp_path: Path):
    # Was: the first csv.Error ended the reading: every later row was left out.
    text = HEADER + "2014,1,persons,UN\n2015," + "9" * 200_000 + ",persons,UN\n2016,3,persons,UN\n"
    series, problems = series_of(tmp_path, text)
    assert [r.year for r in series.rows] == [2014, 2016]
    assert messages(problems) == [
        "3: not a readable CSV row: field larger than field limit (131072)"
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("2015,1e300,trillion US$,X", "value '1e300' is too large: keep within ±1e100"),
        ("2015,inf,persons,X", "value 'inf' is not a number"),
        ("2015,1_000,persons,X", "value '1_000' is not a number"),
        ("٢٠١٥,5,persons,X", "year '٢٠١٥' is not a whole number from 0 to 9999"),
        ("1" * 5000 + ",5,persons,X", "year '1111111111"),
    ],
)
def test_csv_numbers_are_plain_and_sane(tmp_path: Path, row: str, expected: str):
    _, problems = series_of(tmp_path, HEADER + row + "\n")
    assert [m[: 3 + len(expected)] for m in messages(problems)] == [f"2: {expected}"]


def test_csv_reading_time_grows_linearly_with_the_header(tmp_path: Path):
    # Was quadratic: each column name was counted across the whole header (header.count).
    def make(n: int) -> str:
        return "year,value,unit,source," + "x," * n + "\n2015,1,persons,UN\n"

    assert growth(make, lambda text: series_of(tmp_path, text), 2_000) < LINEAR


# -- the room chart --------------------------------------------------------------------------


def test_room_histogram_of_answers_near_the_largest_float():
    # Was: OverflowError (the span and the median overflowed to infinity).
    for answers in ([1.7e308], [-1.7e308, 1.7e308], [1.0, 1.7e308]):
        found = histogram(answers, truth=281.0)
        assert sum(found.counts) == len(answers)
        assert all(abs(edge) < float("inf") for edge in found.edges)
