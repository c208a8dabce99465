"""The join slide: over the room's slide while the facilitator shows it (O), the QR code, the
address and the room code, big enough to read and scan from the back of the room.

The QR code is painted module by module from segno's matrix (crisp at any size, no SVG
renderer needed). Everything is drawn with ``drawText``: plain text, never HTML.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

PAPER, INK, DIM = QColor("#FFFFFF"), QColor("#000000"), QColor("#3C3C3C")
QUIET = 4  # modules of light border a scanner needs around the code


class JoinInfo(NamedTuple):
    address: str  # http://192.168.137.1:8765, shown (what people type)
    code: str
    qr: list[list[bool]]  # the join link (address and code) as QR modules, dark = True


class JoinView(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.info: JoinInfo | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def set_info(self, info: JoinInfo) -> None:
        if info != self.info:
            self.info = info
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAPER)
        if self.info is not None:
            self._paint(painter, self.info)
        painter.end()

    def _paint(self, painter: QPainter, info: JoinInfo) -> None:
        w, h = float(self.width()), float(self.height())
        margin = h * 0.06
        side = min(h - 2 * margin, w * 0.45)  # the QR code, quiet zone included
        modules = len(info.qr) + 2 * QUIET
        cell = int(side / modules)  # whole pixels: every module the same size, edges sharp
        qr_side = cell * modules
        left, top = margin, (h - qr_side) / 2
        for y, row in enumerate(info.qr):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        round(left) + (x + QUIET) * cell,
                        round(top) + (y + QUIET) * cell,
                        cell,
                        cell,
                        INK,
                    )
        x0 = left + qr_side + margin * 0.5
        column = QRectF(x0, margin, w - x0 - margin, h - 2 * margin)
        lines = [
            (self.tr("Answer from your phone"), 0.075, True, INK),
            (self.tr("Scan the code, or open"), 0.05, False, DIM),
            (info.address, 0.085, True, INK),
            (self.tr("Room code"), 0.05, False, DIM),
            (" ".join(info.code), 0.16, True, INK),
            (self.hint(), 0.038, False, DIM),
        ]
        width = column.width()
        fonts = [self._fitted(text, h * size, bold, width) for text, size, bold, _ in lines]
        heights = [QFontMetricsF(f).height() for f in fonts]
        heights[-1] *= 2.3  # the hint may wrap to two lines
        gaps = [0.0, h * 0.05, 0.0, h * 0.06, 0.0, h * 0.05]
        y = column.top() + (column.height() - sum(heights) - sum(gaps)) / 2
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for (text, *_, colour), font, height, gap in zip(lines, fonts, heights, gaps, strict=True):
            y += gap
            painter.setFont(font)
            painter.setPen(colour)
            # Only the hint wraps. The address wrapped at "//" when its fitted width came out a
            # hair over the column's (hinting), and the clipped second line left "http://" alone.
            flags = top_left | (
                Qt.TextFlag.TextWordWrap if text == self.hint() else Qt.TextFlag.TextDontClip
            )
            painter.drawText(QRectF(column.left(), y, width, height), flags, text)
            y += height

    def hint(self) -> str:
        return self.tr("Same Wi-Fi as this laptop. Turn mobile data off if the page does not load.")

    def _fitted(self, text: str, px: float, bold: bool, width: float) -> QFont:
        """The font at ``px``, smaller if one line of ``text`` would not fit ``width`` (the
        hint wraps instead: it may take two lines)."""
        font = QFont(self.font())
        font.setBold(bold)
        font.setPixelSize(max(12, round(px)))
        if text == self.hint():
            return font
        advance = QFontMetricsF(font).horizontalAdvance(text)
        if advance > width:
            font.setPixelSize(max(12, int(px * width / advance)))
        while font.pixelSize() > 12 and QFontMetricsF(font).horizontalAdvance(text) > width:
            font.setPixelSize(font.pixelSize() - 1)  # hinting does not scale linearly
        return font
