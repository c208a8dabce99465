"""Fuzzing every content reader with hypothesis (issue 11): GIFT quizzes, slide modules, chart
blocks, CSV data series and the room chart's arithmetic.

Any bytes in (random text, random bytes, invalid UTF-8, NULs, huge numbers, deep runs of
openers, and damaged copies of the real deck's own files, read at test time) must end in
``path:line: message`` problems, each one line, naming the file and a line inside it, or in a
clean result whose numbers are sane; never an exception, and within a CPU-time bound per KB
generous enough that a busy CI machine cannot trip it (the quadratic parse it guards against
took 70-95 s for 120 KB).

``TEACHIN_FUZZ=10 pytest tests/test_fuzz_content.py`` runs ten times as many examples.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teachin.content.charts import COMMON, KEYS, KINDS, base_value, chart_data, check_chart
from teachin.content.data import VALUE_LIMIT, load_series, load_series_dir
from teachin.content.deck import load_deck
from teachin.content.gift import read_quiz_file
from teachin.content.gift_body import NUMBER_LIMIT
from teachin.content.gift_model import Quiz
from teachin.content.model import ChartPart, Problem
from teachin.content.room_chart import choice_counts, histogram, numbers_of
from teachin.content.slides import MAX_MINUTES, load_module

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("TEACHIN_FUZZ", "1"))
FUZZ = settings(
    max_examples=300 * EXAMPLES,
    deadline=None,  # the time bound below is per KB and in CPU time
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,  # the folder is only rewritten, never relied on
    ],
)
T = TypeVar("T")

# Pieces of every syntax read here, and the kinds of damage found to hurt before.
TOKENS = [
    *["---", "```", "~~~", "```chart", "```quiz", ":::", "::: notes", "::: sources", ". . ."],
    *["# ", "title: ", "minutes: ", "kind: ", "items: ", "series: ", "year: ", "slider: "],
    *["{", "}", "~", "=", "#", "####", "%", "%50%", "->", "::", "\\", "//", "// @", "$$"],
    *["// @time-limit: ", "// @mode: ", "// @poll", "// @ordering", "$CATEGORY:", "[id:"],
    *["\\(", "\\)", "\\[", "\\]", "\\n", "[html]", "year,value,unit,source\n", ",", '"'],
    *["\n", "\n\n", "\r", "\r\n", "\x00", "\ufeff", "\f", "\x0b", "\u2028", "\x85", " " * 40],
    *["²", "٣", "9" * 5000, "1" + "0" * 400, "1e400", "-1e309", "nan", "inf", "0", "-", "."],
]
fragment = st.one_of(st.sampled_from(TOKENS), st.text(max_size=12))
texts = st.lists(fragment, max_size=60).map("".join)
# Where a number is expected: plain, huge, negative, not ASCII, not quite a number.
numbers = st.one_of(
    st.sampled_from(["9" * 5000, "1" + "0" * 400, "1e400", "-1e309", "²", "٣", "1_0", "nan"]),
    st.integers().map(str),
    st.floats().map(repr),
    st.text(alphabet="0123456789.eE-+: ", max_size=12),
)


def lines_of(*choices: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A file of lines, each drawn from one of ``choices`` (or from the damaging tokens)."""
    line = st.one_of(*choices, fragment)
    return st.lists(line, max_size=40).map("\n".join)


gift_lines = lines_of(
    st.tuples(
        st.sampled_from(["time-limit", "mode", "shuffle", "title", "poll", "ordering", "x"]),
        st.one_of(numbers, st.tuples(numbers, st.sampled_from(["s", "min", " h"])).map("".join)),
    ).map(lambda kv: f"// @{kv[0]}: {kv[1]}"),
    st.lists(
        st.tuples(
            st.sampled_from(["~", "=", "#", "#=", "~%", "=%", "->", ":", "..", "####", "\\"]),
            st.one_of(numbers, st.sampled_from(["a", "b", "T", "F", "%", "%50%", " "])),
        ).map("".join),
        max_size=12,
    ).map(lambda parts: "::q::Q? {" + " ".join(parts) + "}"),
    st.just(""),
)
slide_lines = lines_of(
    st.sampled_from(["---", "title: T", "# Title", ". . .", ":::", "```", "~~~~", ""]),
    st.sampled_from(["::: notes", "::: sources", "::: x", "```chart", "```quiz", "```py"]),
    numbers.map("minutes: {}".format),
    st.tuples(st.sampled_from(["kind", "items", "series", "year", "quiz", "at"]), numbers).map(
        ": ".join
    ),
)
csv_lines = lines_of(
    st.just("year,value,unit,source,metric"),
    st.tuples(
        numbers,
        numbers,
        st.sampled_from(["persons", "trillion US$", "% of GDP", "", "\u2028", '"']),
        st.sampled_from(["UN", "", '"a\nb"']),
        st.sampled_from(["a", "b", ""]),
    ).map(",".join),
)


def seeds(pattern: str) -> list[bytes]:
    """The real deck's files (as they are now: other work may be editing them)."""
    found = [path.read_bytes() for path in sorted(REPO.glob(pattern))]
    assert found, pattern
    return found


@st.composite
def damaged(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    """One of ``originals`` with a few random cuts, insertions, byte flips and repeats."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "cut", "flip", "repeat"]))
        if action == "insert":
            piece = draw(st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)))
            data[at:at] = piece.encode() if draw(st.booleans()) else draw(st.binary(max_size=4))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 400))]
        elif action == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        else:  # a run: "~~~~", "::: notes" over and over, ...
            data[at:at] = data[at : at + draw(st.integers(1, 30))] * draw(st.integers(2, 200))
    return bytes(data)


def file_bytes(pattern: str, lines: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """A damaged copy of one of the deck's files, lines of the format with odd values in them,
    random tokens, or random bytes."""
    return st.one_of(
        damaged(seeds(pattern)),
        lines.map(str.encode),
        texts.map(str.encode),
        st.binary(max_size=3000),
    )


def line_count(raw: bytes) -> int:
    """Lines as an editor numbers them."""
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def within_bounds(read: Callable[[], T], size: int) -> T:
    """``read()``, checking it took at most 2 s + 0.1 s per KB of CPU time."""
    start = time.process_time()
    result = read()
    spent = time.process_time() - start
    assert spent < 2 + 0.1 * size / 1024, f"{spent:.1f} s for {size} bytes"
    return result


def assert_reported(problems: list[Problem], path: Path, lines: int) -> None:
    for problem in problems:
        assert problem.path == path, problem
        assert 1 <= problem.line <= lines, (problem, lines)
        assert problem.message and len(str(problem).splitlines()) == 1, problem


def written(folder: Path, name: str, raw: bytes) -> Path:
    path = folder / name
    path.write_bytes(raw)
    return path


def read_damaged(
    folder: Path, name: str, raw: bytes, read: Callable[[Path], tuple[T, list[Problem]]]
) -> tuple[T, int]:
    """``read`` of ``raw`` written as ``folder/name``, in bounded time, its problems checked:
    what it read and the file's line count."""
    path = written(folder, name, raw)
    result, problems = within_bounds(lambda: read(path), len(raw))
    lines = line_count(raw)
    assert_reported(problems, path, lines)
    return result, lines


@cache
def real_deck() -> tuple[dict, dict[str, Quiz]]:
    from teachin.content.gift import load_quiz_dir

    series, _ = load_series_dir(REPO / "assets" / "data")
    quizzes, _ = load_quiz_dir(REPO / "quizzes")
    return series, quizzes


# -- GIFT ------------------------------------------------------------------------------------


def assert_sane_quiz(quiz: Quiz, lines: int) -> None:
    assert quiz.time_limit is None or 1 <= quiz.time_limit <= 24 * 60 * 60
    assert len({q.name for q in quiz.questions}) == len(quiz.questions)
    for question in quiz.questions:
        assert 1 <= question.line <= lines
        assert all(-1 <= choice.fraction <= 1 for choice in question.choices)
        for number in question.numbers:
            assert -1 <= number.fraction <= 1
            assert 0 <= number.tolerance <= NUMBER_LIMIT
            assert number.value is None or abs(number.value) <= NUMBER_LIMIT
            number.accepts(1e300)  # the kiosk's check of an answer: finite arithmetic


@FUZZ
@given(raw=file_bytes("quizzes/*.gift", gift_lines))
def test_gift_any_bytes(tmp_path: Path, raw: bytes):
    quiz, lines = read_damaged(tmp_path, "checkpoint-fuzz.gift", raw, read_quiz_file)
    if quiz is not None:
        assert_sane_quiz(quiz, lines)


# -- slide modules and the chart blocks in them ----------------------------------------------


def assert_chart(part: ChartPart, path: Path, lines: int) -> None:
    """A chart block: problems at its line, or data that draws (finite, in display units)."""
    series, quizzes = real_deck()
    problems = check_chart(part, series, quizzes, path)
    assert_reported(problems, path, lines)
    if problems or not part.kind:
        return
    data = chart_data(part, series, quizzes)
    for trace in data.traces:
        assert all(math.isfinite(v) for v in trace.x + trace.y), trace
        assert all(data.readout(trace.label, v) for v in trace.y[:1])
    data.ratios()
    if data.whatif is not None:
        for change in (data.whatif.low, data.whatif.at, data.whatif.high):
            data.whatif.readout(change)


@FUZZ
@given(raw=file_bytes("slides/*.md", slide_lines))
def test_slide_module_any_bytes(tmp_path: Path, raw: bytes):
    module, lines = read_damaged(tmp_path, "04-fuzz.md", raw, load_module)
    assert module.slides and 0 <= module.minutes <= MAX_MINUTES
    for slide in module.slides:
        assert 1 <= slide.line <= lines
        for part in slide.parts:
            assert 1 <= part.line <= lines
        for chart in slide.charts:
            within_bounds(lambda c=chart: assert_chart(c, module.path, lines), len(raw))


@settings(FUZZ, max_examples=60 * EXAMPLES)
@given(raw=file_bytes("slides/*.md", slide_lines))
def test_whole_deck_with_a_damaged_module(tmp_path: Path, raw: bytes):
    # The checks across files too: chart and quiz blocks against the deck's quizzes and data.
    for part in ("quizzes", "assets"):
        if not (tmp_path / part).exists():
            (tmp_path / part).symlink_to(REPO / part)
    (tmp_path / "slides").mkdir(exist_ok=True)
    written(tmp_path / "slides", "04-fuzz.md", raw)
    deck = within_bounds(lambda: load_deck(tmp_path), len(raw) + 500_000)
    assert any(m.path.name == "04-fuzz.md" for m in deck.modules)
    for problem in deck.problems:
        assert_reported([problem], problem.path, line_count(problem.path.read_bytes()))


def option_values(key: str) -> st.SearchStrategy[str]:
    """Values a chart key might hold: the deck's own names and years, damaged or not."""
    series, quizzes = real_deck()
    names = st.sampled_from(sorted(series))
    years = st.sampled_from(["1990", "2015", "2017", "2019", "2020", "²", "9" * 5000, "-1"])
    weird = st.one_of(st.sampled_from(TOKENS), st.text(max_size=20))
    joined = {
        "series": st.lists(st.one_of(names, weird), min_size=1, max_size=3).map(", ".join),
        "years": st.lists(st.one_of(years, weird), min_size=1, max_size=3).map(", ".join),
        "items": st.lists(
            st.tuples(names, st.one_of(years, weird, st.sampled_from(["a", "net"]))).map(":".join),
            max_size=4,
        ).map(", ".join),
        "slider": st.tuples(weird, years, years).map(lambda t: f"{t[0]}, -{t[1]}..{t[2]} %"),
        "quiz": st.one_of(st.sampled_from(sorted(quizzes)), weird),
        "question": st.one_of(
            st.sampled_from([q.name for quiz in quizzes.values() for q in quiz.questions]),
            weird,
        ),
    }
    return st.one_of(joined.get(key, weird), years, weird)


@st.composite
def chart_blocks(draw: st.DrawFn) -> ChartPart:
    kind = draw(st.one_of(st.sampled_from(KINDS), st.sampled_from(TOKENS)))
    keys = draw(st.lists(st.sampled_from(COMMON[1:] + KEYS.get(kind, ("zz",))), unique=True))
    options = {"kind": kind} | {key: draw(option_values(key)) for key in keys}
    return ChartPart(options, line=draw(st.integers(1, 40)))


@FUZZ
@given(part=chart_blocks())
def test_chart_block_any_options(part: ChartPart):
    within_bounds(lambda: assert_chart(part, Path("slides/04-fuzz.md"), 40), 1024)


# -- CSV data series -------------------------------------------------------------------------


@FUZZ
@given(raw=file_bytes("assets/data/*.csv", csv_lines))
def test_csv_series_any_bytes(tmp_path: Path, raw: bytes):
    series, lines = read_damaged(tmp_path, "fuzz.csv", raw, load_series)
    path = series.path
    for row in series.rows:
        assert 1 <= row.line <= lines and 0 <= row.year <= 9999
        assert abs(base_value(row)) <= VALUE_LIMIT and row.unit and row.source
    if series.rows:  # every chart over it either draws or says why
        for options in (
            {"kind": "line", "series": "fuzz"},
            {"kind": "bars", "series": "fuzz"},
            {"kind": "magnitude", "items": f"fuzz:{series.rows[0].year}, fuzz:2020"},
            {"kind": "what-if", "series": "fuzz", "year": "2015", "slider": "x, -50..50 %"},
        ):
            part = ChartPart(options, line=1)
            _, quizzes = real_deck()
            found = check_chart(part, {"fuzz": series}, quizzes, path)
            if not found:
                data = chart_data(part, {"fuzz": series})
                assert all(math.isfinite(v) for t in data.traces for v in t.y)


# -- the room chart: answers participants typed ----------------------------------------------


@FUZZ
@given(
    answers=st.lists(st.one_of(st.floats(), st.text(max_size=5), st.none()), max_size=50),
    truth=st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
)
def test_room_histogram_any_answers(answers: list, truth: float | None):
    numbers = numbers_of(answers)
    found = histogram(numbers, truth)
    assert sum(found.counts) == len(numbers) == found.total
    assert all(math.isfinite(edge) for edge in found.edges)
    assert found.median is None or math.isfinite(found.median)
    labels, counts = choice_counts(answers, ("a", "b"))
    assert sum(counts) == sum(answer is not None for answer in answers)
    assert labels[:2] == ("a", "b") and len(labels) == len(counts)
