"""Chart blocks, pure: check a ```chart block and compute what it shows (no Qt).

``check_chart`` reports problems as ``path:line: message``; ``chart_data`` turns a valid block
into a ``ChartData``: the numbers to plot (already in display units), labels, units, sources.
The Qt widgets in ``teachin.charts`` only draw what is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from teachin.content.data import (
    Row,
    Series,
    display_scale,
    format_exact,
    format_value,
    short_unit,
    split_unit,
)
from teachin.content.model import ChartPart, Problem
from teachin.content.room_chart import ROOM_KINDS
from teachin.content.text_file import one_line, quoted, shortened
from teachin.i18n import translate

KINDS = ("line", "bars", "grouped-bars", "magnitude", "what-if", "room")
COMMON = ("kind", "title", "note")
KEYS: dict[str, tuple[str, ...]] = {
    "line": ("series", "labels", "from", "to"),
    "bars": ("series", "year", "category"),
    "grouped-bars": ("series", "years", "labels"),
    "magnitude": ("items", "labels"),
    "what-if": ("series", "year", "labels", "slider", "at"),
    "room": ("quiz", "question"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "line": ("series",),
    "bars": ("series",),
    "grouped-bars": ("series", "years"),
    "magnitude": ("items",),
    "what-if": ("series", "year", "slider"),
    "room": ("quiz", "question"),
}
CATEGORY_GUESS = ("region", "country", "metric")
# Plain ASCII numbers of sane size: `\d` and int() also take other scripts' digits, and int()
# refuses over 4,300 digits with a ValueError.
_SLIDER = re.compile(
    r"^(?P<name>[^,]+),\s*+(?P<lo>[-+]?[0-9]{1,6}(?:\.[0-9]{1,6})?)\s*+\.\.\s*+"
    r"(?P<hi>[-+]?[0-9]{1,6}(?:\.[0-9]{1,6})?)\s*+%$"
)
_YEAR = re.compile(r"[-+]?[0-9]{1,6}")


class ChartError(ValueError):
    """A chart block that cannot be drawn; the message is meant for the author."""


@dataclass(frozen=True)
class Trace:
    """One named set of points. ``y`` is in display units (CSV value / ChartData.scale)."""

    label: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    text: tuple[str, ...] = ()  # each value as the CSV gives it, e.g. "431.6 billion US$"


@dataclass(frozen=True)
class WhatIf:
    """A slider applying a percentage change to the first figure; the others stay as references."""

    name: str
    low: float
    high: float
    at: float
    year: int
    labels: tuple[str, ...]  # first: the figure that changes; then the references
    values: tuple[float, ...]  # display units, at a change of 0 %
    unit: str
    decimals: int = 2  # one precision for every figure the chart shows (see label_decimals)

    def values_at(self, change: float) -> tuple[float, ...]:
        return (self.values[0] * (1 + change / 100), *self.values[1:])

    def readout(self, change: float) -> str:
        now = self.values_at(change)[0]
        difference = now - self.values[0]
        unit, d = short_unit(self.unit), self.decimals
        if self.unit.startswith("%"):  # a change in a share is in points, not per cent
            moved = f"{format_fixed(difference, d, signed=True)} percentage points"
        else:
            moved = f"{format_fixed(difference, d, signed=True)} {unit}"
        text = (
            f"{self.name} {format_fixed(change, 0, signed=True)} %: {self.labels[0]} "
            f"{format_fixed(self.values[0], d)} {unit} → {format_fixed(now, d)} {unit} "
            f"({moved})"
        )
        for label, ref in zip(self.labels[1:], self.values[1:], strict=True):
            if ref:
                text += f"; {now / ref:.1f}× {label}"
        return text


@dataclass(frozen=True)
class ChartData:
    kind: str
    title: str
    note: str
    unit: str  # display unit of the value axis, e.g. "million persons"
    scale: float  # plotted value = CSV value / scale
    sources: tuple[str, ...]
    units: tuple[str, ...] = ()  # the CSVs' full unit texts, shown under the chart
    traces: tuple[Trace, ...] = ()
    categories: tuple[str, ...] = ()  # bar labels (bars, grouped-bars by year, magnitude)
    whatif: WhatIf | None = None
    quiz: str = ""
    question: str = ""
    decimals: int = 2  # for every value label: one precision per chart (see label_decimals)

    def label(self, value: float) -> str:
        """A value label without its unit, at the chart's one precision: "18.3", "−2.0"."""
        return format_fixed(value, self.decimals)

    def readout(self, label: str, value: float) -> str:
        return f"{label}: {format_value(value, self.unit)}"

    def ratios(self) -> tuple[str, ...]:
        """For a magnitude chart: how many times each smaller item fits into the largest."""
        values = self.traces[0].y if self.traces else ()
        if self.kind != "magnitude" or not values or min(values) <= 0:
            return ()
        top = max(range(len(values)), key=values.__getitem__)
        return tuple(
            f"{self.categories[top]} = {values[top] / v:,.0f} × {label}"
            for label, v in zip(self.categories, values, strict=True)
            if v != values[top]
        )


def options_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def check_chart(
    part: ChartPart, series: Mapping[str, Series], quizzes: Mapping[str, object], path: Path
) -> list[Problem]:
    """Every problem with one chart block (empty when ``chart_data`` will succeed)."""
    kind = part.kind
    if not kind:
        return []  # the slide loader already reports a block without a kind
    if kind not in KINDS:
        return [
            Problem(
                path,
                part.line,
                translate("content", "unknown chart kind {quoted} (kinds: {names})").format(
                    quoted=quoted(kind), names=", ".join(KINDS)
                ),
            )
        ]
    problems = []
    allowed = COMMON + KEYS[kind]
    for key in part.options:
        if key not in allowed:
            message = f"unknown key '{key}' for a {kind} chart (keys: {', '.join(allowed)})"
            problems.append(Problem(path, part.line, message))
    for key in REQUIRED[kind]:
        if not part.options.get(key, "").strip():
            problems.append(
                Problem(
                    path,
                    part.line,
                    translate("content", "a {kind} chart needs '{key}: ...'").format(
                        kind=kind, key=key
                    ),
                )
            )
    if problems:
        return problems
    try:
        chart_data(part, series, quizzes)
    except ChartError as error:  # its message may quote what the author wrote: keep one line
        problems.append(Problem(path, part.line, one_line(str(error))))
    return problems


def chart_data(
    part: ChartPart, series: Mapping[str, Series], quizzes: Mapping[str, object] | None = None
) -> ChartData:
    """What the chart shows. Raises ChartError with an author-readable message."""
    builder = {
        "line": _line,
        "bars": _bars,
        "grouped-bars": _grouped,
        "magnitude": _magnitude,
        "what-if": _what_if,
        "room": _room,
    }.get(part.kind)
    if builder is None:
        raise ChartError(translate("content", "unknown chart kind '{kind}'").format(kind=part.kind))
    return builder(part.options, series, quizzes or {})


# --- helpers -------------------------------------------------------------------------------------


def _series(series: Mapping[str, Series], name: str) -> Series:
    if name not in series:
        import difflib  # only for a mistyped name: not at start-up

        # (difflib's time grows with the product of the lengths: a long name gets no hint)
        long = len(name) > 200
        close = [] if long else difflib.get_close_matches(name, list(series), n=2, cutoff=0.5)
        said = translate("content", "; did you mean {names}?")
        hint = said.format(names=translate("content", " or ").join(close)) if close else ""
        shown = shortened(name)
        raise ChartError(
            translate(
                "content", "unknown series '{shown}' (no assets/data/{shown}.csv{hint})"
            ).format(shown=shown, hint=hint)
        )
    found = series[name]
    if not found.rows:
        where = found.path.name if found.path.name else f"{name}.csv"
        raise ChartError(
            translate(
                "content", "series '{name}' has no usable rows (see the problems in {where})"
            ).format(name=name, where=where)
        )
    return found


def _int(options: Mapping[str, str], key: str, text: str | None = None) -> int:
    value = options.get(key, "") if text is None else text
    if not _YEAR.fullmatch(value.strip()):
        raise ChartError(
            translate("content", "'{key}: {shortened}' is not a whole year").format(
                key=key, shortened=shortened(value)
            )
        )
    return int(value.strip())


def _labels(options: Mapping[str, str], defaults: list[str]) -> list[str]:
    text = options.get("labels", "")
    # Labels may hold commas ("Remittances in, 2015"): then separate them with semicolons.
    labels = (
        [x.strip() for x in text.split(";") if x.strip()] if ";" in text else options_list(text)
    )
    if labels and len(labels) != len(defaults):
        raise ChartError(
            translate(
                "content", "'labels' names {count} item(s) but the chart has {expected}"
            ).format(count=len(labels), expected=len(defaults))
        )
    return labels or defaults


def _one_unit(rows: list[Row], what: str) -> str:
    """The base unit all rows share ("US$" for both "billion US$" and "trillion US$")."""
    bases = sorted({split_unit(row.unit)[1] for row in rows})
    if len(bases) > 1:
        raise ChartError(
            translate("content", "{what} mixes units ({names}): one chart, one unit").format(
                what=what, names=" / ".join(bases)
            )
        )
    return bases[0]


def base_value(row: Row) -> float:
    """The row's value in its base unit: 16.3 "trillion US$" -> 1.63e13."""
    return row.value * split_unit(row.unit)[0]


def _make(
    kind: str,
    options: Mapping[str, str],
    rows: list[Row],
    traces: tuple[Trace, ...],
    categories: tuple[str, ...] = (),
    whatif: WhatIf | None = None,
) -> ChartData:
    """The ChartData for ``rows`` (all in one base unit), with its sources and units."""
    if not rows:  # e.g. "series: ," or "years: ,": a list with nothing in it
        raise ChartError(
            translate(
                "content", "this {kind} chart names no series, years or items to show"
            ).format(kind=kind)
        )
    scale, shown = _scaled(rows, _one_unit(rows, f"this {kind} chart"))
    traces = tuple(replace(t, y=tuple(v / scale for v in t.y)) for t in traces)
    if whatif is not None:
        whatif = replace(whatif, values=tuple(v / scale for v in whatif.values), unit=shown)
    decimals = label_decimals(
        max((abs(y) for t in traces for y in t.y), default=0.0),
        # the CSV's own digits count only where it counts in the unit shown
        max(_decimals_given(r.value) for r in rows)
        if all(split_unit(r.unit)[0] == scale for r in rows)
        else None,
    )
    if whatif is not None:
        whatif = replace(whatif, decimals=decimals)
    title, note = options.get("title", ""), options.get("note", "")
    sources = tuple(dict.fromkeys(row.source for row in rows))
    units = tuple(dict.fromkeys(row.unit for row in rows))
    return ChartData(
        kind,
        title,
        note,
        shown,
        scale,
        sources,
        units,
        traces,
        categories,
        whatif,
        decimals=decimals,
    )


def label_decimals(largest: float, given: int | None = None) -> int:
    """Decimals for a chart's value labels, the same for all of them: about three significant
    digits of the largest value (18.3 beside 5.2, not 18.325 beside 5.2), never more than the
    CSV gives (``given``; 76 million stays 76, not 76.0)."""
    wanted = 0 if largest >= 100 else 1 if largest >= 10 else 2
    return wanted if given is None else min(wanted, given)


def _decimals_given(value: float) -> int:
    text = repr(value)
    return 0 if value.is_integer() or "e" in text else len(text.split(".")[1])


def format_fixed(value: float, decimals: int, signed: bool = False) -> str:
    """``value`` with ``decimals`` digits, thousands separated, one minus sign (U+2212)."""
    text = f"{value:,.{decimals}f}"
    if float(text.replace(",", "")) == 0:
        text = text.lstrip("-")  # never "−0.0"
    elif signed and value > 0:
        text = "+" + text
    return text.replace("-", "−")


def _trace(label: str, rows: list[Row], x: list[float] | None = None) -> Trace:
    """Values in base units (divided by the display scale in ``_make``)."""
    xs = x if x is not None else [float(i) for i in range(len(rows))]
    text = tuple(format_exact(r.value, r.unit) for r in rows)
    return Trace(label, tuple(xs), tuple(base_value(r) for r in rows), text)


def _row_for(found: Series, year: int) -> Row:
    rows = [row for row in found.rows if row.year == year]
    if not rows:
        years = ", ".join(str(y) for y in found.years)
        raise ChartError(
            translate("content", "series '{name}' has no row for {year} (years: {years})").format(
                name=found.name, year=year, years=years
            )
        )
    if len(rows) > 1:
        raise ChartError(
            translate(
                "content", "series '{name}' has {count} rows for {year}: use a bars chart"
            ).format(name=found.name, count=len(rows), year=year)
        )
    return rows[0]


def _scaled(rows: list[Row], base: str) -> tuple[float, str]:
    return display_scale(max(abs(base_value(row)) for row in rows), base)


# --- one builder per kind ------------------------------------------------------------------------


def _line(options: Mapping[str, str], series: Mapping[str, Series], _q: object) -> ChartData:
    names = options_list(options["series"])
    first = _int(options, "from") if options.get("from") else None
    last = _int(options, "to") if options.get("to") else None
    chosen: list[list[Row]] = []
    for name in names:
        found = _series(series, name)
        if len({found.category(r) for r in found.rows}) > 1:
            columns = ", ".join(found.category_columns)
            raise ChartError(
                translate(
                    "content", "series '{name}' has categories ({columns}): use a bars chart"
                ).format(name=name, columns=columns)
            )
        rows = [r for r in found.rows if (first or r.year) <= r.year <= (last or r.year)]
        if len(rows) < 2:
            raise ChartError(
                translate(
                    "content", "series '{name}' has fewer than two rows in the years chosen"
                ).format(name=name)
            )
        chosen.append(rows)
    labels = _labels(options, names)
    traces = tuple(
        _trace(label, rows, [float(r.year) for r in rows])
        for label, rows in zip(labels, chosen, strict=True)
    )
    return _make("line", options, [r for rows in chosen for r in rows], traces)


def _bars(options: Mapping[str, str], series: Mapping[str, Series], _q: object) -> ChartData:
    names = options_list(options["series"])
    if len(names) != 1:
        raise ChartError(
            translate(
                "content", "a bars chart takes one series (use grouped-bars to compare several)"
            )
        )
    found = _series(series, names[0])
    rows = list(found.rows)
    if options.get("year"):
        year = _int(options, "year")
        rows = [r for r in rows if r.year == year]
        if not rows:
            raise ChartError(
                translate("content", "series '{name}' has no rows for {year}").format(
                    name=found.name, year=year
                )
            )
    column = options.get("category", "").strip()
    if column and column not in found.columns:
        columns = ", ".join(found.columns)
        raise ChartError(
            translate(
                "content", "series '{name}' has no column '{column}' (columns: {columns})"
            ).format(name=found.name, column=column, columns=columns)
        )
    column = column or next((c for c in CATEGORY_GUESS if c in found.columns), "year")
    labels = tuple(str(r.year) if column == "year" else r.extra.get(column, "") for r in rows)
    if len(set(labels)) != len(labels):
        raise ChartError(
            translate(
                "content", "'{column}' repeats within the rows shown: pick one year with 'year:'"
            ).format(column=column)
        )
    return _make("bars", options, rows, (_trace(found.name, rows),), labels)


def _grouped(options: Mapping[str, str], series: Mapping[str, Series], _q: object) -> ChartData:
    names = options_list(options["series"])
    years = [_int(options, "years", text) for text in options_list(options["years"])]
    picked = [[_row_for(_series(series, name), year) for year in years] for name in names]
    labels = _labels(options, names)
    traces = tuple(_trace(label, rows) for label, rows in zip(labels, picked, strict=True))
    every = [r for rows in picked for r in rows]
    return _make("grouped-bars", options, every, traces, tuple(str(y) for y in years))


def _magnitude(options: Mapping[str, str], series: Mapping[str, Series], _q: object) -> ChartData:
    rows: list[Row] = []
    defaults: list[str] = []
    for item in options_list(options["items"]):
        name, _, key = (part.strip() for part in item.partition(":"))
        if not key:
            raise ChartError(
                translate(
                    "content", "item '{item}' should be series:KEY (a year or a metric)"
                ).format(item=item)
            )
        found = _series(series, name)
        if _YEAR.fullmatch(key):  # not str.isdigit(): it takes '²', which int() refuses
            row = _row_for(found, int(key))
        else:
            match = [r for r in found.rows if key in r.extra.values()]
            if len(match) != 1:
                raise ChartError(
                    translate("content", "series '{name}' has {count} rows named '{key}'").format(
                        name=found.name, count=len(match), key=key
                    )
                )
            row = match[0]
        rows.append(row)
        defaults.append(row.extra.get("metric") or f"{found.name} {row.year}")
    if len(rows) < 2:
        raise ChartError(translate("content", "a magnitude chart compares at least two items"))
    labels = tuple(_labels(options, defaults))
    return _make("magnitude", options, rows, (_trace("magnitude", rows),), labels)


def _what_if(options: Mapping[str, str], series: Mapping[str, Series], _q: object) -> ChartData:
    names = options_list(options["series"])
    year = _int(options, "year")
    rows = [_row_for(_series(series, name), year) for name in names]
    match = _SLIDER.match(options["slider"].strip())
    if not match:
        raise ChartError(
            translate("content", "'slider: {value}' should be 'NAME, MIN..MAX %'").format(
                value=options["slider"]
            )
        )
    low, high = float(match["lo"]), float(match["hi"])
    if low >= high:
        raise ChartError(
            translate(
                "content", "slider range {low:g}..{high:g} is empty: MIN must be below MAX"
            ).format(low=low, high=high)
        )
    default = 0.0 if low <= 0 <= high else low
    try:
        at = float(options["at"]) if options.get("at", "").strip() else default
    except ValueError:
        raise ChartError(
            translate("content", "'at: {value}' is not a number").format(value=options["at"])
        ) from None
    if not low <= at <= high:
        raise ChartError(
            translate(
                "content", "'at: {at:g}' is outside the slider range {low:g}..{high:g}"
            ).format(at=at, low=low, high=high)
        )
    labels = tuple(_labels(options, names))
    values = tuple(base_value(r) for r in rows)
    whatif = WhatIf(match["name"].strip(), low, high, at, year, labels, values, "")
    return _make("what-if", options, rows, (_trace("what-if", rows),), labels, whatif)


def _room(options: Mapping[str, str], _s: object, quizzes: Mapping[str, object]) -> ChartData:
    quiz_name, question = options["quiz"].strip(), options["question"].strip()
    quiz = quizzes.get(quiz_name)
    if quiz is None:
        known = ", ".join(sorted(quizzes)) or "none yet"
        raise ChartError(
            translate("content", "unknown quiz '{quiz_name}' (quizzes: {known})").format(
                quiz_name=quiz_name, known=known
            )
        )
    found = next((q for q in getattr(quiz, "questions", ()) if q.name == question), None)
    if found is None:
        raise ChartError(
            translate("content", "quiz '{quiz_name}' has no question '{question}'").format(
                quiz_name=quiz_name, question=question
            )
        )
    if found.kind not in ROOM_KINDS:
        kinds = ", ".join(ROOM_KINDS)
        raise ChartError(
            translate(
                "content", "question '{question}' is {kind}: a room chart shows {kinds}"
            ).format(question=question, kind=found.kind, kinds=kinds)
        )
    title, note = options.get("title", ""), options.get("note", "")
    return ChartData("room", title, note, "", 1.0, (), quiz=quiz_name, question=question)
