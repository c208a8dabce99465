"""One widget per chart kind. Each builds its items once; ``_frame(t)`` only moves them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from teachin.charts.base import ChartWidget, font, text_item
from teachin.content.charts import format_fixed
from teachin.content.data import short_unit

# Room below zero on a value axis, as a share of the top value: enough for the "0" (pyqtgraph
# drops a number that would stick out of the axis).
BELOW_ZERO = 0.08
# Horizontal bars (BarsChart, the room's choices): the bar is centred in its one-unit row and
# takes this much of it; its name stands beside it in the left axis, so the row only has to hold
# one line of text.
ROW_BAR_H = 0.62
LINE = 1.4  # about the height a line of text needs, in font pixels
NAMES_SHARE = 0.4  # the names' column takes at most this share of the chart's width
MIN_PX = 5  # smaller text is no text: in a tiny preview the bars go without it
NAMES_SMALLEST = 0.7  # grouped bars' names shrink to this share of the axis type, then are cut


def text_width(f: QFont, texts: list[str]) -> float:
    metrics = QFontMetricsF(f)
    return max((metrics.horizontalAdvance(t) for t in texts), default=0.0)


def label_height(f: QFont) -> float:
    """Height of a one-line text_item in font ``f``, its 1 px margins included."""
    document = QTextDocument("0")
    document.setDocumentMargin(1)
    document.setDefaultFont(f)
    return document.size().height()


def name_rows(chart: ChartWidget, rows: int, names: list[str]) -> tuple[float, float]:
    """Write horizontal bars' names beside them as the left axis's labels, at the axis numbers'
    size unless a row (one line of text) or the names' column (a share of the width) is too
    small for it: then smaller, so nothing overlaps. ``names`` are all the texts the column
    may show. Returns the type's size (under MIN_PX: no names) and a row's height, in px."""
    row = chart.item.vb.height() / max(rows, 1)  # 0 until laid out: no text
    px = min(chart.axis_px(), row / LINE)
    widest = text_width(font(chart.theme, px), names)
    if widest > chart.width() * NAMES_SHARE > 0:
        px *= chart.width() * NAMES_SHARE / widest
    px = float(int(px))  # whole pixels, rounded down
    while px >= MIN_PX and label_height(font(chart.theme, px, bold=True)) > row:
        px -= 1  # a value label never outgrows its row
    axis = chart.item.getAxis("left")
    axis.setStyle(showValues=px >= MIN_PX, tickLength=0)
    axis.setTickFont(font(chart.theme, px))
    axis.reserve_text(names)  # the plot's width is final at once
    return px, row


def fit_values(
    chart: ChartWidget, texts: list[str], top: float, bold: QFont, px: float, room_h: float
) -> tuple[bool, float] | None:
    """End the value axis where the widest of ``texts``, written after the longest bar
    (``top``), just fits; where that would leave the bars too little or a label is taller
    than ``room_h`` px (a small preview), no values. Returns whether they are shown and the
    gap before them in data units; None before layout."""
    plot = chart.item.vb.width()
    if plot <= 0:
        return None  # not laid out yet
    gap = max(2.0, px * 0.3)
    room = text_width(bold, texts) + gap + 3  # its 1 px margins, rounding
    fit = px >= MIN_PX and room < plot * 0.6 and label_height(bold) <= room_h
    end = top * plot / (plot - room) if fit else top * 1.05
    chart.item.vb.setXRange(0, end, padding=0)
    return fit, gap * end / plot


class LineChart(ChartWidget):
    """Time series drawn in from left to right; all lines advance together in time."""

    duration_ms = 1800

    def _build(self) -> None:
        d, fg = self.data, self.theme.foreground
        self.xy = [(np.array(t.x, float), np.array(t.y, float)) for t in d.traces]
        self.curves: list[pg.PlotDataItem] = []
        self.dots: list[pg.ScatterPlotItem] = []
        for i, _ in enumerate(d.traces):
            curve = pg.PlotDataItem(pen=pg.mkPen(self.colour(i), width=4), skipFiniteCheck=True)
            dots = pg.ScatterPlotItem(pen=None, brush=self.colour(i), size=12)
            self.item.addItem(curve)
            self.item.addItem(dots)
            self.curves.append(curve)
            self.dots.append(dots)
        self.marker = pg.ScatterPlotItem(pen=pg.mkPen(fg, width=3), brush=None, size=26)
        self.item.addItem(self.marker)
        xs = np.concatenate([x for x, _ in self.xy])
        ys = np.concatenate([y for _, y in self.xy])
        self.x0, self.x1 = float(xs.min()), float(xs.max())
        pad = (self.x1 - self.x0) * 0.04
        low = min(0.0, float(ys.min()))  # a zero baseline unless values go negative
        top = float(ys.max())
        self.item.vb.setRange(
            xRange=(self.x0 - pad, self.x1 + pad),
            yRange=(low - top * BELOW_ZERO, top * 1.1),
            padding=0,
        )
        self._set_legend(tuple(t.label for t in d.traces))

    def _frame(self, t: float) -> None:
        cut = self.x0 + t * (self.x1 - self.x0)
        for (x, y), curve, dots in zip(self.xy, self.curves, self.dots, strict=True):
            k = int(np.searchsorted(x, cut, side="right"))
            if t >= 1.0 or k >= len(x):
                curve.setData(x, y)
                dots.setData(x, y)
                continue
            cx, cy = x[:k], y[:k]
            if 0 < k < len(x):  # the moving head of the line, between two data points
                f = (cut - x[k - 1]) / (x[k] - x[k - 1])
                cx = np.append(cx, cut)
                cy = np.append(cy, y[k - 1] + f * (y[k] - y[k - 1]))
            curve.setData(cx, cy)
            dots.setData(x[:k], y[:k])
        self.marker.setData([], [])

    def _clear_readout(self) -> None:
        super()._clear_readout()
        self.marker.setData([], [])

    def _value_at(self, point: QPointF) -> tuple[str, QPointF | None] | None:
        cut = self.x0 + self.t * (self.x1 - self.x0)
        (x0, x1), (y0, y1) = self.item.vb.viewRange()
        best = None
        for i, (x, y) in enumerate(self.xy):
            for j in range(len(x)):
                if x[j] > cut:
                    break
                dist = ((x[j] - point.x()) / (x1 - x0)) ** 2 + ((y[j] - point.y()) / (y1 - y0)) ** 2
                if best is None or dist < best[0]:
                    best = (dist, i, j)
        if best is None or best[0] > 0.1**2:
            return None
        _, i, j = best
        trace = self.data.traces[i]
        self.marker.setData([trace.x[j]], [trace.y[j]])
        label = f" · {trace.label}" if len(self.data.traces) > 1 else ""
        return f"{int(trace.x[j])}{label}: {trace.text[j]}", QPointF(trace.x[j], trace.y[j])

    def _resize_items(self, height: int) -> None:
        for i, (curve, dots) in enumerate(zip(self.curves, self.dots, strict=True)):
            curve.setPen(pg.mkPen(self.colour(i), width=max(2, round(height / 140))))
            dots.setSize(max(3, round(height / 55)))
        self.marker.setSize(max(6, round(height / 25)))


class BarsChart(ChartWidget):
    """Horizontal bars growing in, one per row. Each category is named beside its bar, in the
    left axis at the size of the axis numbers, and its value is written at the bar's end; the
    value axis leaves just the room the widest value needs."""

    value_axis = "bottom"
    value_share = 1.0  # of a row's height, the most a value label may take

    def _build(self) -> None:
        trace = self.data.traces[0]
        self.values = np.array(trace.y, float)
        n = len(self.values)
        self.rows = np.arange(n, dtype=float)[::-1]  # the first category on top
        self.top = self._top()
        self.bars = pg.BarGraphItem(
            x0=np.zeros(n),
            y=self.rows,
            height=ROW_BAR_H,
            width=np.zeros(n),
            pen=None,
            **self._brushes(n),
        )
        self.item.addItem(self.bars)
        # Names as the left axis's labels: beside their bars, never over one, however long.
        names = list(zip(self.rows.tolist(), self.data.categories, strict=True))
        self.item.getAxis("left").setTicks([names])
        fg, bg = self.theme.foreground, self.theme.background
        self.value_labels = [text_item("", fg, (0, 0.5), fill=bg) for _ in range(n)]
        for label in self.value_labels:
            self.item.addItem(label)
        self._gap = 0.0  # between a bar's end and its value, in data units (set with the fonts)
        self._values_fit, self._values_shown = True, False
        self.item.vb.setRange(xRange=(0, self.top * 1.3), yRange=(-0.5, n - 0.5), padding=0)

    def _top(self) -> float:
        """The longest a bar can get."""
        return float(self.values.max()) if len(self.values) else 1.0

    def _brushes(self, n: int) -> dict:
        return {"brush": pg.mkBrush(self.colour(0))}  # one colour: pyqtgraph's fast path

    def _widths(self, t: float) -> np.ndarray:
        return self.values * t

    def _texts(self) -> list[str]:
        # One precision for every bar ("18.3" beside "5.2"), never more digits than the CSV
        # gives ("76 million persons"); scaled counts read "22.2 million persons".
        unit = short_unit(self.data.unit)
        return [f"{self.data.label(v)} {unit}".strip() for v in self.values]

    def _widest_texts(self) -> list[str]:
        """Every value text the chart can show (the value axis makes room for the widest)."""
        return self._texts()

    def _frame(self, t: float) -> None:
        self.bars.setOpts(width=self._widths(t))

    def _show_final_labels(self, shown: bool) -> None:
        self._values_shown = shown
        widths = self._widths(1.0)
        for k, (label, text) in enumerate(zip(self.value_labels, self._texts(), strict=True)):
            label.setText(text)
            label.setPos(float(widths[k]) + self._gap, self.rows[k])
            label.setVisible(shown and self._values_fit)

    def _value_at(self, point: QPointF) -> tuple[str, QPointF | None] | None:
        k = round(len(self.values) - 1 - point.y())
        if not 0 <= k < len(self.values) or abs(self.rows[k] - point.y()) > 0.5:
            return None
        exact = self.data.traces[0].text[k]  # as the CSV gives it
        return f"{self.data.categories[k]}: {exact}", QPointF(self.values[k], self.rows[k])

    def _resize_items(self, height: int) -> None:
        px, row = name_rows(self, len(self.values), list(self.data.categories))
        bold = font(self.theme, px, bold=True)
        for label in self.value_labels:
            label.setFont(bold)
        self._fit_values(bold, px, row)

    def _fit_values(self, bold: QFont, px: float, row: float) -> None:
        fitted = fit_values(self, self._widest_texts(), self.top, bold, px, row * self.value_share)
        if fitted is not None:
            self._values_fit, self._gap = fitted
            self._show_final_labels(self._values_shown)


class MagnitudeChart(BarsChart):
    """A few totals on one linear scale. Every bar grows at the same speed, so the small one
    stops almost at once while the big one keeps going: the difference is felt, not distorted."""

    duration_ms = 2400
    easing = QEasingCurve.Type.Linear  # a constant speed is what makes the sizes comparable

    def _build(self) -> None:
        super()._build()
        ratios = self.data.ratios()
        if ratios:
            self.legend.setText("<br>".join(ratios))
            self.legend.show()

    def _brushes(self, n: int) -> dict:
        return {"brushes": [pg.mkBrush(self.colour(i)) for i in range(n)]}

    def _widths(self, t: float) -> np.ndarray:
        return np.minimum(self.values, t * float(self.values.max()))

    def _texts(self) -> list[str]:
        return list(self.data.traces[0].text)  # each in its own unit: "431.6 billion US$"


class GroupedBarsChart(ChartWidget):
    """Vertical bars grouped by year, one colour per series."""

    def _build(self) -> None:
        d = self.data
        self.heights = [np.array(t.y, float) for t in d.traces]
        n_series, n_groups = len(d.traces), len(d.categories)
        self.width = 0.8 / n_series
        self.offsets = [(j - (n_series - 1) / 2) * self.width for j in range(n_series)]
        self.bars: list[pg.BarGraphItem] = []
        self.value_labels: list[pg.TextItem] = []
        for j, trace in enumerate(d.traces):
            x = np.arange(n_groups) + self.offsets[j]
            bars = pg.BarGraphItem(
                x=x,
                height=np.zeros(n_groups),
                width=self.width * 0.92,
                brush=self.colour(j),
                pen=None,
            )
            self.item.addItem(bars)
            self.bars.append(bars)
            for k in range(n_groups):
                # The number alone: the unit is on the axis, and bars stand close together.
                number = d.label(trace.y[k])
                label = text_item(number, self.theme.foreground, (0.5, 1))
                label.setPos(float(x[k]), float(self.heights[j][k]))
                self.item.addItem(label)
                self.value_labels.append(label)
        names = self.item.getAxis("bottom")
        names.setTicks([list(enumerate(d.categories))])
        names.setStyle(autoReduceTextSpace=False)  # the room reserved in _fit_names stays
        top = max(float(h.max()) for h in self.heights)
        self.span = n_groups + 0.2  # the x range, in groups
        self.item.vb.setRange(
            xRange=(-0.6, n_groups - 0.4), yRange=(-top * BELOW_ZERO, top * 1.15), padding=0
        )
        self.top = top
        self._values_fit, self._values_shown = True, False
        self._set_legend(tuple(t.label for t in d.traces))

    def _frame(self, t: float) -> None:
        for bars, heights in zip(self.bars, self.heights, strict=True):
            bars.setOpts(height=heights * t)

    def _show_final_labels(self, shown: bool) -> None:
        self._values_shown = shown
        for label in self.value_labels:
            label.setVisible(shown and self._values_fit and len(self.value_labels) <= 18)

    def _value_at(self, point: QPointF) -> tuple[str, QPointF | None] | None:
        k = round(point.x())
        if not 0 <= k < len(self.data.categories):
            return None
        j = int(np.argmin([abs(point.x() - k - o) for o in self.offsets]))
        if abs(point.x() - k - self.offsets[j]) > self.width / 2:
            return None
        trace = self.data.traces[j]
        return f"{self.data.categories[k]} · {trace.label}: {trace.text[k]}", None

    def _resize_items(self, height: int) -> None:
        bold = font(self.theme, self.text_px(0.042), bold=True)  # bars stand close
        for label in self.value_labels:
            label.setFont(bold)
        # The value axis ends where the tallest bar's number just fits above it; in a small
        # preview, where the numbers are wider than their bars or crowd out the bars, none.
        plot = self.item.vb.rect()
        if plot.height() <= 0:
            return  # not laid out yet
        self._fit_names(plot.width())
        line = label_height(bold)
        pitch = self.width / self.span * plot.width()  # from one bar to the next, in pixels
        widest = text_width(bold, [label.toPlainText() for label in self.value_labels])
        share = line / plot.height()
        self._values_fit = share < 0.4 and widest <= pitch
        bottom = self.top * BELOW_ZERO
        end = (self.top + share * bottom) / (1 - share) if self._values_fit else self.top * 1.05
        self.item.vb.setYRange(-bottom, end, padding=0)
        self._show_final_labels(self._values_shown)

    def _fit_names(self, plot_w: float) -> None:
        """The groups' names under their bars, each within its group's width: smaller type
        (down to NAMES_SMALLEST of the axis's), then cut short with "…" (long question names in
        the results); and the axis made tall enough for their descenders (pyqtgraph reserves
        0.8 of a line, and draws the names only once it has measured them in a first paint)."""
        axis = self.item.getAxis("bottom")
        names = list(self.data.categories)
        room = plot_w / self.span * 0.94  # a gap between neighbours
        px = float(self.axis_px())
        smallest = max(MIN_PX, int(px * NAMES_SMALLEST))
        while px > smallest and text_width(font(self.theme, px), names) > room:
            px -= 1
        tick = font(self.theme, px)
        metrics = QFontMetricsF(tick)
        shown = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, room) for n in names]
        axis.setTickFont(tick)
        axis.setTicks([list(enumerate(shown))])
        ink = max((metrics.tightBoundingRect(n).bottom() for n in shown), default=0.0)
        axis.textHeight = max(metrics.height() * 0.8, metrics.ascent() + ink + 1)
        axis._updateHeight()


class WhatIfChart(BarsChart):
    """A slider changes the first figure by a percentage; the other bars are fixed references.
    The outline shows where the figure stands today."""

    value_share = ROW_BAR_H  # the value stands inside the outline: no taller than it

    def _build(self) -> None:
        self.whatif = self.data.whatif
        assert self.whatif is not None
        self.change = self.whatif.at
        super()._build()
        self.today = pg.BarGraphItem(
            x0=[0.0],
            y=[self.rows[0]],
            height=ROW_BAR_H,
            width=[self.values[0]],
            brush=None,
            pen=pg.mkPen(self.theme.foreground, width=2, style=Qt.PenStyle.DashLine),
        )
        self.item.addItem(self.today)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(round(self.whatif.low), round(self.whatif.high))
        self.slider.setValue(round(self.change))
        self.slider.valueChanged.connect(self.set_change)
        self.slider_label = QLabel()
        self.slider_label.setStyleSheet(f"color: {self.theme.foreground};")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.slider_label)
        line.addWidget(self.slider, 1)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.footer), row)
        self.legend.show()
        self._describe()

    def _top(self) -> float:
        return max(super()._top(), max(self.whatif.values_at(self.whatif.high)))

    @property
    def current(self) -> np.ndarray:
        return np.array(self.whatif.values_at(self.change), float)

    def set_change(self, change: float) -> None:
        """Move the slider's figure to ``change`` percent (also what the slider calls)."""
        self.change = float(change)
        if self.slider.value() != round(self.change):
            self.slider.setValue(round(self.change))
        self._frame(self.t)
        self._show_final_labels(not self.animating)
        self._describe()

    def _describe(self) -> None:
        self.slider_label.setText(f"{self.whatif.name}: {format_fixed(self.change, 0, True)} %")
        self.legend.setText(self.whatif.readout(self.change))
        self.legend.setWordWrap(True)

    def _widths(self, t: float) -> np.ndarray:
        return self.current * t

    def _texts(self) -> list[str]:
        return [self._text(v) for v in self.current]

    def _text(self, value: float) -> str:
        return f"{self.data.label(value)} {short_unit(self.data.unit)}".strip()

    def _widest_texts(self) -> list[str]:
        ends = (*self.whatif.values_at(self.whatif.low), *self.whatif.values_at(self.whatif.high))
        return self._texts() + [self._text(v) for v in ends]

    def _resize_items(self, height: int) -> None:
        super()._resize_items(height)
        self.slider_label.setFont(font(self.theme, self.text_px()))
        groove, handle = max(2, round(height * 0.012)), max(6, round(height * 0.04))
        self.slider.setFixedHeight(handle + 2)
        self.slider.setStyleSheet(  # a big, theme-coloured handle: easy to grab and to see
            f"QSlider::groove:horizontal {{ height: {groove}px; background: {self.theme.grid}; }}"
            f"QSlider::sub-page:horizontal {{ background: {self.theme.accent}; }}"
            f"QSlider::handle:horizontal {{ background: {self.theme.foreground};"
            f" width: {handle}px; margin: -{(handle - groove) // 2}px 0;"
            f" border-radius: {handle // 2}px; }}"
        )

    def for_paper(self) -> None:
        """On paper the slider cannot move: the legend says where it is set."""
        self.slider.parentWidget().hide()
