"""How a slide looks: one Slide at one reveal step on a 16:9 canvas, letterboxed in any widget.

All sizes are fractions of the canvas height, so the slide looks the same at 1280x720, 1920x1080
or in a small preview. Text is laid out with QTextDocument (Qt's own Markdown reader) and painted
here; charts are child widgets built once per slide and kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from teachin.content.model import ChartPart, Deck, Slide, TextPart
from teachin.theme import DEFAULT, Theme
from teachin.ui import slide_parts
from teachin.ui.fonts import register_fonts
from teachin.ui.slide_parts import Answers, Block, Metrics, TextBox

ASPECT = 16 / 9


@dataclass
class _Layout:
    """Everything placed on the canvas, in canvas coordinates (origin at its top-left)."""

    metrics: Metrics
    title: TextBox
    blocks: list[Block]
    footer: list[TextBox]  # sources, slide number
    rule: QRectF  # the accent bar under the title
    cover: bool  # the deck's first slide or a title-only slide: larger, lower title


class SlideView(QWidget):
    """Renders one slide. ``set_slide(slide, step, deck)``; ``step`` counts from 0 like
    ``Part.step`` (parts with ``part.step > step`` are hidden but keep their space), None = all.

    ``animate``: charts ``play()`` when they appear (audience window); otherwise they ``finish()``
    at once (previews, screenshots, handouts). ``answers(quiz, question)`` feeds room charts;
    call ``refresh_charts()`` when new answers come in.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        theme: Theme = DEFAULT,
        animate: bool = False,
        letterbox: str = "#000000",
        answers: Answers | None = None,
    ) -> None:
        super().__init__(parent)
        register_fonts()
        self._theme = theme
        self._animate = animate
        self._letterbox = QColor(letterbox)
        self._slide: Slide | None = None
        self._deck: Deck | None = None
        self._number: tuple[int, int] | None = None
        self._step = 0
        self._layout: _Layout | None = None
        self._charts = slide_parts.ChartCache(self, answers)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(160, 90)

    # --- what to show -------------------------------------------------------------------------

    def set_slide(
        self, slide: Slide | None, step: int | None = None, deck: Deck | None = None
    ) -> None:
        """Show ``slide`` at reveal ``step`` (0-based; None = the last step)."""
        changed = slide is not self._slide or deck is not self._deck
        if changed:
            self._charts.hide_all()
            self._slide, self._deck = slide, deck
            self._number = _slide_number(slide, deck)
            self._layout = None
        last = (slide.steps - 1) if slide else 0
        new_step = last if step is None else max(0, min(step, last))
        old_step = -1 if changed else self._step
        self._step = new_step
        self._relayout()
        self._update_charts(old_step)
        self.update()

    def set_theme(self, theme: Theme) -> None:
        if theme == self._theme:
            return
        self._theme = theme
        self._charts.clear()  # charts take their colours when built
        self._layout = None
        self._relayout()
        self._update_charts(-1)
        self.update()

    def theme(self) -> Theme:
        return self._theme

    def slide(self) -> Slide | None:
        return self._slide

    def step(self) -> int:
        return self._step

    def finish_charts(self) -> None:
        """Jump every chart of this slide to its final frame (for static renders)."""
        for widget in self._charts.widgets(self._slide):
            _call(widget, "finish")

    def refresh_charts(self) -> None:
        """Re-read the room's answers into this slide's live (room) charts."""
        for widget in self._charts.widgets(self._slide):
            if not widget.isHidden():
                _call(widget, "refresh")

    def chart_widgets(self) -> list[QWidget]:
        return list(self._charts.widgets(self._slide))

    # --- geometry -----------------------------------------------------------------------------

    def canvas_rect(self) -> QRectF:
        """The largest 16:9 rectangle centred in the widget; the rest is letterbox."""
        w, h = self.width(), self.height()
        if w / max(h, 1) > ASPECT:
            cw, ch = h * ASPECT, float(h)
        else:
            cw, ch = float(w), w / ASPECT
        return QRectF((w - cw) / 2, (h - ch) / 2, cw, ch)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width / ASPECT)

    def overflow(self) -> list[str]:
        """One line per piece of text that does not fit in the space it is given (empty = ok)."""
        if self._layout is None:
            return []
        problems = [self._layout.title.overflow("title")]
        problems += [block.overflow() for block in self._layout.blocks]
        problems += [box.overflow(box.label) for box in self._layout.footer]
        return [p for p in problems if p]

    def shown_text(self) -> str:
        """The plain text the audience can read now (hidden steps left out), one piece a line."""
        if self._layout is None:
            return ""
        boxes = [self._layout.title]
        boxes += [b.text for b in self._layout.blocks if b.text and b.step <= self._step]
        boxes += self._layout.footer
        return "\n".join(box.doc.toPlainText() for box in boxes)

    def font_pixel_sizes(self) -> dict[str, int]:
        """Pixel sizes of title, body and sources type at the current canvas size."""
        m = Metrics(self.canvas_rect().width(), self.canvas_rect().height())
        return {"title": round(m.title_px), "body": round(m.body_px), "sources": round(m.small_px)}

    # --- Qt events ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), self._letterbox)
        canvas = self.canvas_rect()
        painter.fillRect(canvas, QColor(self._theme.background))
        if self._layout is not None:
            painter.translate(canvas.topLeft())
            painter.setClipRect(QRectF(QPointF(0, 0), canvas.size()))
            self._paint_layout(painter, self._layout)
        painter.end()

    def _paint_layout(self, painter: QPainter, layout: _Layout) -> None:
        theme = self._theme
        layout.title.paint(painter, theme.foreground)
        painter.fillRect(layout.rule, QColor(theme.accent))
        for block in layout.blocks:
            if block.step <= self._step:
                block.paint(painter, theme, layout.metrics)
        for box in layout.footer:
            box.paint(painter, theme.muted)

    # --- layout -------------------------------------------------------------------------------

    def _relayout(self) -> None:
        canvas = self.canvas_rect()
        if self._slide is None or canvas.height() < 10:
            self._layout = None
            return
        if self._layout is None or self._layout.metrics.height != canvas.height():
            self._layout = self._build_layout(self._slide, canvas.width(), canvas.height())
        self._place_charts(canvas)

    def _build_layout(self, slide: Slide, width: float, height: float) -> _Layout:
        m = Metrics(width, height)
        theme = self._theme
        content_w = width - 2 * m.margin_x
        footer = self._footer(slide, m, content_w)
        foot_top = min((box.rect.top() for box in footer), default=height - m.margin_bottom)
        bottom = foot_top - m.gap

        blocks = [
            slide_parts.make_block(part, slide, self._deck, theme, m, content_w)
            for part in slide.parts
        ]
        if slide.error is not None:
            blocks = [slide_parts.error_block(slide, theme, m, content_w)]

        # The deck's first slide and a slide with nothing but a title are covers: a larger
        # title, the whole group a little above the middle.
        cover = not blocks or (
            self._number is not None
            and self._number[0] == 1
            and all(isinstance(p, TextPart) for p in slide.parts)
        )
        title = TextBox.title(slide.title, theme, m, content_w, scale=1.3 if cover else 1.0)
        title_h = title.lines_height(m.title_lines)
        top = m.margin_top
        if cover:
            body_h = sum(b.natural_height for b in blocks) + m.gap * len(blocks)
            group = min(title.natural_height, title_h) + m.gap * 3 + body_h
            top = max(m.margin_top, (bottom - group) * 0.42)
        title.place(m.margin_x, top, content_w, title_h)
        rule_y = top + min(title.natural_height, title_h) + m.gap * 0.6
        rule = QRectF(m.margin_x, rule_y, m.height * 0.12, m.height * 0.007)
        slide_parts.stack(blocks, m.margin_x, rule.bottom() + m.gap * 1.4, content_w, bottom, m)
        return _Layout(m, title, blocks, footer, rule, cover)

    def _footer(self, slide: Slide, m: Metrics, content_w: float) -> list[TextBox]:
        theme = self._theme
        boxes: list[TextBox] = []
        number_w = 0.0
        if self._number is not None:
            n, total = self._number
            number = TextBox.small(f"{n} / {total}", theme, m, m.height * 0.2, label="slide number")
            number_w = number.natural_width + m.gap
            y = m.height - m.margin_bottom - number.natural_height
            number.place(
                m.width - m.margin_x - number.natural_width,
                y,
                number.natural_width,
                number.natural_height,
            )
            number.align_right = True
            boxes.append(number)
        if slide.sources:
            text = "\n\n".join(slide.sources)
            src = TextBox.small(text, theme, m, content_w - number_w, label="sources")
            room = m.height * 0.45  # never up into the title; the body gives way first
            h = min(src.natural_height, room)
            src.place(m.margin_x, m.height - m.margin_bottom - h, content_w - number_w, h)
            boxes.append(src)
        return boxes

    # --- charts -------------------------------------------------------------------------------

    def _place_charts(self, canvas: QRectF) -> None:
        if self._layout is None or self._slide is None:
            return
        for block in self._layout.blocks:
            if isinstance(block.part, ChartPart) and block.chart_index is not None:
                widget = self._charts.get(
                    self._slide, block.chart_index, block.part, self._deck, self._theme
                )
                block.widget = widget
                if widget is not None:
                    r = block.body_rect().translated(canvas.topLeft())
                    widget.setGeometry(r.toAlignedRect())

    def _update_charts(self, old_step: int) -> None:
        """Show charts whose step has come; start (or finish) the ones that just appeared."""
        if self._layout is None:
            return
        for block in self._layout.blocks:
            widget = block.widget
            if widget is None:
                continue
            visible = block.step <= self._step
            appeared = visible and block.step > old_step
            widget.setVisible(visible)
            if appeared:
                _call(widget, "play" if self._animate else "finish")


def _slide_number(slide: Slide | None, deck: Deck | None) -> tuple[int, int] | None:
    if slide is None or deck is None:
        return None
    slides = deck.slides
    for i, candidate in enumerate(slides):
        if candidate is slide:
            return i + 1, len(slides)
    return None


def _call(widget: QWidget, method: str) -> None:
    function = getattr(widget, method, None)
    if callable(function):
        function()
