"""One-line labels that stay readable when a small laptop screen leaves them little room.

A ``FitLabel`` is given the same information in several wordings, longest first (each drops
the least important words); it shows the longest that fits. If even the shortest does not fit,
that one is cut with an ellipsis when ``elide`` allows it. ``FitRow`` puts two of them side by
side and says which one keeps its room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"


class FitLabel(QLabel):
    """``text()`` is what is shown now; ``full_text()`` the longest wording."""

    def __init__(self, *, elide: bool = False, keep_chars: int = 12) -> None:
        super().__init__()
        self._variants: tuple[str, ...] = ("",)
        self._elide = elide
        self._keep_chars = keep_chars  # an elided label keeps at least this many characters
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_variants(self, *variants: str) -> None:
        """The wordings, longest and most complete first."""
        variants = tuple(v for v in variants if v) or ("",)
        if variants != self._variants:
            self._variants = variants
            self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._variants[0]

    def variants(self) -> tuple[str, ...]:
        return self._variants

    def fits(self) -> bool:
        """Whether what is shown is wholly inside the label (as the tests check it)."""
        return self.fontMetrics().horizontalAdvance(self.text()) <= self.contentsRect().width()

    def _advance(self, text: str) -> int:
        self.ensurePolished()  # the console's style sheet sets the font size
        return self.fontMetrics().horizontalAdvance(text)

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = next((v for v in self._variants if self._advance(v) <= room), None)
        if shown is None:
            last = self._variants[-1]
            elided = Qt.TextElideMode.ElideRight
            shown = self.fontMetrics().elidedText(last, elided, room) if self._elide else last
        if shown != super().text():
            super().setText(shown)

    def _extra(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2  # a little slack for glyph overhang

    def sizeHint(self) -> QSize:
        height = super().sizeHint().height()
        return QSize(self._advance(self._variants[0]) + self._extra(), height)

    def readable_width(self) -> int:
        """Room for a wording that reads well: with three or more, the last is a last resort."""
        if len(self._variants) < 3:
            return self.minimumSizeHint().width()
        return self._advance(self._variants[-2]) + self._extra()

    def minimumSizeHint(self) -> QSize:
        last = self._variants[-1]
        if self._elide and len(last) > self._keep_chars:
            last = last[: self._keep_chars] + ELLIPSIS
        return QSize(self._advance(last) + self._extra(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
            self._fit()


class FitRow(QWidget):
    """Two labels on one line. The ``keep`` one gets the room it asks for as long as the
    other can still show a readable wording (then its last resort); the other takes the rest."""

    GAP = 24

    def __init__(self, first: FitLabel, second: FitLabel, keep: FitLabel) -> None:
        super().__init__()
        self.first, self.second, self.keep = first, second, keep
        for label in (first, second):
            label.setParent(self)  # placed by hand in _place, not by a layout
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _place(self) -> None:
        other = self.second if self.keep is self.first else self.first
        width = self.width()
        if not other.full_text():
            kept = width  # nothing to say beside it
        elif not self.keep.full_text():
            kept = 0
        else:
            # The other gives way to its last resort only if the kept one cannot read well.
            wish = self.keep.sizeHint().width()
            for need in (other.readable_width(), other.minimumSizeHint().width()):
                kept = min(wish, width - self.GAP - need)
                if kept >= self.keep.readable_width():
                    break
            kept = max(kept, self.keep.minimumSizeHint().width())
        kept = min(kept, width)
        rest = max(width - kept - self.GAP, 0)
        left, right = (kept, rest) if self.keep is self.first else (rest, kept)
        height = self.height()
        self.first.setGeometry(0, 0, left, height)
        self.second.setGeometry(width - right, 0, right, height)

    def sizeHint(self) -> QSize:
        a, b = self.first.sizeHint(), self.second.sizeHint()
        return QSize(a.width() + self.GAP + b.width(), max(a.height(), b.height()))

    def minimumSizeHint(self) -> QSize:
        a, b = self.first.minimumSizeHint(), self.second.minimumSizeHint()
        return QSize(a.width() + self.GAP + b.width(), max(a.height(), b.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def update_layout(self) -> None:
        """After new texts: the kept label's wish may have changed."""
        self.updateGeometry()
        self._place()
