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
from teachin.i18n import count_text, number_text, translate
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
ROOMS_A_PAGE = 2  # room charts: two a page, each under its heading (never split from it)
ANSWERS_CHARS = 320  # "what was answered" in a table cell: the most given, about this long
WORKSHOP_ORDER = {"pre": 0, "post": 2}  # checkpoints and polls between, by name


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
    modes: dict[str, str] = field(default_factory=dict)  # quiz -> its @mode


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
    modes = {name: quiz.mode for name, quiz in deck.quizzes.items()}
    return ReportData(date, place, summaries, modules, rooms, modes)


def in_workshop_order(names: list[str], modes: dict[str, str]) -> list[str]:
    """The quizzes as the day ran: before the workshop, the checkpoints, after it."""
    return sorted(names, key=lambda name: (WORKSHOP_ORDER.get(modes.get(name, ""), 1), name))


def answers_in_brief(question: s.QuestionSummary) -> str:
    """What was answered, the most given first, as many as read in about ANSWERS_CHARS (at
    least one): a match or an order in words is a long line, and every one may differ."""
    for limit in range(5, 1, -1):
        text = question.answers_text(limit=limit)
        if len(text) <= ANSWERS_CHARS:
            return text
    return question.answers_text(limit=1)


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

    def heading(self, level: int, text: str, new_page: bool = False) -> None:
        """A heading; ``new_page``: its section starts on a page of its own."""
        style = ' style="page-break-before: always"' if new_page else ""  # untranslated: markup
        self.add(f"<h{level}{style}>{escape(text)}</h{level}>")

    def paragraph(self, text: str, muted: bool = False) -> None:
        self.add(f'<p class="muted">{escape(text)}</p>' if muted else f"<p>{escape(text)}</p>")

    def image(self, chart: ChartWidget | None) -> None:
        if chart is None:
            return
        self.images += 1
        url = f"chart:{self.images}"
        self.doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(url), chart_image(chart)
        )
        self.add(f'<p><img src="{url}" width="{PAGE_WIDTH_PX}"></p>')  # untranslated: markup

    def table(self, header: list[str], rows: list[list[str]], widths: tuple[int, ...] = ()) -> None:
        """A table across the page; ``widths``: the first columns' shares of it (%), if set."""
        shares = [f' width="{widths[k]}%"' if k < len(widths) else "" for k in range(len(header))]
        head = "".join(f"<th{w}>{escape(h)}</th>" for h, w in zip(header, shares, strict=True))
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
        )
        table = '<table cellspacing="0" cellpadding="3" border="0.5">'  # untranslated: markup
        # thead: Qt repeats the header row at the top of each page the table runs onto.
        self.add(f"{table}<thead><tr>{head}</tr></thead>{body}</table>")


def _side(side: s.Side) -> str:
    if side.share is not None:
        return translate("Report", "{share} right").format(share=s.share_text(side.share))
    return side.most_given or translate("Report", "no answers")


def build_document(data: ReportData, names: bool = False) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(_font())
    doc.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; color: #B3261E; } h3 { font-size: 11pt; }"
        " th { background: #EEEEEA; text-align: left; } .muted { color: #4A4D55; }"
        # Qt's HTML reader makes French's narrow no-break space ("1 400", "25 %") an ordinary,
        # breakable one, except where white space is kept as written.
        " p, td { white-space: pre-wrap; }"
    )
    html = _Html(doc)
    where = " · ".join(part for part in (data.date, data.place) if part)
    html.heading(1, translate("Report", "Workshop report"))
    html.paragraph(where or translate("Report", "Date and place not given."))

    html.heading(2, translate("Report", "Who took part"))
    quizzes = data.summaries.quizzes
    taken = [
        quizzes[n] for n in in_workshop_order(list(quizzes), data.modes) if quizzes[n].attempts
    ]
    if taken:
        html.table(
            [
                translate("Report", "Quiz"),
                translate("Report", "People who took part"),
                translate("Report", "Attempts"),
                translate("Report", "Finished"),
            ],
            [
                [f"{q.title} ({q.name})", *map(count_text, (q.took_part, q.attempts, q.finished))]
                for q in taken
            ],
        )
    else:
        html.paragraph(translate("Report", "No quiz answers yet."))

    html.heading(2, translate("Report", "Time per module"))
    if any(m.actual is not None for m in data.modules):
        html.table(
            [
                translate("Report", "Module"),
                translate("Report", "Planned (minutes)"),
                translate("Report", "Actual (minutes)"),
            ],
            [
                [
                    m.title,
                    number_text(f"{m.planned:g}"),
                    "—" if m.actual is None else count_text(round(m.actual)),
                ]
                for m in data.modules
            ],
        )
        actual = translate(
            "Report",
            "Actual: the time each module's slides were on the screen once the talk's timer ran "
            "(F5, or the first move); a slide up for over 20 minutes counts 20 (a break).",
        )
        html.paragraph(actual, muted=True)
    else:
        never = translate(
            "Report", "No slides were logged: the talk's timer never ran on these laptops."
        )
        html.paragraph(never)

    found = data.summaries.pre_post
    if found is not None:
        html.heading(2, translate("Report", "Before and after"), new_page=True)
        share = translate(
            "Report",
            "Share right on the core questions asked both in {pre} and {post}: paired by person "
            "where the same people answered both times, everyone who answered otherwise.",
        )
        html.paragraph(share.format(pre=found.pre, post=found.post))
        html.image(pre_post_chart(found, DEFAULT))
        rows = []
        changes = (*found.questions, found.overall)
        for label, change in zip(core_labels(found), changes, strict=True):
            before, after, moved = change.headline()
            rows.append([label, change.text, _side(before), _side(after),
                         found.points_text(moved), change.rests_on()])  # fmt: skip
        header = [
            "",
            translate("Report", "Core question"),
            translate("Report", "Before"),
            translate("Report", "After"),
            translate("Report", "Change"),
            translate("Report", "Rests on"),
        ]
        html.table(header, rows, widths=(5, 40))

    if data.rooms:
        html.heading(2, translate("Report", "The room charts at the reveal"), new_page=True)
        for k, room in enumerate(data.rooms):
            when = (
                translate("Report", "as revealed at {time}").format(
                    time=local_time(room.revealed_at)[:16]
                )
                if room.revealed_at
                else translate("Report", "never revealed: every answer given")
            )
            html.heading(3, room.slide, new_page=k > 0 and k % ROOMS_A_PAGE == 0)
            if not room.responses:
                none = translate("Report", "{question}: no answers.")
                html.paragraph(none.format(question=room.question.text), muted=True)
                continue
            count = translate("Report", "{count} answer(s), {when}.")
            html.paragraph(
                count.format(count=count_text(len(room.responses)), when=when), muted=True
            )
            chart = room_chart(room.quiz, room.question, lambda q, n, r=room: r.responses, DEFAULT)
            html.image(chart)

    for k, q in enumerate(taken):  # one after the other: a checkpoint is a few lines
        html.heading(2, f"{q.title} ({q.name})", new_page=k == 0)
        taking = translate(
            "Report", "{people} people took part, {attempts} attempt(s), {finished} finished."
        )
        people, attempts, finished = map(count_text, (q.took_part, q.attempts, q.finished))
        html.paragraph(taking.format(people=people, attempts=attempts, finished=finished))
        html.table(
            [
                translate("Report", "Question"),
                translate("Report", "Answered"),
                translate("Report", "Right"),
                translate("Report", "What was answered"),
            ],
            [
                [
                    question.text,
                    count_text(question.answered),
                    s.share_text(question.share_right),
                    answers_in_brief(question),
                ]
                for question in q.questions
            ],
            widths=(45,),
        )

    if names and data.summaries.participants:
        html.heading(2, translate("Report", "Participants"), new_page=True)
        html.table(
            [
                translate("Report", "Participant"),
                translate("Report", "Quiz"),
                translate("Report", "Answered"),
                translate("Report", "Right"),
                translate("Report", "Points"),
                translate("Report", "Finished"),
            ],
            [
                [
                    p.nickname,
                    p.quiz,
                    count_text(p.answered),
                    count_text(p.right),
                    number_text(f"{p.points:g}"),
                    translate("Report", "yes") if p.finished else translate("Report", "no"),
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
    writer.setTitle(translate("Report", "Workshop report"))
    writer.setResolution(300)
    writer.setPageLayout(page_layout())
    lay_out_pages(doc)
    doc.print_(writer)
    return doc.pageCount()


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 16, 16, 16),
        QPageLayout.Unit.Millimeter,
    )


def lay_out_pages(doc: QTextDocument) -> None:
    """Lay the text out in pages PAGE_WIDTH_PX wide, as A4 less its margins (print_ scales each
    page onto the paper)."""
    paint = page_layout().paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(PAGE_WIDTH_PX, PAGE_WIDTH_PX * paint.height() / paint.width()))


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
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"  # untranslated: Qt's


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
            translate("Report", "teachin report: name the PDF to write, e.g. {example}").format(
                example="teachin report report.pdf"  # untranslated: a command to type
            ),
            file=sys.stderr,
        )
        return 1
    out = Path(args.out)
    if out.is_dir():
        print(
            translate(
                "Report",
                "teachin report: {out} is a folder; name a .pdf file to write, e.g. {example}",
            ).format(out=out, example=out / "workshop-report.pdf"),
            file=sys.stderr,
        )
        return 1
    if not out.parent.is_dir():
        print(
            translate("Report", "teachin report: cannot write {out}: no such folder").format(
                out=out
            ),
            file=sys.stderr,
        )
        return 1
    if not default_path().exists():
        print(
            translate("Report", "teachin report: no results yet (no database at {path})").format(
                path=default_path()
            ),
            file=sys.stderr,
        )
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
        print(translate("Report", "teachin report: {error}").format(error=error), file=sys.stderr)
        return 1
    except OSError as error:
        print(
            translate("Report", "teachin report: cannot write {out}: {error}").format(
                out=out, error=error.strerror or error
            ),
            file=sys.stderr,
        )
        return 1
    print(translate("Report", "wrote {out}: {pages} page(s)").format(out=out, pages=pages))
    return 0


def ask_and_write_report(window: QWidget, start_in: str = "") -> tuple[Path, int] | None:
    """The results window's "Workshop report…": date and place asked once (kept), then where
    (the dialog opens in ``start_in``). Returns the PDF written and its pages, or None."""
    from PySide6.QtWidgets import QFileDialog

    from teachin.content.deck import load_deck

    try:
        date, place = remember_date_place(None, None)
        if not date and not place:
            title = translate("Report", "Workshop report")
            date, ok = QInputDialog.getText(window, title, translate("Report", "Date (optional):"))
            if not ok:
                return None
            place, ok = QInputDialog.getText(
                window, title, translate("Report", "Place (optional):")
            )
            if not ok:
                return None
            date, place = remember_date_place(date.strip(), place.strip())
        name, _ = QFileDialog.getSaveFileName(
            window,
            translate("Report", "Save the workshop report"),
            str(Path(start_in) / translate("Report", "workshop-report.pdf")),
            "PDF (*.pdf)",
        )
        if not name:
            return None
        # Some seconds with every chart drawn: the pointer says so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            deck = load_deck(paths.deck_dir())
            with contextlib.closing(open_for_reading()) as store:
                data = gather(store, deck, date, place)
            pages = write_report(data, Path(name))
        finally:
            QApplication.restoreOverrideCursor()
    except (StoreError, OSError) as error:
        QMessageBox.warning(
            window,
            translate("Report", "Workshop report"),
            translate("Report", "The report was not written: {error}").format(error=error),
        )
        return None
    return Path(name), pages
