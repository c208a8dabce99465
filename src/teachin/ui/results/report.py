"""`teachin report OUT.pdf [--names] [--date D] [--place P]`: the workshop report, one PDF an
organiser can send on.

Date and place (optional, given once and kept in the settings); who took part in each quiz;
each module's planned against actual minutes (from what the presenter logged, store.slide_log);
before against after on the core questions; each room chart of the deck as it stood when the
presenter revealed it; every quiz's questions in words. Participants are named only with
``--names``. Every figure comes from ``quiz.summary``; the charts are the slides' own chart
widgets (ui.results.charts), drawn at twice their size so they print sharp.

The PDF is an HTML document laid out by Qt (QTextDocument) onto A4 pages by QPdfWriter.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QSizeF, Qt, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from teachin import paths
from teachin.charts.base import ChartWidget
from teachin.content.model import Deck
from teachin.quiz import summary as s
from teachin.store.db import Store, StoreError, default_path, open_store
from teachin.store.results import ResultsReader, open_for_reading, responses_as_at
from teachin.store.results_cli import local_time
from teachin.store.settings import get_setting, set_setting
from teachin.store.slide_log import ROOM_REVEALED, SLIDE_SHOWN, logged
from teachin.theme import DEFAULT
from teachin.ui.results.charts import core_labels, pre_post_chart, room_chart

DATE, PLACE = "report_date", "report_place"  # settings keys: asked once, kept
CHART_SIZE = QSize(1400, 760)  # laid out as on a large screen...
SHARPNESS = 2.0  # ...and drawn at twice that: about 400 dpi across an A4 page
PAGE_WIDTH_PX = 680  # the document's text width, in its own pixels (images are scaled to it)


@dataclass
class RoomAtReveal:
    slide: str
    quiz: str
    question: object  # content.gift.Question
    responses: list[object]
    revealed_at: str | None  # None: never revealed, every answer shown


@dataclass
class ReportData:
    date: str
    place: str
    summaries: s.Summaries
    modules: list[s.ModuleTime]
    rooms: list[RoomAtReveal] = field(default_factory=list)


def gather(store: Store, deck: Deck, date: str = "", place: str = "") -> ReportData:
    """Everything the report shows, read from ``store`` (read-only is enough)."""
    rows = ResultsReader(store=store).read()
    summaries = s.summarize(deck.quizzes, rows.takings, rows.given)
    events = logged(store)
    shown = [
        (e.device_id, _seconds(e.at), int(e.detail.get("module", -1)))
        for e in events
        if e.kind == SLIDE_SHOWN and isinstance(e.detail.get("module"), int)
    ]
    modules = s.module_times([(m.title, float(m.minutes)) for m in deck.modules], shown)
    reveals: dict[tuple[str, str], str] = {}
    for e in events:  # oldest first: the last reveal wins
        if e.kind == ROOM_REVEALED:
            reveals[str(e.detail.get("quiz")), str(e.detail.get("question"))] = e.at
    rooms = []
    for slide in deck.slides:
        for part in slide.charts:
            quiz_name, name = part.options.get("quiz", ""), part.options.get("question", "")
            quiz = deck.quizzes.get(quiz_name)
            if part.kind != "room" or quiz is None or name not in quiz:
                continue
            at = reveals.get((quiz_name, name))
            if at is not None:
                responses = responses_as_at(store, quiz_name, name, at)
            else:
                responses = [g.response for g in rows.given if g.question == name
                             and _quiz_of(rows, g.attempt) == quiz_name]  # fmt: skip
            rooms.append(RoomAtReveal(slide.title, quiz_name, quiz.question(name), responses, at))
    return ReportData(date, place, summaries, modules, rooms)


def _quiz_of(rows, attempt: str) -> str:
    for t in rows.takings:
        if t.id == attempt:
            return t.quiz
    return ""


def _seconds(iso: str) -> float:
    try:
        return datetime.fromisoformat(iso).timestamp()
    except (ValueError, OverflowError, OSError):  # a bundle may carry any text here
        return 0.0


# --- the document -----------------------------------------------------------------------------


def chart_image(chart: ChartWidget) -> QImage:
    """A chart drawn off screen at ``CHART_SIZE`` times ``SHARPNESS``."""
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.resize(CHART_SIZE)
    chart.show()
    QApplication.processEvents()  # the layout settles (title, legend, axes) before drawing
    chart.finish()
    image = QImage(CHART_SIZE * SHARPNESS, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(SHARPNESS)
    image.fill(Qt.GlobalColor.white)
    chart.render(image)
    chart.close()
    chart.deleteLater()
    return image


class _Html:
    def __init__(self, doc: QTextDocument) -> None:
        self.doc, self.parts, self.images = doc, [], 0

    def add(self, html: str) -> None:
        self.parts.append(html)

    def image(self, chart: ChartWidget | None) -> None:
        if chart is None:
            return
        self.images += 1
        url = f"chart:{self.images}"
        self.doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), chart_image(chart)
        )
        self.add(f'<p><img src="{url}" width="{PAGE_WIDTH_PX}"></p>')

    def table(self, header: list[str], rows: list[list[str]], widths: tuple[int, ...] = ()) -> None:
        """A table across the page; ``widths``: the first columns' shares of it (%), if set."""
        shares = [f' width="{widths[k]}%"' if k < len(widths) else "" for k in range(len(header))]
        head = "".join(f"<th{w}>{escape(h)}</th>" for h, w in zip(header, shares, strict=True))
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
        )
        self.add(
            f'<table cellspacing="0" cellpadding="3" border="0.5"><tr>{head}</tr>{body}</table>'
        )


def _side(side: s.Side) -> str:
    if side.share is not None:
        return f"{s.share_text(side.share)} right"
    return side.most_given or "no answers"


def build_document(data: ReportData, names: bool = False) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(_font())
    doc.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; color: #B3261E; } h3 { font-size: 11pt; }"
        " th { background: #EEEEEA; text-align: left; } .muted { color: #4A4D55; }"
    )
    html = _Html(doc)
    where = " · ".join(part for part in (data.date, data.place) if part)
    html.add("<h1>Workshop report</h1>")
    html.add(f"<p>{escape(where) or 'Date and place not given.'}</p>")

    html.add("<h2>Who took part</h2>")
    taken = [q for q in data.summaries.quizzes.values() if q.attempts]
    if taken:
        html.table(
            ["Quiz", "People who took part", "Attempts", "Finished"],
            [[f"{q.title} ({q.name})", q.took_part, q.attempts, q.finished] for q in taken],
        )
    else:
        html.add("<p>No quiz answers yet.</p>")

    html.add("<h2>Time per module</h2>")
    if any(m.actual is not None for m in data.modules):
        html.table(
            ["Module", "Planned (minutes)", "Actual (minutes)"],
            [
                [m.title, f"{m.planned:g}", "—" if m.actual is None else f"{m.actual:.0f}"]
                for m in data.modules
            ],
        )
        html.add(
            '<p class="muted">Actual: the time each module\'s slides were on the screen once the '
            "talk's timer ran (F5, or the first move); a slide up for over 20 minutes counts 20 "
            "(a break).</p>"
        )
    else:
        html.add("<p>No slides were logged: the talk's timer never ran on these laptops.</p>")

    found = data.summaries.pre_post
    if found is not None:
        html.add('<h2 style="page-break-before: always">Before and after</h2>')
        html.add(
            f"<p>Share right on the core questions asked both in {escape(found.pre)} and "
            f"{escape(found.post)}: paired by person where the same people answered both times, "
            "everyone who answered otherwise.</p>"
        )
        html.image(pre_post_chart(found, DEFAULT))
        rows = []
        changes = (*found.questions, found.overall)
        for label, change in zip(core_labels(found), changes, strict=True):
            before, after, moved = change.headline()
            rows.append([label, change.text, _side(before), _side(after),
                         found.points_text(moved), change.rests_on()])  # fmt: skip
        header = ["", "Core question", "Before", "After", "Change", "Rests on"]
        html.table(header, rows, widths=(5, 40))

    if data.rooms:
        html.add('<h2 style="page-break-before: always">The room charts at the reveal</h2>')
        for room in data.rooms:
            when = (
                f"as revealed at {local_time(room.revealed_at)[:16]}"
                if room.revealed_at
                else "never revealed: every answer given"
            )
            html.add(f"<h3>{escape(room.slide)}</h3>")
            if not room.responses:
                html.add(f'<p class="muted">{escape(room.question.text)}: no answers.</p>')
                continue
            html.add(f'<p class="muted">{len(room.responses)} answer(s), {when}.</p>')
            chart = room_chart(room.quiz, room.question, lambda q, n, r=room: r.responses, DEFAULT)
            html.image(chart)

    for q in taken:
        html.add(f'<h2 style="page-break-before: always">{escape(q.title)} ({escape(q.name)})</h2>')
        taking = f"{q.took_part} people took part, {q.attempts} attempt(s), {q.finished} finished"
        html.add(f"<p>{taking}.</p>")
        html.table(
            ["Question", "Answered", "Right", "What was answered"],
            [
                [
                    question.text,
                    question.answered,
                    s.share_text(question.share_right),
                    question.answers_text(limit=5),
                ]
                for question in q.questions
            ],
            widths=(45,),
        )

    if names and data.summaries.participants:
        html.add('<h2 style="page-break-before: always">Participants</h2>')
        html.table(
            ["Participant", "Quiz", "Answered", "Right", "Points", "Finished"],
            [
                [
                    p.nickname,
                    p.quiz,
                    p.answered,
                    p.right,
                    f"{p.points:g}",
                    "yes" if p.finished else "no",
                ]
                for p in data.summaries.participants
            ],
        )
    doc.setHtml("".join(html.parts))
    return doc


def write_report(data: ReportData, out: Path, names: bool = False) -> int:
    """Write the PDF; returns how many pages it has."""
    doc = build_document(data, names)
    writer = QPdfWriter(str(out))
    writer.setCreator("Teach-in")
    writer.setTitle("Workshop report")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    # Lay the text out PAGE_WIDTH_PX wide; print_ scales each page onto the paper.
    ratio = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(PAGE_WIDTH_PX, PAGE_WIDTH_PX * ratio.height() / ratio.width()))
    doc.print_(writer)
    return doc.pageCount()


def _font():
    from PySide6.QtGui import QFont

    font = QFont(DEFAULT.font_family)
    font.setPointSizeF(9.5)
    return font


# --- the command and the window's button ------------------------------------------------------


def remember_date_place(date: str | None, place: str | None) -> tuple[str, str]:
    """The date and place given now (kept in the settings for next time), else as kept."""
    if date is not None or place is not None:
        with open_store(make_backup=False) as store:
            if date is not None:
                set_setting(store, DATE, date)
            if place is not None:
                set_setting(store, PLACE, place)
    with contextlib.closing(open_for_reading()) as store:
        return str(get_setting(store, DATE, "") or ""), str(get_setting(store, PLACE, "") or "")


# Qt's offscreen platform says this for every chart drawn off screen; it means nothing to
# whoever runs `teachin report`. Only this message is dropped.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def quiet_offscreen_noise() -> None:
    """Drop OFFSCREEN_NOISE from Qt's messages; pass every other one on as before."""
    previous = None

    def handler(kind: QtMsgType, context, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:  # Qt's default: the message on standard error
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def run_report(args: argparse.Namespace) -> int:
    from teachin.content.deck import load_deck
    from teachin.ui.render import ensure_app

    if not args.out:
        print(
            "teachin report: name the PDF to write, e.g. teachin report report.pdf", file=sys.stderr
        )
        return 1
    out = Path(args.out)
    if out.is_dir():
        print(
            f"teachin report: {out} is a folder; name a .pdf file to write,"
            f" e.g. {out / 'workshop-report.pdf'}",
            file=sys.stderr,
        )
        return 1
    if not out.parent.is_dir():
        print(f"teachin report: cannot write {out}: no such folder", file=sys.stderr)
        return 1
    if not default_path().exists():
        print(f"teachin report: no results yet (no database at {default_path()})", file=sys.stderr)
        return 1
    ensure_app()
    quiet_offscreen_noise()
    try:
        date, place = remember_date_place(args.date, args.place)
        deck = load_deck(paths.deck_dir())
        with contextlib.closing(open_for_reading()) as store:
            data = gather(store, deck, date, place)
        pages = write_report(data, out, names=args.names)
    except StoreError as error:
        print(f"teachin report: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"teachin report: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"wrote {out}: {pages} page(s)")
    return 0


def ask_and_write_report(window: QWidget) -> Path | None:
    """The results window's "Workshop report…": date and place asked once (kept), then where."""
    from PySide6.QtWidgets import QFileDialog

    from teachin.content.deck import load_deck

    try:
        date, place = remember_date_place(None, None)
        if not date and not place:
            date, ok = QInputDialog.getText(window, "Workshop report", "Date (optional):")
            if not ok:
                return None
            place, ok = QInputDialog.getText(window, "Workshop report", "Place (optional):")
            if not ok:
                return None
            date, place = remember_date_place(date.strip(), place.strip())
        name, _ = QFileDialog.getSaveFileName(
            window, "Save the workshop report", "workshop-report.pdf", "PDF (*.pdf)"
        )
        if not name:
            return None
        deck = load_deck(paths.deck_dir())
        with contextlib.closing(open_for_reading()) as store:
            data = gather(store, deck, date, place)
        write_report(data, Path(name))
    except (StoreError, OSError) as error:
        QMessageBox.warning(window, "Workshop report", f"The report was not written: {error}")
        return None
    return Path(name)
