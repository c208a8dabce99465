"""The results window: what the room answered, in words and charts, for the facilitator.

Thin widgets over ``quiz.summary`` (every number) and ``ui.results.charts`` (the slides' own
chart widgets). It reads the database read-only (``store.results.ResultsReader``) and polls it
once a second with a cheap query (the newest answer's rowid, the attempts' counts), reading only
the new answers when something changed, so it refreshes live as the kiosks take answers.

Gathering: "Add results from other laptops…" merges many bundles (a progress dialog, then what
each bundle brought: new answers, answers already here, or why it was turned away); "Save this
laptop's results…" writes a bundle. Both need the database open for writing, which the caller
provides (``open_writable``): the kiosk lends its own store, the presenter opens one.
"""

from __future__ import annotations

import contextlib
import json
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QScreen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teachin.charts.base import ChartWidget
from teachin.charts.room import RoomChart
from teachin.content.gift import Quiz, load_quiz_dir
from teachin.i18n import count_text, number_text
from teachin.quiz import summary as s
from teachin.store.backup import backups
from teachin.store.bundle import (
    MANIFEST_ENTRY,
    BundleError,
    MergeReport,
    export_bundle,
    merge_bundles,
)
from teachin.store.db import Store, StoreError, default_path, open_store
from teachin.store.results import ResultsReader, Rows, open_for_reading
from teachin.theme import DEFAULT, Theme
from teachin.ui.results.charts import core_labels, pre_post_chart, question_chart
from teachin.ui.results.mnemonics import plain, with_mnemonics
from teachin.ui.results.report import in_workshop_order

POLL_MS = 1000
# The least height a chart gets: its type is a share of its height (charts.base.TEXT), so this
# keeps axis labels at ~19 px, read from a step back.
CHART_MIN_H = 380
OpenWritable = Callable[[], AbstractContextManager[Store]]


def _open_writable() -> AbstractContextManager[Store]:
    return open_store()  # a Store closes itself at the end of a with block


class ResultsWindow(QWidget):
    def __init__(
        self,
        quizzes: Mapping[str, Quiz],
        *,
        path: Path | None = None,
        open_writable: OpenWritable = _open_writable,
        show_participants: bool = True,
        theme: Theme = DEFAULT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teach-in results"))
        self.quizzes = dict(quizzes)
        self.path = Path(path) if path else default_path()
        self.reader = ResultsReader(self.path)
        self.open_writable = open_writable
        self.theme = theme
        self.rows = Rows([], {})
        self.takings_by_quiz: dict[str, list[s.Taking]] = defaultdict(list)
        self.given_by_quiz: dict[str, list[s.Given]] = {}
        self._summaries: dict[str, s.QuizSummary] = {}
        self._people: dict[str, int] = {}  # quiz -> people who took part
        self._stale: set[int] = set()
        self.chart: ChartWidget | None = None
        self.pre_post_widget: ChartWidget | None = None
        self._folder: Path | None = None  # where the last file was saved
        self._build(show_participants)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.reload()

    def _mark_keys(self) -> None:
        """Alt+letter for each view, the quiz picker and every button (again when a text
        changes: the letters stay as long as the words' first letters do)."""
        tabs = range(self.tabs.count())
        labels = [self.quiz_label, self.hardest, *self.findChildren(QAbstractButton)]
        labels = [w for k, w in enumerate(labels) if w not in labels[:k]]  # hardest is a button
        texts = [plain(self.tabs.tabText(k)) for k in tabs] + [plain(w.text()) for w in labels]
        marked = with_mnemonics(texts)
        for k in tabs:
            self.tabs.setTabText(k, marked[k])
        for widget, text in zip(labels, marked[len(tabs) :], strict=True):
            widget.setText(text)

    def _next_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def pass_keys(self, keys: Iterable[Qt.Key], to: Callable[[QKeyEvent], None]) -> None:
        """Hand these keys to ``to`` whichever control here has the focus: the presenter's
        clicker keys, so the slides go on moving while this window has the keyboard (as
        pdfpc's windows do). Window shortcuts, as they come before the focused control's
        own use of a key (a table's PageDown)."""
        for key in keys:
            shortcut = QShortcut(QKeySequence(QKeyCombination(key)), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda key=key: to(_key_press(key)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc or Ctrl+W closes the window of its own (not the kiosk's tab that holds it):
        with no window manager there is no title bar to close it with."""
        closing = event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close)
        if closing and self.isWindow():
            self.close()
            return
        super().keyPressEvent(event)

    # --- layout -------------------------------------------------------------------------------

    def _build(self, show_participants: bool) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.quiz_picker = QComboBox()
        self.quiz_picker.setMinimumContentsLength(10)
        self.quiz_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.hardest = QCheckBox(self.tr("Hardest first"))
        self.add_button = QPushButton(self.tr("Add results from other laptops…"))
        self.save_button = QPushButton(self.tr("Save this laptop's results…"))
        self.report_button = QPushButton(self.tr("Workshop report…"))
        self.csv_button = QPushButton(self.tr("Spreadsheet (CSV)…"))
        # The quiz and the status on the left, the four actions two by two on the right: the
        # window fits a 1366 px screen even with the kiosk's large type.
        left = QVBoxLayout()
        picker_row = QHBoxLayout()
        self.quiz_label = QLabel(self.tr("Quiz:"))
        self.quiz_label.setBuddy(self.quiz_picker)  # its Alt+letter opens the picker
        self.quiz_picker.setAccessibleName(self.tr("Quiz"))
        picker_row.addWidget(self.quiz_label)
        picker_row.addWidget(self.quiz_picker, 1)
        left.addLayout(picker_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.hardest)
        status_row.addWidget(self.status, 1)
        left.addLayout(status_row)
        actions = QGridLayout()
        for k, button in enumerate(
            (self.add_button, self.save_button, self.csv_button, self.report_button)
        ):
            actions.addWidget(button, k // 2, k % 2)
        top.addLayout(left, 1)
        top.addLayout(actions)
        layout.addLayout(top)
        problem_row = QHBoxLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {self.theme.accent}; font-weight: bold")
        self.use_backup = QPushButton(self.tr("Show the newest backup"))
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.use_backup)
        layout.addLayout(problem_row)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._questions_tab(), self.tr("Questions"))
        self.tabs.addTab(self._pre_post_tab(), self.tr("Before and after"))
        # A model, not a table of items: a view asks only for the rows it shows.
        self.people_model = RowsModel(
            [
                self.tr("Participant"),
                self.tr("Quiz"),
                self.tr("Answered"),
                self.tr("Right"),
                self.tr("Points"),
                self.tr("Finished"),
            ]
        )
        self.people = QTableView()
        self.people.setAccessibleName(self.tr("Participants"))
        self.people.setModel(self.people_model)
        self.people.horizontalHeader().setResizeContentsPrecision(50)
        self.people.horizontalHeader().setStretchLastSection(True)
        # A click on a column's title sorts by it; at first, the rows in their own order.
        self.people.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.people.setSortingEnabled(True)
        # From the keyboard (a header takes no focus): the focused cell's column.
        for keys, order in (
            ("Ctrl+Down", Qt.SortOrder.AscendingOrder),
            ("Ctrl+Up", Qt.SortOrder.DescendingOrder),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.people)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda order=order: self._sort_people(order))
        if show_participants:
            self.tabs.addTab(self.people, self.tr("Participants"))
        layout.addWidget(self.tabs, 1)
        self.outcome = QPlainTextEdit()
        self.outcome.setReadOnly(True)
        self.outcome.setTabChangesFocus(True)  # Tab goes on to its Open buttons
        self.outcome.setAccessibleName(self.tr("What was done"))
        # What an action made (the report, the spreadsheet, a bundle): opened from here.
        self.made: Path | None = None
        self.open_made = QPushButton(self.tr("Open the file"))
        self.open_folder = QPushButton(self.tr("Open its folder"))
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        opens = QVBoxLayout()
        opens.addWidget(self.open_made)
        opens.addWidget(self.open_folder)
        opens.addStretch(1)
        outcome_row.addLayout(opens)
        layout.addLayout(outcome_row)
        for hidden in (self.outcome, self.open_made, self.open_folder, self.problem):
            hidden.hide()
        self.use_backup.hide()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        self._mark_keys()
        # Ctrl+Tab and Ctrl+Shift+Tab change the view from anywhere in the window, not only
        # once the focus is inside the tabs (QTabWidget's own handling).
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._next_tab(step))

        self.tabs.currentChanged.connect(lambda _: self._catch_up(self._show_tab))
        self.quiz_picker.activated.connect(lambda _: self._catch_up(self._show_quiz))
        self.hardest.toggled.connect(lambda _: self._show_quiz())
        self.question_list.currentRowChanged.connect(lambda _: self._show_question())
        self.add_button.clicked.connect(self.add_bundles)
        self.save_button.clicked.connect(self.save_bundle)
        self.report_button.clicked.connect(self.write_report)
        self.csv_button.clicked.connect(self.export_csv)
        self.use_backup.clicked.connect(self.show_newest_backup)
        self.open_made.clicked.connect(lambda: self._open(self.made))
        self.open_folder.clicked.connect(lambda: self._open(self.made and self.made.parent))

    def _questions_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        self.question_list = QListWidget()
        self.question_list.setAccessibleName(self.tr("Questions"))
        self.question_list.setWordWrap(True)
        self.question_list.setSpacing(3)
        self.question_list.setMinimumWidth(260)
        self.question_figures = QLabel()
        right = _Page()
        right.setMinimumHeight(CHART_MIN_H)  # chart type scales with its height: keep it legible
        self.question_layout = QVBoxLayout(right)
        self.question_figures.setWordWrap(True)
        bigger = self.question_figures.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25)
        self.question_figures.setFont(bigger)
        self.question_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_layout.addWidget(self.question_figures)
        self.no_chart = QLabel(self.tr("No answers to this question yet."))
        self.question_layout.addWidget(self.no_chart, 1)
        # On a short screen with large type (the kiosk at 768 px) the pane scrolls rather than
        # squeezing the chart, whose labels would shrink with it.
        split.addWidget(self.question_list)
        split.addWidget(_scrolling(right, self.theme))
        split.setStretchFactor(1, 3)
        split.setSizes([330, 900])
        return split

    def _pre_post_tab(self) -> QWidget:
        tab = _Page()
        self.pre_post_layout = QVBoxLayout(tab)
        self.pre_post_note = QLabel()
        self.pre_post_note.setWordWrap(True)
        self.pre_post_layout.addWidget(self.pre_post_note)
        self.pre_post_table = _WholeTable(0, 5)
        self.pre_post_table.setHorizontalHeaderLabels(
            [
                self.tr("Core question"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Change"),
                self.tr("Rests on"),
            ]
        )
        self.pre_post_table.setAccessibleName(self.tr("Before and after"))
        self.pre_post_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.pre_post_table.setWordWrap(True)
        # The question's words wrap in the room left; the figures keep their width: no column
        # is ever out of sight. Every row is shown (the page scrolls, not the table).
        header = self.pre_post_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.pre_post_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.hide()  # the first column says Q1, Q2...: no row numbers beside it
        self.pre_post_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pre_post_table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.pre_post_layout.addWidget(self.pre_post_table)
        return _scrolling(tab, self.theme)

    # --- reading ------------------------------------------------------------------------------

    def poll(self) -> None:
        """On the timer: read again only if the database changed."""
        if self.reader.changed():
            self.reload()

    def reload(self) -> None:
        # The attempts first (which quizzes have answers, for the picker), then the answers
        # to what is on screen only: other quizzes are read when they are shown.
        if not self._read(()):
            return
        self.problem.hide()
        self.use_backup.hide()
        self._fill_quiz_picker()
        self._read(self._needed())
        self._show_quiz()
        self._show_tab()
        backup = self.tr(" (a backup: {name})").format(name=self.reader.path.name)
        self.status.setText(
            self.tr("{count} attempt(s) · updated {time}{backup}").format(
                count=count_text(len(self.rows.takings)),
                time=datetime.now().strftime("%H:%M:%S"),
                backup="" if self.reader.path == self.path else backup,
            )
        )

    def _catch_up(self, show: Callable[[], None]) -> None:
        """Another quiz or tab: read its answers (if not yet read), then show it."""
        if self._read(self._needed()):
            show()

    def _needed(self) -> set[str] | None:
        """The quizzes whose answers what is on screen needs (None: all of them)."""
        tab = self.tabs.currentIndex()
        if tab == 2:  # the participants
            return None
        names = {self.quiz_picker.currentData()} - {None}
        if tab == 1:
            names |= {n for n, q in self.quizzes.items() if q.mode in ("pre", "post")}
        return names

    def _read(self, quizzes: set[str] | tuple | None) -> bool:
        """Bring the rows of ``quizzes`` up to date; False if the database cannot be read."""
        try:
            rows = self.reader.read(quizzes)
        except StoreError as error:
            self._show_problem(str(error))
            return False
        self.rows = rows
        self.takings_by_quiz = defaultdict(list)
        for t in rows.takings:
            self.takings_by_quiz[t.quiz].append(t)
        self.given_by_quiz = rows.by_quiz
        for name in rows.changed:  # how many took part, for the quiz picker
            self._people[name] = len({t.person for t in self.takings_by_quiz.get(name, ())})
        for name in rows.changed:  # the other quizzes' summaries still hold
            self._summaries.pop(name, None)
        if rows.changed:
            self._stale = {1, 2}  # the before/after and participants tabs
        return True

    def _answers(self, quiz: str, question: str) -> list[object]:
        return [g.response for g in self.given_by_quiz.get(quiz, ()) if g.question == question]

    def quiz_summary(self, name: str) -> s.QuizSummary:
        if name not in self._summaries:
            quiz = self.quizzes.get(name, name)
            taken, given = self.takings_by_quiz.get(name, []), self.given_by_quiz.get(name, [])
            self._summaries[name] = s.summarize_quiz(quiz, taken, given)
        return self._summaries[name]

    def _show_tab(self) -> None:
        """Bring the tab on screen up to date, if the results changed since it was filled."""
        index = self.tabs.currentIndex()
        if index not in self._stale:
            return
        self._stale.discard(index)
        if index == 1:
            self._show_pre_post()
        elif index == 2:
            self._show_people()

    def _show_problem(self, message: str) -> None:
        if not self.path.exists():  # nothing answered on this laptop yet: nothing is wrong
            self.problem.hide()
            self.use_backup.hide()
            self.status.setText(
                self.tr(
                    "No answers yet on this laptop. They show here as people answer, or add "
                    "other laptops' results."
                )
            )
            return
        found = backups(self.path)
        kept = self.tr(" A backup made when Teach-in last started is kept.") if found else ""
        self.problem.setText(
            self.tr("The results cannot be read: {message}.").format(message=message) + kept
        )
        self.problem.show()
        self.use_backup.setVisible(bool(found) and self.reader.path == self.path)
        if found:
            made = datetime.fromtimestamp(found[0].stat().st_mtime).strftime("%Y-%m-%d %H:%M")
            self.use_backup.setText(self.tr("Show the newest backup ({made})").format(made=made))
            self._mark_keys()

    def show_newest_backup(self) -> None:
        """Read the newest backup instead (read-only: the damaged file is left as it is for the
        kiosk, which sets it aside and restores a backup itself when it next starts)."""
        found = backups(self.path)
        if not found:
            return
        self.reader.close()
        self.reader = ResultsReader(found[0])
        self._summaries.clear()
        self._people.clear()
        self.reload()

    # --- showing ------------------------------------------------------------------------------

    def _fill_quiz_picker(self) -> None:
        current = self.quiz_picker.currentData()
        self.quiz_picker.blockSignals(True)
        self.quiz_picker.clear()
        modes = {name: quiz.mode for name, quiz in self.quizzes.items()}
        names = in_workshop_order(list(self.quizzes.keys() | self.takings_by_quiz.keys()), modes)
        answered = [n for n in names if self.takings_by_quiz.get(n)]
        for name in answered + [n for n in names if n not in answered]:
            people = self._people.get(name, 0)
            took = (
                self.tr("{people} took part").format(people=people)
                if people
                else self.tr("no answers yet")
            )
            quiz = self.quizzes.get(name)
            title = quiz.title or name if quiz else name
            self.quiz_picker.addItem(f"{title} ({name}) — {took}", name)
        index = self.quiz_picker.findData(current)
        self.quiz_picker.setCurrentIndex(index if index >= 0 else 0)
        self.quiz_picker.blockSignals(False)

    def current_quiz(self) -> s.QuizSummary | None:
        name = self.quiz_picker.currentData()
        return None if name is None else self.quiz_summary(name)

    def shown_questions(self) -> tuple[s.QuestionSummary, ...]:
        summary = self.current_quiz()
        if summary is None:
            return ()
        return summary.hardest_first() if self.hardest.isChecked() else summary.questions

    def _show_quiz(self) -> None:
        summary = self.current_quiz()
        keep = self.question_list.currentItem()
        kept = keep.data(Qt.ItemDataRole.UserRole) if keep else None
        self.question_list.blockSignals(True)
        self.question_list.clear()
        row = 0
        for k, q in enumerate(self.shown_questions()):
            right = "" if q.share_right is None else self._right(q.share_right)
            answered = self.tr("{count} answered").format(count=count_text(q.answered))
            item = QListWidgetItem(f"{q.text}\n{answered}{right}")
            item.setData(Qt.ItemDataRole.UserRole, q.name)
            self.question_list.addItem(item)
            row = k if q.name == kept else row
        self.question_list.setCurrentRow(row)
        self.question_list.blockSignals(False)
        if summary is not None:
            self.tabs.setTabText(
                0,
                self.tr("Questions: {people} took part, {finished} finished").format(
                    people=count_text(summary.took_part), finished=count_text(summary.finished)
                ),
            )
            self._mark_keys()
        self._show_question()

    def current_question(self) -> s.QuestionSummary | None:
        item = self.question_list.currentItem()
        if item is None:
            return None
        name = item.data(Qt.ItemDataRole.UserRole)
        return next((q for q in self.shown_questions() if q.name == name), None)

    def _show_question(self) -> None:
        q, quiz = self.current_question(), self.current_quiz()
        if q is None or quiz is None:
            self.question_figures.setText("")
            self._set_chart(None)
            return
        lines = [q.text, self.tr("{count} answered").format(count=count_text(q.answered))]
        if q.share_right is not None:
            lines[-1] += self._right(q.share_right)
            if q.right and q.estimate is None:
                lines[-1] += self.tr(" (right: {answers})").format(answers="; ".join(q.right))
        if q.answered:
            lines.append(q.answers_text(limit=6))
        shown = "<br>".join([f"<b>{_html(lines[0])}</b>"] + [_html(line) for line in lines[1:]])
        # As written: Qt's HTML reader makes French's narrow no-break spaces breakable ones.
        shown = f'<div style="white-space: pre-wrap">{shown}</div>'  # untranslated: markup
        self.question_figures.setText(shown)
        self._show_chart(quiz, q)
        if self.chart is not None:  # what a screen reader says of it: the figures above, in words
            self.chart.setAccessibleName(q.text)
            self.chart.setAccessibleDescription(". ".join(lines[1:]))

    def _show_chart(self, quiz: s.QuizSummary, q: s.QuestionSummary) -> None:
        quiz_file = self.quizzes.get(quiz.name)
        question = quiz_file.question(q.name) if quiz_file and q.name in quiz_file else None
        shown = self.chart
        same = shown is not None and getattr(shown, "_shows", None) == (quiz.name, q.name)
        if same and isinstance(shown, RoomChart):
            shown.refresh()  # the same chart, new answers: the bars move, nothing is rebuilt
            return
        if same and q.bars == getattr(shown, "_bars", None):
            return  # typed answers, none new
        chart = None
        if q.answered:
            chart = question_chart(quiz.name, question, q, self._answers, self.theme)
        if chart is not None:
            chart.title.hide()  # the question is already written above it, at reading size
            chart.footer.hide()  # "the room's answers to ...": the window says so already
            chart._shows, chart._bars = (quiz.name, q.name), q.bars  # type: ignore[attr-defined]
        self._set_chart(chart)

    def _set_chart(self, chart: ChartWidget | None) -> None:
        if self.chart is not None:
            self.question_layout.removeWidget(self.chart)
            self.chart.hide()  # not painted under the new one until it is deleted
            self.chart.deleteLater()
        self.chart = chart
        self.no_chart.setVisible(chart is None)
        if chart is not None:
            _no_focus_stop(chart)
            chart.setMinimumHeight(CHART_MIN_H)  # the pane scrolls rather than squeeze it
            self.question_layout.addWidget(chart, 1)

    def _show_pre_post(self) -> None:
        modes = ("pre", "post")
        both = [n for n, q in self.quizzes.items() if q.mode in modes]
        takings = [t for n in both for t in self.takings_by_quiz.get(n, ())]
        given = [g for n in both for g in self.given_by_quiz.get(n, ())]
        found = s.pre_post(self.quizzes, takings, given)
        table = self.pre_post_table
        if self.pre_post_widget is not None:
            self.pre_post_layout.removeWidget(self.pre_post_widget)
            self.pre_post_widget.hide()
            self.pre_post_widget.deleteLater()
            self.pre_post_widget = None
        if found is None:
            self.pre_post_note.setText(
                self.tr("This deck has no quiz before and after the workshop.")
            )
            table.setRowCount(0)
            return
        self.pre_post_note.setText(
            self.tr(
                "Share right on the core questions asked in both {pre} and {post}: paired by "
                "person where the same people answered both times, everyone otherwise."
            ).format(pre=found.pre, post=found.post)
        )
        chart = pre_post_chart(found, self.theme)
        if chart is not None:
            _no_focus_stop(chart)
            chart.setAccessibleName(chart.data.title)
            every = (*found.questions, found.overall)
            said = [
                f"{label}: {_side_text(c.headline()[0])} → {_side_text(c.headline()[1])}"
                for label, c in zip(core_labels(found), every, strict=True)
            ]
            chart.setAccessibleDescription("; ".join(said))
            chart.setMinimumHeight(CHART_MIN_H)
            self.pre_post_layout.insertWidget(1, chart, 2)
            self.pre_post_widget = chart
        changes = (*found.questions, found.overall)
        table.setRowCount(len(changes))
        for row, (label, change) in enumerate(zip(core_labels(found), changes, strict=True)):
            before, after, moved = change.headline()
            values = [
                f"{label}: {change.text}" if change.name else change.text,
                _side_text(before),
                _side_text(after),
                found.points_text(moved),
                change.rests_on(),
            ]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def _sort_people(self, order: Qt.SortOrder) -> None:
        column = max(0, self.people.currentIndex().column())
        self.people.sortByColumn(column, order)  # the header's arrow shows it too

    def _show_people(self) -> None:
        people = s.participants(self.rows.takings, self.rows.given)
        self.people_model.set_rows(
            [
                (
                    p.nickname,
                    p.quiz,
                    p.answered,
                    p.right,
                    float(p.points),
                    self.tr("yes") if p.finished else self.tr("not yet"),
                )
                for p in people
            ]
        )
        self.people.resizeColumnsToContents()  # measures the first rows only (precision)

    # --- gathering ----------------------------------------------------------------------------

    def add_bundles(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add results from other laptops"),
            self._start_in(),
            self.tr("Teach-in results (*.zip);;All files (*)"),
        )
        if files:
            self.merge_bundles([Path(f) for f in files])

    def merge_bundles(self, files: list[Path]) -> list[str]:
        """Merge each bundle, with a progress dialog; returns (and shows) one line per bundle."""
        progress = QProgressDialog(self.tr("Adding results…"), self.tr("Stop"), 0, len(files), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        lines: list[str] = []
        try:
            with self.open_writable() as store:
                outcomes = merge_bundles(store, files)  # one transaction for all
                try:
                    for k, bundle in enumerate(files):
                        if progress.wasCanceled():
                            stopped = self.tr("{bundle}: not added (stopped)")
                            lines += [stopped.format(bundle=b.name) for b in files[k:]]
                            break
                        progress.setLabelText(
                            self.tr("Adding {bundle}…").format(bundle=bundle.name)
                        )
                        progress.setValue(k)
                        lines.append(_outcome(bundle, next(outcomes)))
                finally:  # commits the bundles added so far; one checked ahead is let go
                    outcomes.close()
        except StoreError as error:
            lines.append(self.tr("Nothing added: {error}").format(error=error))
        progress.setValue(len(files))
        self._show_outcome(lines)
        self.reload()
        return lines

    def save_bundle(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Save this laptop's results to…"), self._start_in()
        )
        if folder:
            self.save_bundle_to(Path(folder))

    def save_bundle_to(self, folder: Path) -> Path | None:
        try:
            with self.open_writable() as store:
                made = export_bundle(store, folder)
        except (StoreError, BundleError) as error:
            self._show_outcome([self.tr("Not saved: {error}").format(error=error)])
            return None
        except OSError as error:
            problem = error.strerror or error
            self._show_outcome(
                [self.tr("Not saved in {folder}: {error}").format(folder=folder, error=problem)]
            )
            return None
        self._show_outcome(
            [
                self.tr("Saved {bundle} in {folder}.").format(bundle=made.name, folder=made.parent),
                self.tr(
                    "On the laptop that gathers the results: “Add results from other laptops…”."
                ),
            ],
            made,
        )
        return made

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the answers for a spreadsheet"),
            self._start_in("teachin-answers.csv"),
            "CSV (*.csv)",
        )
        if name:
            self.export_csv_to(Path(name))

    def export_csv_to(self, path: Path) -> tuple[Path, Path] | None:
        """Every answer into ``path``, one row per participant and quiz beside it
        (NAME-participants.csv), as `teachin results export` writes them."""
        from teachin.store.results_cli import write_answers_csv, write_participants_csv

        people = path.with_name(f"{path.stem}-participants{path.suffix or '.csv'}")
        try:
            with contextlib.closing(open_for_reading(self.reader.path)) as store:
                for target, write in ((path, write_answers_csv), (people, write_participants_csv)):
                    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
                        write(store, self.quizzes, handle)
        except (StoreError, OSError) as error:
            self._show_outcome([self.tr("Not saved: {error}").format(error=error)])
            return None
        saved = self.tr("Saved {answers} (every answer) and {people} in {folder}.").format(
            answers=path.name, people=people.name, folder=path.parent
        )
        self._show_outcome([saved], path)
        return path, people

    def _right(self, share: float) -> str:
        return self.tr(" · {share} right").format(share=s.share_text(share))

    def _show_outcome(self, lines: list[str], made: Path | None = None) -> None:
        """Say what was done; ``made``: the file or folder it made, offered to open (a report
        or a spreadsheet in its program, a bundle's folder)."""
        self.outcome.setPlainText("\n".join(lines))
        # As tall as its lines (and one for a long one wrapping), up to six: the charts above
        # keep the rest of the screen.
        rows = min(len(lines) + 1, 6)
        frame = 2 * self.outcome.frameWidth() + 2 * int(self.outcome.document().documentMargin())
        self.outcome.setFixedHeight(rows * self.outcome.fontMetrics().lineSpacing() + frame)
        self.outcome.show()
        self.made = made
        self.open_made.setVisible(made is not None and made.suffix in (".pdf", ".csv"))
        self.open_folder.setVisible(made is not None)
        if made is not None:
            self._folder = made.parent  # the next file dialog starts there
            shown = self.open_made if self.open_made.isVisibleTo(self) else self.open_folder
            shown.setFocus()  # Enter opens it; the focus does not fall to the tabs

    def _open(self, path: Path | None) -> None:
        if path is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            said = self.tr("{path} could not be opened here: open it from the file manager.")
            self.outcome.appendPlainText(said.format(path=path))

    def _start_in(self, name: str = "") -> str:
        """Where a file dialog starts: the folder last used, else the user's documents (not
        the folder Teach-in was started from, often its own program folder)."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        places = [self._folder, Path(documents) if documents else None, Path.home()]
        folder = next((p for p in places if p is not None and p.is_dir()), Path.home())
        return str(folder / name)

    def write_report(self) -> None:
        from teachin.ui.results.report import ask_and_write_report

        made = ask_and_write_report(self, self._start_in())
        if made is not None:
            path, pages = made
            said = self.tr("Saved the workshop report {report} ({pages} page(s)) in {folder}.")
            self._show_outcome(
                [said.format(report=path.name, pages=pages, folder=path.parent)], path
            )

    def showEvent(self, event: QShowEvent) -> None:
        if self.isWindow() and not self.styleSheet():  # in the kiosk, the kiosk's rings
            self.setStyleSheet(focus_rings(self.theme))
        super().showEvent(event)
        self.poll()
        self.timer.start()  # polls only while it can be seen

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.reader.close()  # reopened by the next read
        super().closeEvent(event)


class RowsModel(QAbstractTableModel):
    """Read-only rows of values for a QTableView, sortable by any column: numbers as numbers
    (10 after 9), words regardless of case; rows that tie keep their order."""

    def __init__(self, header: list[str]) -> None:
        super().__init__()
        self.header, self.rows = header, []
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        if self.sorted_by is not None:  # new answers keep the order the facilitator chose
            self._sort_rows(*self.sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.header):  # -1: no column chosen, the rows as given
            self.sorted_by = None
            return
        self.layoutAboutToBeChanged.emit()
        self.sorted_by = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        def key(row: tuple) -> tuple[int, float, str]:
            value = row[column]
            if isinstance(value, int | float):
                return (0, float(value), "")
            return (1, 0.0, str(value).casefold())

        down = order == Qt.SortOrder.DescendingOrder
        self.rows = sorted(self.rows, key=key, reverse=down)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self.rows[index.row()][index.column()]
            return number_text(f"{value:g}") if isinstance(value, float) else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section]
        return None


def _outcome(bundle: Path, report: MergeReport | BundleError) -> str:
    """One bundle's outcome in words: new answers, answers already here, or why it was refused."""
    if isinstance(report, BundleError):
        reason = str(report).removeprefix(f"{bundle}: ")
        return QCoreApplication.translate("ResultsWindow", "{bundle}: not added: {reason}").format(
            bundle=bundle.name, reason=reason
        )
    if report.already_merged:
        return QCoreApplication.translate(
            "ResultsWindow", "{bundle}: already added on {when}: nothing new"
        ).format(bundle=bundle.name, when=report.already_merged[:16])
    new = report.added.get("answers", 0)
    brought = _answers_in(bundle)
    already = (
        ""
        if brought is None
        else QCoreApplication.translate("ResultsWindow", ", {count} already here").format(
            count=brought - new
        )
    )
    return QCoreApplication.translate(
        "ResultsWindow", "{bundle} (from {laptop}): {count} new answer(s){already}"
    ).format(bundle=bundle.name, laptop=report.device_name, count=new, already=already)


def _answers_in(bundle: Path) -> int | None:
    """How many answers the bundle's manifest says it carries (None if it does not say)."""
    failures = (OSError, KeyError, ValueError, zipfile.BadZipFile, TypeError)
    with contextlib.suppress(*failures), zipfile.ZipFile(bundle) as archive:
        return int(json.loads(archive.read(MANIFEST_ENTRY))["counts"]["answers"])
    return None


class _WholeTable(QTableWidget):
    """A table as tall as all its rows, which grow as the question column's words wrap to the
    width it is given: the page around it scrolls, never the table (a row out of sight in a
    table that cannot scroll is lost)."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__(rows, columns)
        self._asked = False
        self.verticalHeader().sectionResized.connect(self._follow_rows)

    def sizeHint(self) -> QSize:
        rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
        height = self.horizontalHeader().height() + rows + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def _follow_rows(self) -> None:
        if not self._asked:  # once for all the rows resized together
            self._asked = True
            QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        self._asked = False
        if self.height() == self.sizeHint().height():
            return
        self.setFixedHeight(self.sizeHint().height())  # a hint alone was not asked again
        # The scroll area asks the page its height only when told its layout changed.
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.postEvent(area, QEvent(QEvent.Type.LayoutRequest))


class _Page(QWidget):
    """A page of words, charts and a table, in a scroll area. Asked its height for a width (by
    the scroll area), it gives the least it needs: each chart at its legible least (CHART_MIN_H),
    the rest at the height it asks. A chart's own answer is its preferred height (some 550 px),
    which would push its axis out of sight on a 720- or 768-px screen."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        items = [layout.itemAt(k) for k in range(layout.count())]
        heights = [
            CHART_MIN_H
            if isinstance(item.widget(), ChartWidget)
            else item.heightForWidth(inner)
            if item.hasHeightForWidth()
            else item.sizeHint().height()
            for item in items
            if not item.isEmpty()  # a hidden widget takes no room
        ]
        spacing = layout.spacing() * max(0, len(heights) - 1)
        least = margins.top() + sum(heights) + spacing + margins.bottom()
        return max(self.minimumHeight(), least)


def _scrolling(page: QWidget, theme: Theme) -> QScrollArea:
    """``page`` in a scroll area: its charts keep their least height on a short screen (the
    kiosk's 768 px with large type) instead of being squeezed or stretching the window. The
    area takes the focus (for the arrow keys and Page Down) only while there is something to
    scroll, and then shows it with a ring: otherwise Tab would stop on nothing to be seen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    # The ring is the frame's border (a frame of no shape has no width, and nothing to draw).
    scroll.setFrameShape(QFrame.Shape.StyledPanel)
    scroll.setObjectName("scrolling")  # untranslated: a name for the style sheet
    scroll.setStyleSheet(
        "QScrollArea#scrolling { border: 3px solid transparent; }"  # untranslated: style
        f"QScrollArea#scrolling:focus {{ border-color: {theme.accent}; }}"
    )

    def focus_if_scrolling() -> None:
        bars = (scroll.verticalScrollBar(), scroll.horizontalScrollBar())
        scrolls = any(bar.maximum() > 0 for bar in bars)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)

    for bar in (scroll.verticalScrollBar(), scroll.horizontalScrollBar()):
        bar.rangeChanged.connect(focus_if_scrolling)
    focus_if_scrolling()
    return scroll


def focus_rings(theme: Theme) -> str:
    """A ring the width of a thumbnail's edge round whatever has the focus (the desktop style's
    own is one faint pixel, lost on a projector-lit laptop). Each control keeps its size: the
    ring takes the room of a margin it has when not focused."""
    ring, edge = 3, 1
    spare = ring - edge
    return f"""/* # untranslated: a Qt style sheet, no words a user reads */
    QPushButton, QComboBox {{ border: {edge}px solid {theme.muted}; border-radius: 4px;
        margin: {spare}px; padding: 4px 10px; background: palette(button); }}
    QPushButton:focus, QComboBox:focus {{ border: {ring}px solid {theme.accent}; margin: 0px; }}
    QComboBox::item:selected {{ background: palette(highlight); color: palette(highlighted-text); }}
    QCheckBox {{ border: {ring}px solid transparent; padding: 2px; }}
    QCheckBox:focus {{ border-color: {theme.accent}; }}
    QListWidget, QTableView {{ border: {ring}px solid transparent; }}
    QListWidget:focus, QTableView:focus {{ border-color: {theme.accent}; }}
    QTabBar::tab {{ border: {ring}px solid transparent; padding: 4px 10px;
        background: palette(window); }}
    QTabBar::tab:selected {{ background: palette(base); border-bottom-color: {theme.accent2}; }}
    QTabBar::tab:focus {{ border-color: {theme.accent}; }}
    """


def _no_focus_stop(chart: QWidget) -> None:
    """A chart takes no keys: Tab passes it by rather than stopping where nothing shows."""
    for widget in (chart, *chart.findChildren(QWidget)):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def _side_text(side: s.Side) -> str:
    if side.share is not None:
        return QCoreApplication.translate("ResultsWindow", "{share} right").format(
            share=s.share_text(side.share)
        )
    return side.most_given or QCoreApplication.translate("ResultsWindow", "no answers")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _key_press(key: Qt.Key) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def open_results(
    deck_root: Path, window: QWidget | None = None, screen: QScreen | None = None
) -> ResultsWindow:
    """The presenter's results window (Ctrl+R): raised if open, else made for the deck's
    quizzes and the data folder's database, filling the screen it opens on: maximised, so a
    window manager keeps its title bar in sight, and given the screen's size, for a bare X
    session where nobody maximises (nothing else would keep it on a 1280x720 screen)."""
    if not isinstance(window, ResultsWindow):
        quizzes, _ = load_quiz_dir(deck_root / "quizzes")
        window = ResultsWindow(quizzes)
        shown_on = screen or QGuiApplication.primaryScreen()
        window.setScreen(shown_on)
        window.setGeometry(shown_on.availableGeometry())
        window.showMaximized()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
