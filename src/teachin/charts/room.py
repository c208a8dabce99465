"""The room chart: how the people in the room answered one quiz question, live.

``answers(quiz, question)`` returns the stored answers (numbers for an estimate, choice texts
for a choice or poll). ``refresh()`` reads them again and moves the same bars; ``reveal()``
marks the true figure. Until then the axis is set by the answers alone, so it gives nothing away.
A choice question's bars are rows like a bars chart's (charts.kinds): each choice named beside
its bar at the axis numbers' size, its count at the bar's end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import product

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from teachin.charts.base import ChartWidget, font, text_item
from teachin.charts.kinds import BELOW_ZERO, ROW_BAR_H, fit_values, name_rows
from teachin.content.charts import ChartData
from teachin.content.data import format_number
from teachin.content.room_chart import (
    Histogram,
    RoomQuestion,
    choice_counts,
    choice_words,
    histogram,
    numbers_of,
)
from teachin.i18n import QT_TRANSLATE_NOOP, Texts, count_text, number_text, translate
from teachin.theme import Theme

Answers = Callable[[str, str], Sequence[object]]
TEXT = Texts(
    "RoomChart",
    {
        "right": QT_TRANSLATE_NOOP("RoomChart", "  ✓ right"),  # after the right choice's name
        "waiting": QT_TRANSLATE_NOOP("RoomChart", "Waiting for the room's answers…"),
        # Said over an empty chart once the answer is out (or on paper, where nobody is waiting).
        "nobody": QT_TRANSLATE_NOOP("RoomChart", "Nobody answered this question"),
    },
)


def answer_count(count: int) -> str:
    if count == 1:
        return translate("RoomChart", "1 answer")
    return translate("RoomChart", "{count} answers").format(count=count_text(count))


class RoomChart(ChartWidget):
    duration_ms = 900

    def __init__(
        self,
        data: ChartData,
        theme: Theme,
        question: RoomQuestion,
        answers: Answers | None = None,
        truth: float | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.question = question
        self.answers = answers or (lambda quiz, name: ())
        self.truth = truth if truth is not None else question.truth
        self.right = (str(truth),) if isinstance(truth, str) else question.right
        self.revealed = False
        self.paper = False  # printed: the final state, no waiting
        self.counts = np.zeros(0)
        self._label_px = 20.0  # count labels' type, set with the other sizes
        self._row_px = 0.0  # a choice row's height (0 until laid out)
        self._counts_fit, self._gap = False, 0.0  # choices: counts shown, their gap (data units)
        self._counts_shown = False  # the animation has ended: counts may show
        self.names: list[str] = []  # choices: the names beside the bars, as shown
        self._reserved_right: tuple[str, ...] = ()  # the right choices the names' column fits
        self.hist: Histogram | None = None  # numeric questions: the bins shown
        self.value_axis = "left" if question.numeric else "bottom"
        super().__init__(data, theme, parent)
        if not data.title:
            self.title.setText(question.text)
            self.title.setVisible(bool(question.text))

    # --- public -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the answers again and show them (keeps the animation's progress)."""
        self._load()
        self._frame(self.t)
        self._show_final_labels(not self.animating)

    def _load(self) -> None:
        stored = self.answers(self.data.quiz, self.data.question)
        if self.question.numeric:
            self._refresh_numbers(numbers_of(stored))
        else:
            labels, counts = choice_counts(stored, self.question.choices)
            self._refresh_choices(labels, np.array(counts, float))
        (x0, x1), (y0, y1) = self.item.vb.viewRange()
        self.waiting.setPos((x0 + x1) / 2, (y0 + y1) / 2)
        empty = not self.counts.sum()
        self.waiting.setVisible(empty)
        said = TEXT["nobody" if self.revealed or self.paper else "waiting"]
        if self.waiting.toPlainText() != said:  # refresh() runs every 2 s: lay out only anew
            self.waiting.setText(said)
        # No numbers on an empty chart, they would mean nothing; but the true figure, once
        # shown, stands on a scale that says where it is.
        scale = self.question.numeric and self.revealed and self.truth is not None
        _show_values(self.item.getAxis("bottom"), not empty or scale)
        if self.question.numeric:
            _show_values(self.item.getAxis("left"), not empty)
        self.item.getAxis(self.value_axis).setLabel(self._axis_title())  # style kept
        self.item.getAxis(self.value_axis).setGrid(False if empty else 60)

    def reveal(self, truth: float | str | None = None) -> None:
        """Mark the true figure (or the right choice). ``truth`` overrides the quiz's."""
        if truth is not None:
            self.truth = truth if self.question.numeric else None
            self.right = (str(truth),) if not self.question.numeric else self.right
        self.revealed = self.truth is not None or bool(self.right)
        self.refresh()

    def conceal(self) -> None:
        """Hide the true figure again (the presenter stepped back)."""
        self.revealed = False
        self.refresh()

    def for_paper(self) -> None:
        """The chart as printed: the answers with the true figure marked, and no one waiting
        for answers that will never come to a sheet of paper."""
        self.paper = True
        self.reveal()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        fg, accent = self.theme.foreground, self.theme.accent
        self.bars = pg.BarGraphItem(
            x0=[], y0=[], width=[], height=[], pen=None, brush=self.colour(1)
        )
        self.item.addItem(self.bars)
        self.truth_line = pg.InfiniteLine(
            angle=90 if self.question.numeric else 0,
            pen=pg.mkPen(accent, width=5),
            label="",
            labelOpts={"color": accent, "position": 0.97, "anchors": [(0, 0), (0, 0)]},
        )
        self.median_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(fg, width=2, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={"color": fg, "position": 0.97, "anchors": [(1, 0), (1, 0)]},
        )
        for line in (self.truth_line, self.median_line):
            line.hide()
            self.item.addItem(line)
        self.waiting = text_item(TEXT["waiting"], fg, (0.5, 0.5), fill=self.theme.background)
        self.waiting.setZValue(10)
        self.item.addItem(self.waiting)
        self.count_labels: list[pg.TextItem] = []
        self.choices: tuple[str, ...] = ()
        for side in ("left", "bottom"):
            local_ticks(self.item.getAxis(side))
        self._load()

    def _ensure_labels(self, n: int) -> None:
        made = len(self.count_labels) < n
        # Over a histogram's bar; after a choice's, on the background (grid lines hidden).
        numeric = self.question.numeric
        anchor, fill = ((0.5, 1), None) if numeric else ((0, 0.5), self.theme.background)
        while len(self.count_labels) < n:
            label = text_item("", self.theme.foreground, anchor, fill=fill)
            self.item.addItem(label)
            self.count_labels.append(label)
        if made:  # new labels take the current type size
            self._resize_items(max(self.height(), 40))

    def _refresh_numbers(self, numbers: list[float]) -> None:
        truth = float(self.truth) if self.revealed and self.truth is not None else None
        if len(numbers) or truth is None:
            hist = histogram(numbers, truth)
        else:  # no answers: the true figure on a scale from zero, as the answers would have
            hist = histogram([0.0, truth], truth)
            hist = Histogram(hist.edges, (0,) * len(hist.counts), 0, None)
        self.hist = hist
        self.counts = np.array(hist.counts, float)
        self.lefts = np.array(hist.edges[:-1], float)
        self.bars.setOpts(x0=self.lefts, width=hist.width * 0.94, y0=0, height=self.counts * self.t)
        self._ensure_labels(len(self.counts))
        for k, label in enumerate(self.count_labels):
            shown = k < len(self.counts) and self.counts[k] > 0
            label.setText(count_text(int(self.counts[k])) if shown else "")
            if shown:
                label.setPos(self.lefts[k] + hist.width / 2, self.counts[k])
        self.item.getAxis("bottom").setTicks(None)
        # Both labels hang from the top, each on the outer side of its line: they never meet.
        truth_left = truth is not None and hist.median is not None and truth < hist.median
        _label_side(self.truth_line, left=truth_left)
        _label_side(self.median_line, left=not truth_left)
        self.median_line.setVisible(hist.median is not None)
        if hist.median is not None:
            self.median_line.setValue(hist.median)
            self.median_line.label.setFormat(
                translate("RoomChart", "room median {n}").format(n=format_number(hist.median))
            )
        self.truth_line.setVisible(truth is not None)
        if truth is not None:
            self.truth_line.setValue(truth)
            self.truth_line.label.setFormat(
                translate("RoomChart", "true figure {n}").format(n=format_number(truth))
            )
        self._set_number_range()  # after the labels' texts: the range leaves room for them
        median = (
            translate("RoomChart", " · median {n}").format(n=format_number(hist.median))
            if hist.median is not None
            else ""
        )
        self.legend.setText(f"{answer_count(hist.total)}{median}")
        self.legend.show()

    def _set_number_range(self) -> None:
        """Room over the tallest bar for its count and, above that, the lines' labels: two
        lines of text, whatever the plot's height in pixels; and room beside each line for
        its label, on its side (one answer, or answers far from the truth, would put a line
        at the plot's edge). The count axis marks whole answers."""
        plot = self.item.vb.height()
        # The labels hang 3 % below the top; a line of Noto is ~1.4 of its size, and the
        # labels' document margins take a few pixels more.
        share = 0.04 + (2 * 1.45 * self._label_px + 8) / plot if plot > 0 else 0.3
        share *= 1 + BELOW_ZERO  # of the whole range, which reaches below zero too
        highest = max(1.0, float(self.counts.max(initial=0)))
        top = highest / (1 - min(0.6, share))
        pad = self.hist.width * 0.5  # the end numbers of the axis stay whole
        low, high = self.hist.edges[0] - pad, self.hist.edges[-1] + pad
        width = self.item.vb.width()
        lines = [line for line in (self.median_line, self.truth_line) if line.isVisible()]
        gap = max(2.0, 0.3 * self._label_px)  # between a label and the plot's edge
        labels = [
            (line.value(), line.label.boundingRect().width() + gap, _hangs_left(line))
            for line in lines
        ]
        fitted = range_for_labels(low, high, labels, width) if width > 0 else None
        for line in lines:  # a preview too small for them drops the labels, not the lines
            line.label.setVisible(fitted is not None or width <= 0)
        # No numbers left of the first bin (set before the range, whose change repaints).
        self.item.getAxis("bottom").floor = self.hist.edges[0]
        self.item.vb.setRange(
            xRange=fitted or (low, high), yRange=(-top * BELOW_ZERO, top), padding=0
        )
        whole_ticks(self.item.getAxis("left"), -top * BELOW_ZERO, top, self.item.vb.height())

    def _refresh_choices(self, labels: tuple[str, ...], counts: np.ndarray) -> None:
        # The first time, an answer no choice names, or a right choice given at the reveal.
        new_rows = (labels, tuple(self.right)) != (self.choices, self._reserved_right)
        self.choices, self.counts, self._reserved_right = labels, counts, tuple(self.right)
        n = len(labels)
        self.rows = np.arange(n, dtype=float)[::-1]  # the first choice on top
        right = set(self.right) if self.revealed else set()
        brushes = [
            pg.mkBrush(self.theme.accent if label in right else self.colour(1)) for label in labels
        ]
        self.bars.setOpts(
            x0=np.zeros(n),
            y0=None,
            y=self.rows,
            height=ROW_BAR_H,
            width=counts * self.t,
            brushes=brushes,
        )
        self.names = [
            self._said(label) + (TEXT["right"] if label in right else "") for label in labels
        ]
        names = list(zip(self.rows.tolist(), self.names, strict=True))
        self.item.getAxis("left").setTicks([names])
        self._ensure_labels(n)
        self.item.vb.setYRange(-0.5, n - 0.5, padding=0)
        if new_rows:  # the names' column and the type follow the rows
            self._resize_items(max(self.height(), 40))
        else:
            self._fit_counts()
        self.legend.setText(answer_count(int(counts.sum())))
        self.legend.show()

    def _fit_counts(self) -> None:
        """The count axis ends where the largest count's number fits after its bar (the
        number can only grow to the total); in a small preview, no numbers."""
        top = max(1.0, float(self.counts.max(initial=0)))
        texts = [count_text(int(self.counts.sum()))]
        bold = font(self.theme, self._label_px, bold=True)
        fitted = fit_values(self, texts, top, bold, self._label_px, self._row_px)
        if fitted is None:  # not laid out yet
            self.item.vb.setXRange(0, top * 1.2, padding=0)
        else:
            self._counts_fit, self._gap = fitted
        (low, high), width = self.item.vb.viewRange()[0], self.item.vb.width()
        whole_ticks(self.item.getAxis("bottom"), low, high, width)

    # --- animation and readout ----------------------------------------------------------------

    def _frame(self, t: float) -> None:
        if self.question.numeric:
            self.bars.setOpts(height=self.counts * t)
        else:
            self.bars.setOpts(width=self.counts * t)

    def _show_final_labels(self, shown: bool) -> None:
        self._counts_shown = shown
        fits = self.question.numeric or self._counts_fit
        for k, label in enumerate(self.count_labels):
            label.setVisible(bool(shown and fits and k < len(self.counts) and self.counts[k] > 0))
            if not self.question.numeric and k < len(self.counts):
                label.setText(count_text(int(self.counts[k])))
                label.setPos(float(self.counts[k]) + self._gap, self.rows[k])

    def _value_at(self, point: QPointF) -> tuple[str, QPointF | None] | None:
        if self.question.numeric:
            k = int((point.x() - self.hist.edges[0]) // self.hist.width)
            if not 0 <= k < len(self.counts):
                return None
            low, high = self.hist.edges[k], self.hist.edges[k + 1]
            count = int(self.counts[k])
            span = translate("RoomChart", "{low} to {high}").format(
                low=format_number(low), high=format_number(high)
            )
            return f"{span}: {answer_count(count)}", None
        k = round(len(self.counts) - 1 - point.y())
        if not 0 <= k < len(self.counts):
            return None
        return f"{self._said(self.choices[k])}: {answer_count(int(self.counts[k]))}", None

    def _said(self, choice: str) -> str:
        """A choice's name as shown: a true/false question's in the interface's language."""
        return choice_words(self.question.kind, choice)

    def _footer_extra(self) -> str:
        if any(self.data.quiz in source for source in self.slide_sources):
            return ""  # the slide's sources line already says whose answers these are
        return translate(
            "RoomChart", "The room's answers to question '{question}' of quiz '{quiz}'"
        ).format(question=self.data.question, quiz=self.data.quiz)

    def _axis_title(self) -> str:
        return (
            translate("RoomChart", "answers") if self.counts.sum() else ""
        )  # nothing to count yet: no title

    def _resize_items(self, height: int) -> None:
        if self.question.numeric:
            px = self.text_px()
        else:  # the names beside the bars, and the counts, as a bars chart's
            shown = tuple(self._said(c) for c in self.choices)
            right = tuple(self._said(c) + TEXT["right"] for c in self.right if c in self.choices)
            names = shown + right
            px, self._row_px = name_rows(self, len(self.choices), list(names))
        bold = font(self.theme, px, bold=True)
        self._label_px = px
        for label in self.count_labels:
            label.setFont(bold)
        self.waiting.setFont(font(self.theme, self.text_px()))
        for line in (self.truth_line, self.median_line):
            line.label.textItem.setFont(bold)
        if self.hist is not None:  # the headroom follows the type and the plot's height
            self._set_number_range()
        if not self.question.numeric:
            self._fit_counts()
            self._show_final_labels(self._counts_shown)


def _show_values(axis: pg.AxisItem, shown: bool) -> None:
    """An axis's numbers and their tick marks come and go together: an empty chart has a
    bare axis line, not stubs marking nothing."""
    axis.setStyle(showValues=shown)
    if shown != (axis._tickPen is None):  # pyqtgraph's default pen: the axis's own
        axis.setTickPen() if shown else axis.setTickPen(None)


def _label_side(line: pg.InfiniteLine, left: bool) -> None:
    """Hang a vertical line's label from the top, left or right of the line."""
    anchor = (1, 0) if left else (0, 0)
    line.label.anchors = [anchor, anchor]
    line.label.updatePosition()


def _hangs_left(line: pg.InfiniteLine) -> bool:
    return line.label.anchors[0][0] == 1


def local_ticks(axis: pg.AxisItem) -> None:
    """The axis' numbers with the interface's decimal mark ("2,5" in French): pyqtgraph
    writes them as Python does. (Ungrouped, as it writes them: the spacing it chose stays.)"""
    written = axis.tickStrings

    def said(values: list[float], scale: float, spacing: float) -> list[str]:
        return [number_text(text) for text in written(values, scale, spacing)]

    axis.tickStrings = said


def whole_ticks(axis: pg.AxisItem, low: float, high: float, pixels: float) -> None:
    """Mark whole answers only: over a short range pyqtgraph steps by halves ("1.5 answers").
    Its own steps are kept where they are whole (so the numbers never crowd)."""
    axis.setTickSpacing()  # back to pyqtgraph's choice, to ask for it
    levels = axis.tickSpacing(low, high, pixels) if pixels > 0 else []
    whole = [(step, offset) for step, offset in levels if step >= 1 and step % 1 == 0]
    axis.setTickSpacing(levels=whole or [(1.0, 0.0)])


def range_for_labels(
    low: float, high: float, labels: list[tuple[float, float, bool]], pixels: float
) -> tuple[float, float] | None:
    """The x range ``low``..``high`` widened just enough that each label, given as (its
    line's value, its width in px, whether it hangs left of the line), fits inside a plot
    ``pixels`` wide; None if they take too much of the plot to leave room for the bars."""
    # A label of share s (of the plot's width) hanging left of v needs x0 <= v - s * span,
    # one hanging right of u needs x1 >= u + s * span. span >= x1 - x0 for each pairing of
    # ends is linear in span, so the least span is the largest of the pairings' solutions.
    lefts = [(low, 0.0)] + [(v, px / pixels) for v, px, left in labels if left]
    rights = [(high, 0.0)] + [(v, px / pixels) for v, px, left in labels if not left]
    pairs = list(product(lefts, rights))
    if any(s + t > 0.7 for (_, s), (_, t) in pairs):
        return None
    span = max((u - v) / (1 - s - t) for (v, s), (u, t) in pairs)
    return min(v - s * span for v, s in lefts), max(u + t * span for u, t in rights)
