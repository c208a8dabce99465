"""`teachin handout OUT.pdf [--notes]`: the deck as a printable PDF, written by Qt's QPdfWriter.

One slide per A4 landscape page; with ``--notes``, A4 portrait pages with the slide on top and
the speaker notes below, continued on further pages when long. Slides are painted as vectors,
so text stays sharp and can be searched and copied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QRegion,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QWidget

from teachin import i18n, paths
from teachin.content.model import Deck, Slide
from teachin.theme import DEFAULT
from teachin.ui.render import ensure_app, show_still, static_view, stored_answers
from teachin.ui.slide_parts import Answers
from teachin.ui.slide_view import SlideView

SLIDE_PIXELS = QSize(1920, 1080)  # laid out as on a 1080p projector, then scaled onto paper
DPI = 300
CHART_SHARPNESS = 2.0  # charts drawn at twice the 1080p size: about 360 dpi on A4
NOTES_POINTS = 11.5
FOOTER_POINTS = 8.5


class HandoutError(Exception):
    """The PDF could not be written where asked (the message says why)."""


def run_handout(args: argparse.Namespace) -> int:
    out = Path(args.out)
    ensure_app()
    from teachin.content.deck import load_deck  # after Qt is up: keeps --help fast

    deck = load_deck(paths.deck_dir())
    if not deck.slides:
        said = i18n.translate("handout", "teachin handout: {deck}: the deck has no slides")
        print(said.format(deck=deck.root), file=sys.stderr)
        return 2
    try:
        with stored_answers() as answers:
            pages = write_handout(deck, out, notes=bool(args.notes), answers=answers)
    except HandoutError as error:
        said = i18n.translate("handout", "teachin handout: {out}: {error}; no PDF written")
        print(said.format(out=out, error=error), file=sys.stderr)
        return 1
    if args.notes:
        said = i18n.translate(
            "handout", "{out}: {slides} slides on {pages} pages with speaker notes"
        )
    else:
        said = i18n.translate("handout", "{out}: {slides} slides on {pages} pages")
    print(said.format(out=out, slides=len(deck.slides), pages=pages))
    return 0


def write_handout(
    deck: Deck, out: Path, notes: bool = False, answers: Answers | None = None
) -> int:
    """Write the PDF; returns how many pages it has. Room charts show ``answers``. Written
    beside ``out`` first and moved over it once complete, so a failed run leaves no half file
    (nor destroys an old one). Raises HandoutError when ``out`` cannot be written."""
    if out.is_dir():
        raise HandoutError(i18n.translate("handout", "is a folder"))
    part = out.with_name(f".{out.name}.part")
    try:  # Python says why a place cannot be written; QPdfWriter only warns and draws nothing
        part.open("wb").close()
    except OSError as error:
        if not out.parent.exists():
            said = i18n.translate("handout", "no such folder {folder}")
            raise HandoutError(said.format(folder=repr(str(out.parent)))) from None
        said = i18n.translate("handout", "cannot write in {folder} ({reason})")
        raise HandoutError(
            said.format(folder=repr(str(out.parent)), reason=error.strerror)
        ) from None
    try:
        pages = _write_pdf(deck, part, notes, answers)
        if part.stat().st_size == 0:
            raise HandoutError(i18n.translate("handout", "the PDF came out empty"))
        part.replace(out)
    except OSError as error:
        said = i18n.translate("handout", "cannot write it ({reason})")
        raise HandoutError(said.format(reason=error.strerror)) from None
    finally:
        part.unlink(missing_ok=True)
    return pages


def _write_pdf(deck: Deck, out: Path, notes: bool, answers: Answers | None) -> int:
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setCreator("Teach-in")
    writer.setTitle(deck.slides[0].title if deck.slides else "Teach-in")
    portrait, landscape = QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            portrait if notes else landscape,
            QMarginsF(14, 14, 14, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise HandoutError(i18n.translate("handout", "Qt could not start the PDF"))
    view = static_view(SLIDE_PIXELS, DEFAULT, answers)  # paper is light: the default theme
    paint = writer.pageLayout().paintRectPixels(DPI)
    page = QRectF(0, 0, paint.width(), paint.height())  # the painter starts at the margins
    footer_h = _points(FOOTER_POINTS) * 2.2
    pages = 0
    slides = deck.slides
    for number, slide in enumerate(slides, 1):
        if pages:
            writer.newPage()
        pages += 1
        label = f"{number} / {len(slides)}  ·  {_module_title(deck, slide)}"
        body = page.adjusted(0, 0, 0, -footer_h)
        if notes:
            frame = QRectF(body.left(), body.top(), body.width(), body.width() * 9 / 16)
        else:
            frame = _fit_16_9(body)
        _paint_slide(painter, view, slide, deck, frame)
        _paint_footer(painter, page, label)
        if notes and slide.notes.strip():
            top = frame.bottom() + footer_h
            pages += _paint_notes(writer, painter, slide.notes, top, body, page, label)
    view.close()
    if not painter.end():
        raise HandoutError(i18n.translate("handout", "Qt could not finish the PDF"))
    return pages


def _paint_slide(
    painter: QPainter, view: SlideView, slide: Slide, deck: Deck, frame: QRectF
) -> None:
    """The slide's own text as vectors; charts as sharp pictures (pyqtgraph measures its axis
    labels for the screen, and drawn straight onto a 300 dpi printer they lose them)."""
    show_still(view, slide, None, deck)  # every reveal step shown
    for chart in view.chart_widgets():  # the final state: answers revealed, nothing to drag
        for_paper = getattr(chart, "for_paper", None)
        if callable(for_paper):
            for_paper()
    QApplication.processEvents()  # a chart that changed lays out again
    painter.save()
    painter.translate(frame.topLeft())
    scale = frame.width() / SLIDE_PIXELS.width()
    painter.scale(scale, scale)
    view.render(painter, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawWindowBackground)
    for chart in view.chart_widgets():
        if not chart.isHidden():
            painter.drawImage(QRectF(chart.geometry()), _picture(chart, CHART_SHARPNESS))
    painter.restore()
    painter.save()
    painter.setPen(QPen(QColor(DEFAULT.grid), _points(0.6)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(frame)  # the slide's edge on white paper
    painter.restore()


def _picture(widget: QWidget, ratio: float) -> QImage:
    image = QImage(widget.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    widget.render(image)
    return image


def _paint_footer(painter: QPainter, page: QRectF, label: str) -> None:
    painter.save()
    painter.setFont(_font(FOOTER_POINTS))
    painter.setPen(QColor(DEFAULT.muted))
    height = _points(FOOTER_POINTS) * 1.6
    strip = QRectF(page.left(), page.bottom() - height, page.width(), height)
    painter.drawText(strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)
    painter.drawText(strip, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, "Teach-in")
    painter.restore()


def _paint_notes(
    writer: QPdfWriter,
    painter: QPainter,
    notes: str,
    top: float,
    body: QRectF,
    page: QRectF,
    label: str,
) -> int:
    """Speaker notes under the slide, carried over to further pages (never cut through a line).
    Returns the number of extra pages used."""
    doc = notes_document(notes, writer, body.width())
    breaks = line_bottoms(doc)
    start, extra, room_top = 0.0, 0, top
    while start < breaks[-1] - 0.5:
        room = body.bottom() - room_top
        fitting = [b for b in breaks if start < b <= start + room]
        end = fitting[-1] if fitting else start + room  # one line taller than a page: cut it
        _draw_doc_slice(painter, doc, start, end, room_top, body.left())
        start = end
        if start < breaks[-1] - 0.5:
            writer.newPage()
            extra += 1
            _paint_footer(
                painter,
                page,
                i18n.translate("handout", "{label}  ·  notes continued").format(label=label),
            )
            room_top = body.top()
    return extra


def notes_document(notes: str, device: QPdfWriter, width: float) -> QTextDocument:
    """Speaker notes (Markdown) laid out for ``device`` at ``width``."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # measure at the printer's resolution
    doc.setDefaultFont(_font(NOTES_POINTS))
    doc.setDocumentMargin(0)
    doc.setMarkdown(notes)
    doc.setTextWidth(width)
    return doc


def _draw_doc_slice(
    painter: QPainter, doc: QTextDocument, start: float, end: float, y: float, x: float
) -> None:
    painter.save()
    painter.translate(x, y - start)
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = context.palette
    palette.setColor(QPalette.ColorRole.Text, QColor(DEFAULT.foreground))
    context.palette = palette
    context.clip = QRectF(0, start, doc.textWidth(), end - start)
    painter.setClipRect(context.clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def line_bottoms(doc: QTextDocument) -> list[float]:
    """The y of the bottom of every laid-out line: the places a page may end."""
    height = doc.documentLayout().documentSize().height()  # lays the whole document out first
    bottoms = [0.0, height]
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            bottoms.append(origin + line.y() + line.height())
        block = block.next()
    return sorted(set(bottoms))


def _fit_16_9(area: QRectF) -> QRectF:
    width = min(area.width(), area.height() * 16 / 9)
    height = width * 9 / 16
    return QRectF(area.left() + (area.width() - width) / 2, area.top(), width, height)


def _module_title(deck: Deck, slide: Slide) -> str:
    for module in deck.modules:
        if any(s is slide for s in module.slides):
            return module.title
    return ""


def _font(points: float) -> QFont:
    font = QFont(DEFAULT.font_family)
    font.setPointSizeF(points)
    return font


def _points(points: float) -> float:
    return points * DPI / 72
