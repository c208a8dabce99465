"""Measured text for slides: sizes in proportion to the canvas, Markdown laid out by Qt, the
overflow check, and a kept picture for big type.

Qt's enums are named at call time (``QtCore.Qt.X``), never imported: the first use of ``Qt``
builds all 93 of its enums (~30 ms), and the room's first slide is painted without them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QRect, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from teachin.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


class Metrics(NamedTuple):
    """Sizes as fractions of the canvas height: the slide scales as one picture."""

    width: float
    height: float

    @property
    def margin_x(self) -> float:
        return self.height * 0.10

    @property
    def margin_top(self) -> float:
        return self.height * 0.06

    @property
    def margin_bottom(self) -> float:
        return self.height * 0.045

    @property
    def gap(self) -> float:
        return self.height * 0.025

    @property
    def title_px(self) -> float:
        return self.height * 0.08  # 86 px at 1080p

    title_lines: int = 2  # a title may wrap once; more is overflow

    @property
    def body_px(self) -> float:
        return self.height * 0.05  # 54 px at 1080p, 36 px at 720p

    @property
    def quiz_px(self) -> float:
        return self.height * 0.044  # a question and its choices: 47.5 px at 1080p

    @property
    def small_px(self) -> float:
        return self.height * 0.024  # sources: 26 px at 1080p

    @property
    def pad(self) -> float:
        return self.height * 0.025

    @property
    def line(self) -> float:
        return self.height * 0.004

    @property
    def min_chart(self) -> float:
        return self.height * 0.28


TITLE_LINE_HEIGHT = 100  # percent of the font's own line spacing (Noto's is loose: 1.36 em)


class TextBox:
    """A Markdown document laid out at a given width, placed in a rectangle on the canvas."""

    def __init__(
        self,
        markdown: str,
        font: QFont,
        width: float,
        label: str,
        line_height: int = 100,
        space_after: float = 0.0,
        indent: float = 0.0,
        wrap_anywhere: bool = False,
    ) -> None:
        self.label = label
        self.keep_picture = False  # set for big type (titles): see picture()
        self._picture: QImage | None = None
        self._picture_key: tuple[object, ...] = ()
        self._painted = False
        self.doc = QTextDocument()
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(font)
        option = self.doc.defaultTextOption()
        # Never split a word in a slide's body (the overflow check reports it instead); an
        # error message may be one long path and a source one long code: those are read whole.
        mode = QTextOption.WrapMode
        option.setWrapMode(mode.WrapAtWordBoundaryOrAnywhere if wrap_anywhere else mode.WordWrap)
        self.doc.setDefaultTextOption(option)
        if indent:
            self.doc.setIndentWidth(indent)
        self.doc.setMarkdown(markdown)
        _space_blocks(self.doc, line_height, space_after, indent)
        self.doc.setTextWidth(width)
        self.rect = QRectF(0, 0, width, self.natural_height)

    @classmethod
    def title(
        cls, text: str, theme: Theme, m: Metrics, width: float, scale: float = 1.0
    ) -> TextBox:
        font = slide_font(theme, m.title_px * scale, bold=True)
        box = cls("", font, width, "title")
        box.keep_picture = True
        box.doc.setPlainText(text)  # a title is plain text: '#' or '*' in it stay as typed
        _space_blocks(box.doc, TITLE_LINE_HEIGHT, 0)
        box.rect = QRectF(0, 0, width, box.natural_height)
        return box

    def lines_height(self, lines: int) -> float:
        """The height ``lines`` lines of this box's text take (measured, not guessed)."""
        probe = QTextDocument()
        probe.setDocumentMargin(0)
        probe.setDefaultFont(self.doc.defaultFont())
        probe.setPlainText("\n".join(["Hg"] * lines))
        first = self.doc.begin().blockFormat()
        _space_blocks(probe, round(first.lineHeight()) or 100, 0)
        return probe.documentLayout().documentSize().height()

    @classmethod
    def body(cls, markdown: str, theme: Theme, m: Metrics, width: float, label: str) -> TextBox:
        font = slide_font(theme, m.body_px)
        return cls(
            markdown, font, width, label, space_after=m.body_px * 0.45, indent=m.body_px * 1.3
        )

    @classmethod
    def small(
        cls, markdown: str, theme: Theme, m: Metrics, width: float, label: str, scale: float = 1.0
    ) -> TextBox:
        """Sources and the slide number. A word too long for the line (a URL, a dataset's
        code) is broken rather than cut off at the slide's edge."""
        px = m.small_px * scale
        return cls(
            markdown,
            slide_font(theme, px),
            width,
            label,
            line_height=100,
            space_after=px * 0.2,
            wrap_anywhere=True,
        )

    @property
    def natural_height(self) -> float:
        return self.doc.documentLayout().documentSize().height()

    @property
    def natural_width(self) -> float:
        return self.doc.idealWidth()

    def place(self, x: float, y: float, width: float, height: float) -> None:
        self.doc.setTextWidth(width)
        self.rect = QRectF(x, y, width, height)

    def paint(self, painter: QPainter, color: str, accent: str | None = None) -> None:
        # The very first paint draws directly: the picture pays off from the second paint on,
        # and the start-up's first slide needs no QImage (PySide builds its enums when named).
        if (
            self.keep_picture
            and (self._picture is not None or self._painted)
            and _plain_raster(painter)
        ):
            ratio = painter.device().devicePixelRatioF()
            picture = self.picture(color, accent, ratio)
            painter.drawImage(self.rect.topLeft().toPoint(), picture)
            return
        painter.save()
        painter.translate(self.rect.topLeft())
        self._draw(painter, color, accent)
        painter.restore()
        self._painted = True

    def picture(self, color: str, accent: str | None, ratio: float) -> QImage:
        """The box drawn once into an image and kept: Qt draws type over 64 px as outlines,
        about 9 ms for a 1080p title, where copying the picture takes a fraction of that."""
        key = (color, accent, ratio, self.rect.size())
        if self._picture is None or self._picture_key != key:
            from PySide6.QtGui import QImage

            size = self.rect.size() * ratio
            image = QImage(
                math.ceil(size.width()),
                math.ceil(size.height()),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(ratio)
            image.fill(QtCore.Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._draw(painter, color, accent)
            painter.end()
            self._picture, self._picture_key = image, key
        return self._picture

    def drop_picture(self) -> None:
        self._picture = None

    def _draw(self, painter: QPainter, color: str, accent: str | None) -> None:
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = context.palette
        palette.setColor(QPalette.ColorRole.Text, QColor(color))
        palette.setColor(QPalette.ColorRole.Link, QColor(color))
        context.palette = palette
        context.clip = QRectF(0, 0, self.rect.width(), self.rect.height())
        if self.natural_height > self.rect.height() + 0.5:  # overflowing: cut it off cleanly
            painter.setClipRect(context.clip, QtCore.Qt.ClipOperation.IntersectClip)
        if accent:
            for bar in self._quote_bars():
                fill(painter, bar, QColor(accent))
        self.doc.documentLayout().draw(painter, context)

    def _quote_bars(self) -> list[QRectF]:
        """A bar left of each run of quoted paragraphs (Markdown '>')."""
        bars: list[QRectF] = []
        size = self.doc.defaultFont().pixelSize()
        layout = self.doc.documentLayout()
        block = self.doc.begin()
        while block.isValid():
            level = block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)
            if level:
                r = layout.blockBoundingRect(block)
                x = block.blockFormat().leftMargin() - size * 0.7
                bar = QRectF(x, r.top() + size * 0.15, size * 0.12, r.height() - size * 0.3)
                if bars and abs(bars[-1].left() - x) < 1 and bar.top() - bars[-1].bottom() < size:
                    bars[-1].setBottom(bar.bottom())  # one bar for the whole quote
                else:
                    bars.append(bar)
            block = block.next()
        return bars

    def overflow(self, what: str) -> str | None:
        """Why this text does not fit its rectangle, or None if it does."""
        snippet = _snippet(self.doc.toPlainText())
        need_h, has_h = self.natural_height, self.rect.height()
        if need_h > has_h + 0.5:
            said = QCoreApplication.translate(
                "TextBox", "{what} {text!r} needs {needed:.0f} px of height, has {has:.0f}"
            )
            return said.format(what=what, text=snippet, needed=need_h, has=has_h)
        need_w, has_w = self.doc.size().width(), self.rect.width()
        if need_w > has_w + 0.5:  # an unbreakable word, a wide table
            said = QCoreApplication.translate(
                "TextBox", "{what} {text!r} needs {needed:.0f} px of width, has {has:.0f}"
            )
            return said.format(what=what, text=snippet, needed=need_w, has=has_w)
        return None


def _plain_raster(painter: QPainter) -> bool:
    """Painting pixels 1:1 (a window, grab()): a kept picture looks the same. Not for a PDF or a
    scaled painter, where text must stay vector."""
    from PySide6.QtGui import QPaintEngine

    engine = painter.paintEngine()
    raster = engine is not None and engine.type() == QPaintEngine.Type.Raster
    return raster and not painter.worldTransform().isScaling()


def fill(painter: QPainter, rect: QRect | QRectF, color: QColor) -> None:
    """``painter.fillRect(rect, color)`` without an overload that names an enum: fillRect,
    setPen, setBrush and QBrush(color) all have one, and PySide builds the enum's whole class to
    rule it out (QGradient's, or ``Qt``'s 93 enums: ~30 ms on the first slide). A palette makes
    the brush in C++; eraseRect fills with it. (It sets the painter's background brush, which
    nothing here uses otherwise.)"""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, color)
    painter.setBackground(palette.brush(QPalette.ColorRole.Window))
    painter.eraseRect(rect)


def slide_font(theme: Theme, pixels: float, bold: bool = False) -> QFont:
    font = QFont(theme.font_family)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same shape at any size
    return font


def _space_blocks(
    doc: QTextDocument, line_height: int, space_after: float, indent: float = 0.0
) -> None:
    """Give every paragraph the same line height and a gap after it (Markdown sets none), and
    indent quotes in proportion to the type (Qt's Markdown reader uses a fixed 40 px)."""
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = QTextBlockFormat()
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(space_after if block.next().isValid() else 0.0)
        fmt.setTopMargin(0.0)
        level = block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)
        if level and indent:
            fmt.setLeftMargin(level * indent)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(fmt)
        block = block.next()


def _snippet(text: str, length: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
