"""The overview: every slide as a thumbnail in a grid; click one, or move with the arrows and
press Enter. Thumbnails are rendered small, a few per event-loop turn, and kept until the deck
or the theme changes."""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from teachin.content.model import Deck
from teachin.theme import Theme
from teachin.ui.slide_view import SlideView

THUMB = QSize(320, 180)
GAP = 16
LABEL = 24  # room under a thumbnail for "12  Title"


class Thumbnails:
    """Small pictures of slides (fully revealed), rendered on demand and cached."""

    def __init__(self, theme: Theme) -> None:
        self._theme = theme
        self._deck: Deck | None = None
        self._cache: dict[int, QPixmap] = {}
        self._renderer: SlideView | None = None  # made when needed, dropped when all are done

    def set_deck(self, deck: Deck) -> None:
        self._deck = deck
        self._cache.clear()
        self._drop_renderer()

    def set_theme(self, theme: Theme) -> None:
        if theme != self._theme:
            self._theme = theme
            self._cache.clear()
            self._drop_renderer()

    def get(self, index: int) -> QPixmap | None:
        return self._cache.get(index)

    def render(self, index: int) -> QPixmap:
        if index not in self._cache and self._deck is not None:
            if self._renderer is None:
                self._renderer = SlideView(theme=self._theme)
                self._renderer.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
                self._renderer.resize(THUMB)
            self._renderer.set_slide(self._deck.slides[index], None, self._deck)
            self._renderer.finish_charts()
            self._cache[index] = self._renderer.grab()
            if len(self._cache) == len(self._deck.slides):
                self._drop_renderer()  # its charts are not needed any more
        return self._cache.get(index, QPixmap())

    def _drop_renderer(self) -> None:
        if self._renderer is not None:
            self._renderer.deleteLater()
            self._renderer = None


class _Grid(QWidget):
    picked = Signal(int)

    def __init__(self, thumbs: Thumbnails, parent: QWidget) -> None:
        super().__init__(parent)
        self._thumbs = thumbs
        self.titles: list[str] = []
        self.cursor = 0
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def columns(self) -> int:
        return max(1, (self.width() - GAP) // (THUMB.width() + GAP))

    def cell(self, index: int) -> QRect:
        cols = self.columns()
        spare = self.width() - GAP - cols * (THUMB.width() + GAP)
        x = spare // 2 + GAP + (index % cols) * (THUMB.width() + GAP)
        y = GAP + (index // cols) * (THUMB.height() + LABEL + GAP)
        return QRect(x, y, THUMB.width(), THUMB.height() + LABEL)

    def fit_height(self) -> None:
        rows = -(-len(self.titles) // self.columns()) if self.titles else 0
        self.setMinimumHeight(GAP + rows * (THUMB.height() + LABEL + GAP))

    def index_at(self, x: int, y: int) -> int | None:
        for i in range(len(self.titles)):
            if self.cell(i).contains(x, y):
                return i
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#1B1C20"))
        font = QFont(self.font())
        font.setPixelSize(15)
        painter.setFont(font)
        for i, title in enumerate(self.titles):
            cell = self.cell(i)
            if not cell.intersects(event.rect()):
                continue
            picture = QRect(cell.topLeft(), THUMB)
            pixmap = self._thumbs.get(i)
            if pixmap is None:
                painter.fillRect(picture, QColor("#33343A"))
            else:
                painter.drawPixmap(picture, pixmap)
            if i == self.current:
                painter.setPen(QPen(QColor("#4FC3F7"), 3))
                painter.drawRect(picture.adjusted(-3, -3, 3, 3))
            if i == self.cursor:
                painter.setPen(QPen(QColor("#FFD600"), 5))
                painter.drawRect(picture.adjusted(-6, -6, 6, 6))
            painter.setPen(QColor("#FFFFFF" if i == self.cursor else "#C8C8C8"))
            label = QRect(cell.left(), picture.bottom() + 4, cell.width(), LABEL - 4)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            text = painter.fontMetrics().elidedText(
                f"{i + 1}  {title}", Qt.TextElideMode.ElideRight, label.width()
            )
            painter.drawText(label, flags, text)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(round(event.position().x()), round(event.position().y()))
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(index)


class OverviewWidget(QScrollArea):
    """Scrollable grid. ``picked(index)`` on click; ``columns_changed`` so the arrow keys of
    the presentation model move by whole rows."""

    picked = Signal(int)
    columns_changed = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbs = Thumbnails(theme)
        self.grid = _Grid(self.thumbs, self)
        self.grid.picked.connect(self.picked)
        self.setWidget(self.grid)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QScrollArea { background: #1B1C20; border: none; }")
        self._columns = 0
        self._pending: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_some)

    def set_deck(self, deck: Deck) -> None:
        self.thumbs.set_deck(deck)
        self.grid.titles = [slide.title for slide in deck.slides]
        self.grid.fit_height()
        self._queue()

    def set_theme(self, theme: Theme) -> None:
        self.thumbs.set_theme(theme)
        self._queue()

    def set_state(self, cursor: int, current: int) -> None:
        self.grid.cursor, self.grid.current = cursor, current
        self.grid.update()
        self._show_cursor()

    def _show_cursor(self) -> None:
        cell = self.grid.cell(self.grid.cursor)
        self.ensureVisible(cell.center().x(), cell.center().y(), 0, cell.height() // 2 + GAP)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._queue()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.grid.fit_height()
        columns = self.grid.columns()
        if columns != self._columns:
            self._columns = columns
            self.columns_changed.emit(columns)
        # Opened (G) at the size it had while hidden, then laid out at the console's: the
        # cursor placed in view before that could be below the fold.
        self._show_cursor()

    def _queue(self) -> None:
        """Render missing thumbnails, the ones around the cursor first, while shown."""
        missing = [i for i in range(len(self.grid.titles)) if self.thumbs.get(i) is None]
        self._pending = sorted(missing, key=lambda i: abs(i - self.grid.cursor))
        if self._pending and self.isVisible():
            self._timer.start()

    def _render_some(self) -> None:
        # A slice of ~25 ms per turn keeps the keys and the clock responsive.
        deadline = time.perf_counter() + 0.025
        while self._pending and time.perf_counter() < deadline:
            self.thumbs.render(self._pending.pop(0))
        self.grid.update()
        if not self._pending or not self.isVisible():
            self._timer.stop()
