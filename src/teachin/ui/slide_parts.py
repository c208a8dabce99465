"""The pieces SlideView places on its canvas: text, charts, quiz questions and labelled
stand-ins, stacked top to bottom; and the chart widgets, built once per slide."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Sequence

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QWidget

from teachin.content.model import ChartPart, Deck, Part, QuizPart, Slide, TextPart
from teachin.theme import Theme
from teachin.ui import quiz_text
from teachin.ui.text_box import Metrics, TextBox, slide_font

# answers(quiz, question) -> the stored answers, for room charts (teachin.charts.room.Answers;
# not imported from there so that a slide without charts never loads pyqtgraph).
Answers = Callable[[str, str], Sequence[object]]


class Block:
    """One part of the slide body: text, a chart, a quiz question or a labelled stand-in.
    (A plain class: a dataclass costs ~1.4 ms to build at import, on the way to the first slide.)
    """

    def __init__(
        self,
        part: Part | None,
        step: int,
        text: TextBox | None = None,
        *,
        boxed: bool = False,  # drawn inside a bordered box (quiz, stand-in, error)
        flexible: bool = False,  # takes a share of the free height (charts)
        dashed: bool = False,
        chart_index: int | None = None,
        pad: float = 0.0,
        min_height: float = 0.0,
        border: str = "",
    ) -> None:
        self.part = part
        self.step = step
        self.text = text
        self.boxed = boxed
        self.flexible = flexible
        self.dashed = dashed
        self.chart_index = chart_index
        self.rect = QRectF()
        self.widget: QWidget | None = None
        self.pad = pad
        self.min_height = min_height
        self.border = border

    @property
    def natural_height(self) -> float:
        text = self.text.natural_height if self.text else 0.0
        return max(text + 2 * self.pad, self.min_height if self.flexible else 0.0)

    def paint(self, painter: QPainter, theme: Theme, m: Metrics) -> None:
        if self.widget is not None and not self.widget.isHidden():
            return  # the chart paints itself
        if self.boxed:
            pen = QPen(QColor(self.border or theme.muted), m.line)
            if self.dashed:
                pen.setStyle(QtCore.Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            inset = m.line / 2
            r = self.rect.adjusted(inset, inset, -inset, -inset)
            painter.drawRoundedRect(r, m.pad * 0.5, m.pad * 0.5)
        if self.text is not None:
            self.text.paint(painter, theme.foreground, theme.accent)

    def overflow(self) -> str | None:
        if self.flexible and self.rect.height() + 0.5 < self.min_height:
            said = QCoreApplication.translate(
                "SlideParts", "{what} gets {height:.0f} px of height, needs at least {needed:.0f}"
            )
            what = self.text.label if self.text else "chart"  # untranslated: a part's name
            return said.format(what=what, height=self.rect.height(), needed=self.min_height)
        if self.text is None:
            return None
        return self.text.overflow(self.text.label)


def make_block(
    part: Part, slide: Slide, deck: Deck | None, theme: Theme, m: Metrics, width: float
) -> Block:
    """Measure one part at ``width``; the caller stacks the blocks."""
    if isinstance(part, TextPart):
        return Block(part, part.step, TextBox.body(part.markdown, theme, m, width, "text"))
    inner = width - 2 * m.pad
    if isinstance(part, QuizPart):
        markdown = quiz_text.quiz_markdown(part, deck)
        if markdown is not None:
            box = TextBox(
                markdown,
                slide_font(theme, m.quiz_px),
                inner,
                "quiz",
                space_after=m.quiz_px * 0.3,
                indent=m.quiz_px * 1.3,
            )
            return Block(part, part.step, box, boxed=True, pad=m.pad, border=theme.accent2)
        label = quiz_text.placeholder(part)
        box = TextBox.body(label, theme, m, inner, "quiz placeholder")  # untranslated: a name
        return Block(part, part.step, box, boxed=True, dashed=True, pad=m.pad)
    # by identity: two charts written the same way on one slide are still two widgets
    index = next(i for i, chart in enumerate(slide.charts) if chart is part)
    label = "chart placeholder"  # untranslated: a name, as "quiz placeholder" above
    box = TextBox.body(chart_label(part), theme, m, inner, label)
    return Block(
        part,
        part.step,
        box,
        boxed=True,
        dashed=True,
        flexible=True,
        chart_index=index,
        pad=m.pad,
        min_height=m.min_chart,
    )


def error_block(slide: Slide, theme: Theme, m: Metrics, width: float) -> Block:
    """The stand-in for a module that failed to load: what is wrong, and where."""
    lines = [quiz_text.escape(line) for line in (slide.error or "").splitlines() if line.strip()]
    heading = QCoreApplication.translate("SlideParts", "**What is wrong:**")
    markdown = "\n\n".join([heading, *lines])  # one paragraph per problem
    font = slide_font(theme, m.body_px * 0.8)
    box = TextBox(
        markdown, font, width - 2 * m.pad, "error", space_after=m.body_px * 0.4, wrap_anywhere=True
    )
    return Block(None, 0, box, boxed=True, pad=m.pad, border=theme.accent)


def chart_label(part: ChartPart) -> str:
    """The stand-in's text: "Chart: line — migrant_stock_…", then the chart's own title."""
    series = part.options.get("series") or part.options.get("items") or part.options.get("quiz", "")
    escape = quiz_text.escape
    label = QCoreApplication.translate("SlideParts", "**Chart: {kind}** — {series}")
    label = label.format(kind=escape(part.kind or "?"), series=escape(series)).rstrip(" —")
    if title := part.options.get("title"):
        label += f"\n\n{escape(title)}"
    return label


def stack(
    blocks: list[Block], x: float, top: float, width: float, bottom: float, m: Metrics
) -> None:
    """Place blocks top to bottom; flexible ones (charts) share what is left over."""
    gaps = m.gap * max(0, len(blocks) - 1)
    fixed = sum(b.natural_height for b in blocks if not b.flexible)
    flexible = [b for b in blocks if b.flexible]
    spare = max(0.0, bottom - top - fixed - gaps)
    share = spare / len(flexible) if flexible else 0.0
    y = top
    for block in blocks:
        want = share if block.flexible else block.natural_height
        height = max(0.0, min(want, bottom - y))
        block.rect = QRectF(x, y, width, height)
        if block.text is not None:
            inner = block.rect.adjusted(block.pad, block.pad, -block.pad, -block.pad)
            if block.flexible:  # a stand-in's label sits in the middle of its box
                th = block.text.natural_height
                inner = QRectF(inner.left(), inner.center().y() - th / 2, inner.width(), th)
            block.text.place(inner.left(), inner.top(), inner.width(), max(0.0, inner.height()))
        y += want + m.gap


class ChartCache:
    """Chart widgets built once per slide and kept: rebuilding pyqtgraph items leaks memory."""

    def __init__(self, parent: QWidget, answers: Answers | None = None) -> None:
        self._parent = weakref.ref(parent)  # the view owns this cache: no cycle between them
        self._answers = answers
        self._by_slide: dict[int, tuple[Slide, dict[int, QWidget | None]]] = {}

    def get(
        self, slide: Slide, index: int, part: ChartPart, deck: Deck | None, theme: Theme
    ) -> QWidget | None:
        _, widgets = self._by_slide.setdefault(id(slide), (slide, {}))
        if index not in widgets:
            widgets[index] = _build_chart(part, deck, theme, self._parent(), self._answers)
        return widgets[index]

    def widgets(self, slide: Slide | None) -> Iterator[QWidget]:
        if slide is not None and id(slide) in self._by_slide:
            yield from (w for w in self._by_slide[id(slide)][1].values() if w is not None)

    def hide_all(self) -> None:
        for _, widgets in self._by_slide.values():
            for widget in widgets.values():
                if widget is not None:
                    widget.hide()

    def clear(self) -> None:
        for _, widgets in self._by_slide.values():
            for widget in widgets.values():
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()  # a chart takes itself apart first (ChartWidget.event)
        self._by_slide.clear()

    def release(self) -> None:
        """Take every chart apart: their parent is about to be deleted (see ChartWidget.release)."""
        for _, widgets in self._by_slide.values():
            for widget in widgets.values():
                if widget is not None:
                    _release(widget)
        self._by_slide.clear()


def _release(widget: QWidget) -> None:
    release = getattr(widget, "release", None)  # charts; a stand-in box has nothing to free
    if callable(release):
        release()


def _build_chart(
    part: ChartPart, deck: Deck | None, theme: Theme, parent: QWidget, answers: Answers | None
) -> QWidget | None:
    if deck is None:  # nothing to draw from: the labelled stand-in box shows instead
        return None
    from teachin.charts import build_chart  # pyqtgraph loads with the first chart, not at start

    widget = build_chart(part, deck, theme, answers=answers)
    widget.setParent(parent)
    widget.hide()
    return widget
