"""Data series: one CSV per series in ``assets/data/``, every row with its source.

Required columns ``year,value,unit,source``; optional ``confidence`` and any category columns
(``region``, ``country``, ``metric``, ...). A ``note`` column is free text, not a category.
Bad rows are reported as ``path:line: message`` and left out; the rest of the file still loads.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from teachin.content.model import Problem
from teachin.content.text_file import one_line, quoted, read_text
from teachin.i18n import number_text, translate

# The deck's own words are English for now (issue 10), so its charts write numbers the English
# way whatever the interface speaks: "1,400.5 persons", never "1 400,5 persons".
DECK_LANGUAGE = "en"

REQUIRED = ("year", "value", "unit", "source")
# Plain decimal numbers only: float() would also take "nan", "inf", "1_000" and other scripts'
# digits. Values stay within ±1e100 in their base unit ("trillion US$" counted in US$), far
# beyond any statistic and far from float overflow when charts scale and compare them.
_YEAR = re.compile(r"[0-9]{1,4}")
_NUMBER = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
VALUE_LIMIT = 1e100
STANDARD = (*REQUIRED, "confidence")
NOT_CATEGORY = ("note",)  # free-text columns that do not split a file into categories


@dataclass(frozen=True)
class Row:
    year: int
    value: float
    unit: str
    source: str
    confidence: str
    extra: Mapping[str, str] = field(hash=False)  # category and note columns, by header name
    line: int = 0


@dataclass(frozen=True)
class Series:
    """One CSV file: ``name`` is its stem, used by chart blocks as ``series: name``."""

    name: str
    path: Path
    rows: tuple[Row, ...]
    columns: tuple[str, ...] = ()

    @property
    def category_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in STANDARD and c not in NOT_CATEGORY)

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({row.year for row in self.rows}))

    def value_at(self, year: int) -> Row | None:
        """The first row of ``year`` (for files with one row per year)."""
        return next((row for row in self.rows if row.year == year), None)

    def category(self, row: Row) -> tuple[str, ...]:
        return tuple(row.extra.get(c, "") for c in self.category_columns)


def load_series_dir(directory: Path) -> tuple[dict[str, Series], list[Problem]]:
    """Every ``*.csv`` in ``directory`` by stem, plus every problem found. Never raises."""
    series: dict[str, Series] = {}
    problems: list[Problem] = []
    if not directory.is_dir():
        return series, problems
    for path in sorted(directory.glob("*.csv")):
        loaded, found = load_series(path)
        problems.extend(found)
        series[loaded.name] = loaded
    return series, problems


def load_series(path: Path) -> tuple[Series, list[Problem]]:
    """One CSV file. A file unusable as a whole gives a series with no rows (so a chart naming
    it says "no usable rows" rather than "unknown series") and the problem that explains why."""
    series, problems = _load_series(path)
    return series, [problem._replace(message=one_line(problem.message)) for problem in problems]


def _load_series(path: Path) -> tuple[Series, list[Problem]]:
    empty = Series(path.stem, path, ())
    text, unreadable = read_text(path)
    if text is None:
        return empty, [unreadable]
    # newline="": the csv module splits lines itself (quoted fields may hold line breaks), at
    # \n, \r\n and \r only, so its line numbers are an editor's.
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        return empty, [
            Problem(
                path,
                1,
                translate("content", "empty file: expected a header year,value,unit,source"),
            )
        ]
    except csv.Error as error:
        return empty, [
            Problem(
                path, 1, translate("content", "not a readable CSV: {error}").format(error=error)
            )
        ]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        return empty, [
            Problem(
                path,
                1,
                translate("content", "missing column(s): {names}").format(names=", ".join(missing)),
            )
        ]
    duplicated = sorted(name for name, count in Counter(header).items() if count > 1)
    if duplicated:
        return empty, [
            Problem(
                path,
                1,
                translate("content", "column(s) named twice: {names}").format(
                    names=", ".join(duplicated)
                ),
            )
        ]

    problems: list[Problem] = []
    rows: list[Row] = []
    line = 1
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # e.g. a field over csv's size limit: the next row goes on
            problems.append(
                Problem(
                    path,
                    start,
                    translate("content", "not a readable CSV row: {error}").format(error=error),
                )
            )
            continue
        line = start
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are allowed
        row, message = _parse_row(header, cells, line)
        if message:
            problems.append(Problem(path, line, message))
        if row is not None:
            rows.append(row)

    result = Series(path.stem, path, tuple(rows), tuple(header))
    problems.extend(_check_order(result))
    if not rows and not problems:
        problems.append(Problem(path, 1, translate("content", "no data rows under the header")))
    return result, problems


def _parse_row(header: list[str], cells: list[str], line: int) -> tuple[Row | None, str]:
    if len(cells) != len(header):
        return None, f"{len(cells)} fields, but the header has {len(header)}"
    cell = {name: value.strip() for name, value in zip(header, cells, strict=True)}
    if not _YEAR.fullmatch(cell["year"]):
        return None, f"year {quoted(cell['year'])} is not a whole number from 0 to 9999"
    year = int(cell["year"])
    if not _NUMBER.fullmatch(cell["value"]):
        return None, f"value {quoted(cell['value'])} is not a number"
    value = float(cell["value"])
    if not cell["source"]:
        return None, "row has no source: every figure needs one"
    if not cell["unit"]:
        return None, "row has no unit"
    if not abs(value * split_unit(cell["unit"])[0]) <= VALUE_LIMIT:
        return None, f"value {quoted(cell['value'])} is too large: keep within ±1e100"
    extra = {name: cell[name] for name in header if name not in STANDARD}
    row = Row(year, value, cell["unit"], cell["source"], cell.get("confidence", ""), extra, line)
    return row, ""


def _check_order(series: Series) -> list[Problem]:
    """Within one category (or the whole file), years increase with no repeats."""
    problems = []
    last: dict[tuple[str, ...], Row] = {}
    for row in series.rows:
        key = series.category(row)
        before = last.get(key)
        label = f" for {', '.join(k for k in key if k)}" if any(key) else ""
        if before is not None and row.year == before.year:
            message = f"year {row.year} repeated{label} (first on line {before.line})"
            problems.append(Problem(series.path, row.line, message))
        elif before is not None and row.year < before.year:
            message = f"year {row.year} comes after {before.year}{label}: sort the rows by year"
            problems.append(Problem(series.path, row.line, message))
        last[key] = row
    return problems


# --- units ---------------------------------------------------------------------------------------

SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def short_unit(unit: str) -> str:
    """The unit without its explanation in brackets: "million persons (rounded)" -> "million
    persons"."""
    return unit.split("(", 1)[0].strip() or unit.strip()


def split_unit(unit: str) -> tuple[float, str]:
    """(multiplier, base unit): "trillion US$ (cumulative)" -> (1e12, "US$"); "current" is a
    price basis, not a different unit."""
    words = short_unit(unit).split(",", 1)[0].split()  # "persons, end of year" -> persons
    factor = 1.0
    if words and words[0].lower() in SCALE_WORDS:
        factor = SCALE_WORDS[words.pop(0).lower()]
    return factor, " ".join(w for w in words if w.lower() != "current")


def display_scale(largest: float, unit: str) -> tuple[float, str]:
    """(divisor, shown unit) so big raw counts read as e.g. "281.0 million persons"."""
    if split_unit(unit)[0] != 1.0:
        return 1.0, unit  # the CSV already counts in millions, billions, ...
    for word, factor in reversed(SCALE_WORDS.items()):
        if abs(largest) >= factor and word != "thousand":
            return factor, f"{word} {unit}"
    return 1.0, unit


def format_number(value: float, signed: bool = False, language: str | None = None) -> str:
    """``value`` to three significant figures or so, grouped ("1,400", "2.50"), in
    ``language``'s way ("1 400", "2,50" in French); by default the interface's."""
    size = abs(value)
    digits = 0 if size >= 100 else 1 if size >= 10 else 2 if size >= 0.01 or size == 0 else 4
    text = f"{value:,.{digits}f}"
    text = f"+{text}" if signed and value > 0 else text.replace("-", "−")
    return number_text(text, language)


def format_exact(value: float, unit: str) -> str:
    """A CSV value with every digit it was given: "431.6 billion US$", "247,958,644 persons"."""
    number = f"{int(value):,}" if value.is_integer() else f"{value:,}"
    return f"{number.replace('-', '−')} {short_unit(unit)}".strip()


def format_value(value: float, unit: str, signed: bool = False) -> str:
    """A value with its short unit, for labels and readouts: "10.18 % of GDP"."""
    return f"{format_number(value, signed, DECK_LANGUAGE)} {short_unit(unit)}".strip()
