"""How a slide looks: one Slide at one reveal step on a 16:9 canvas, letterboxed in any widget.

All sizes are fractions of the canvas height, so the slide looks the same at 1280x720, 1920x1080
or in a small preview. Text is laid out with QTextDocument (Qt's own Markdown reader) and painted
here; charts are child widgets built once per slide and kept.

Qt's enums are named at call time (``QtCore.Qt.X``), never imported: the first use of ``Qt``
builds all 93 of its enums (~30 ms), and the room's first slide is painted without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from teachin.content.model import ChartPart, Deck, Slide
from teachin.theme import DEFAULT, Theme
from teachin.ui import slide_parts
from teachin.ui.fonts import register_fonts
from teachin.ui.slide_layout import SlideLayout, build_layout
from teachin.ui.slide_parts import Answers
from teachin.ui.text_box import Metrics, fill

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent

ASPECT = 16 / 9
PREPARE_AFTER_MS = 60  # after the new slide is painted


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
        self._layout: SlideLayout | None = None
        self._layouts: dict[int, tuple[Slide, SlideLayout]] = {}  # by slide, kept for revisits
        self._prepared: SlideLayout | None = None  # the next slide's, title picture drawn
        self._charts = slide_parts.ChartCache(self, answers)
        self._opaque = False  # see _paints_every_pixel
        self.setMinimumSize(160, 90)

    # --- what to show -------------------------------------------------------------------------

    def set_slide(
        self, slide: Slide | None, step: int | None = None, deck: Deck | None = None
    ) -> None:
        """Show ``slide`` at reveal ``step`` (0-based; None = the last step)."""
        changed = slide is not self._slide or deck is not self._deck
        if deck is not self._deck:  # a reloaded deck: its slides are new objects
            self._layouts.clear()
            self._charts.clear()
        if changed:
            if self._layout is not None:
                self._layout.title.drop_picture()  # only the shown and next slides keep one
            self._charts.hide_all()
            self._slide, self._deck = slide, deck
            self._number = _slide_number(slide, deck)
            self._layout = None
            if self._animate:  # the live view: get the next slide ready while the room reads
                QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_next)
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
        self._layouts.clear()
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
        """The largest 16:9 rectangle centred in the widget, in whole pixels; the rest is
        letterbox."""
        w, h = self.width(), self.height()
        if w * 9 > h * 16:
            cw, ch = round(h * ASPECT), h
        else:
            cw, ch = w, round(w / ASPECT)
        return QRectF((w - cw) // 2, (h - ch) // 2, cw, ch)

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width / ASPECT)

    def overflow(self) -> list[str]:
        """One line per piece of text that does not fit in the space it is given (empty = ok)."""
        return self._layout.overflow() if self._layout is not None else []

    def slide_layout(self) -> SlideLayout | None:
        """Where everything on the slide is now (canvas coordinates), or None if nothing shows."""
        return self._layout

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

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.DeferredDelete:  # deleteLater: Qt deletes us now
            self._charts.release()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        canvas = self.canvas_rect().toRect()  # whole pixels: fills take Qt's fast path
        if canvas != self.rect():
            fill(painter, self.rect(), self._letterbox)
        fill(painter, canvas, QColor(self._theme.background))
        if self._layout is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(canvas.topLeft())
            painter.setClipRect(QRect(QPoint(0, 0), canvas.size()))
            self._paint_layout(painter, self._layout)
        painter.end()
        if not self._opaque:
            self._opaque = True
            QTimer.singleShot(0, self, self._paints_every_pixel)

    def _paints_every_pixel(self) -> None:
        """Qt needn't clear what is under the slide before painting it. Said after the first
        paint, not in __init__: it names a Qt enum (see the module docstring)."""
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def _paint_layout(self, painter: QPainter, layout: SlideLayout) -> None:
        theme = self._theme
        layout.title.paint(painter, theme.foreground)
        fill(painter, layout.rule, QColor(theme.accent))
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
            self._layout = self._layout_for(self._slide, self._number)
        self._place_charts(canvas)

    def _layout_for(self, slide: Slide, number: tuple[int, int] | None) -> SlideLayout:
        canvas = self.canvas_rect()
        kept = self._layouts.get(id(slide))
        if kept and kept[0] is slide and kept[1].metrics.height == canvas.height():
            return kept[1]
        layout = build_layout(
            slide, number, self._deck, self._theme, canvas.width(), canvas.height()
        )
        self._layouts[id(slide)] = (slide, layout)
        return layout

    def _prepare_next(self) -> None:
        """Lay out the next slide and build its charts (hidden), so moving on is quick."""
        if self._deck is None or self._number is None or self.canvas_rect().height() < 10:
            return
        index, total = self._number  # index of the next slide, 0-based
        if index >= total:
            return
        upcoming = self._deck.slides[index]
        layout = self._layout_for(upcoming, (index + 1, total))
        if self._prepared is not None and self._prepared is not self._layout:
            self._prepared.title.drop_picture()  # a jump left it unused
        self._prepared = layout
        layout.title.picture(self._theme.foreground, None, self.devicePixelRatioF())
        for i, part in enumerate(upcoming.charts):
            self._charts.get(upcoming, i, part, self._deck, self._theme)

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
                    r = block.rect.translated(canvas.topLeft())
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
            # A room chart shows the true figure once the slide steps past it (V does it too).
            revealed = getattr(widget, "revealed", None)
            if revealed is not None and revealed != (self._step > block.step):
                _call(widget, "conceal" if revealed else "reveal")


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
