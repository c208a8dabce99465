"""French: every text a user sees goes through the catalogue, the catalogue is complete, and
``--lang fr`` (or the system's language) makes the interface speak it."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teachin import i18n

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "teachin"
sys.path.insert(0, str(REPO / "packaging"))
import translations  # noqa: E402  (packaging/translations.py)

# -- every visible string is translatable -------------------------------------------------------

# Qt calls whose text arguments a user reads (methods, then classes built with a text).
VISIBLE_METHODS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle", "addAction",
    "addMenu", "setInformativeText", "setDetailedText", "addButton", "setLabelText", "addTab",
    "setTabText", "setItemText", "addItem", "addItems", "insertItem", "setHeaderLabels",
    "showMessage", "setPrefix", "setSuffix", "setSpecialValueText", "information", "warning",
    "critical", "question", "about", "getText", "getItem", "getInt", "setFormat", "setHtml",
    "setPlainText", "setButtonText",
    "set_variants",  # ui/presenter/fit_label.py: a label's texts, longest first
}  # fmt: skip
VISIBLE_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMessageBox",
    "QToolButton", "QMenu", "QCommandLinkButton",
}  # fmt: skip
# What the command line says: printed lines, argparse's help, messages raised to the user.
CLI_CALLS = {
    "print",
    "write",
    "_fail",
    "report_fatal",
    "error",
    "warning",
    "info",
    "Problem",
    "warn",
}
CLI_KEYWORDS = {"help", "description", "epilog", "summary"}
# Modules whose output is the command line's (the rest of what is scanned is Qt's).
CLI_MODULES = [
    "__main__.py", "new_deck.py", "display.py", "startup_errors.py", "selftest.py",
    "selftest_store.py",
    # what `teachin check` and the presenter's error slide tell an author
    *(str(p.relative_to(PACKAGE)) for p in (PACKAGE / "content").rglob("*.py")),
    # what the room tells a phone (Refused), and the store's errors (shown when it cannot start)
    *(str(p.relative_to(PACKAGE)) for p in (PACKAGE / "room").rglob("*.py")),
    *(str(p.relative_to(PACKAGE)) for p in (PACKAGE / "store").rglob("*.py")),
]  # fmt: skip
# Qt code and the Qt-free code whose texts the windows show: the charts (the room chart on the
# projector) and the results summaries (quiz/summary.py words the results window and report).
QT_MODULES = [
    "app.py",
    *(
        str(p.relative_to(PACKAGE))
        for layer in ("ui", "charts", "quiz")
        for p in (PACKAGE / layer).rglob("*.py")
    ),
]

# Still to convert: module -> untranslated visible strings found when this list was written.
# A count may only fall; a module at 0 must leave the list (tests below). A module some
# session cannot convert at once may be listed again.
LEFT: dict[str, int] = {}


# Names said the same in every language: a literal made of these alone needs no translation
# ("warning:" marks a problem that does not stop an import, see content/gift_import.py).
NAMES = {"teachin", "Teach", "in", "new", "deck", "room", "shot", "warning"}
# A line that must stay English (scripts read it) says why in a comment with this word.
KEPT_ENGLISH = "# untranslated:"


def text_literal(node: ast.expr) -> bool:
    """A string a user would read: a literal (or f-string, or ``"...".format``) with words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(word not in NAMES for word in re.findall(r"[^\W\d_]+", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(text_literal(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):  # "..." + x, "..." % x
        return text_literal(node.left) or text_literal(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and text_literal(node.func.value)
    return False


def call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated(path: Path, *, cli: bool) -> list[str]:
    """``path:line: text`` for each visible string that skips the catalogue."""
    found = []
    source = path.read_text(encoding="utf-8")
    kept = {n for n, line in enumerate(source.splitlines(), start=1) if KEPT_ENGLISH in line}
    tree = ast.parse(source)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name = call_name(call)
        shown: list[ast.expr] = []
        if name in VISIBLE_METHODS or name in VISIBLE_CLASSES or (cli and name in CLI_CALLS):
            shown += call.args
            shown += [k.value for k in call.keywords if k.arg in ("text", "title")]
        if cli and name.endswith("Error"):
            shown += call.args
        shown += [k.value for k in call.keywords if k.arg in CLI_KEYWORDS]
        if name == "command" and cli:  # __main__'s subcommand: (parent, name, summary, text)
            shown += call.args[2:]
        found += [
            f"{path.relative_to(PACKAGE)}:{node.lineno}: {ast.unparse(node)[:60]}"
            for node in shown
            if text_literal(node) and node.lineno not in kept
        ]
    if not cli:  # Qt code also builds texts in tables and helpers: any phrase counts there
        found += [
            f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value[:60]!r}"
            for node in loose_phrases(tree)
            if node.lineno not in kept
        ]
    return sorted(set(found))


# Calls whose string arguments no user reads as text.
INVISIBLE_CALLS = {
    "setObjectName", "setStyleSheet", "setProperty", "QFont", "debug", "info", "exception",
    # The quiz engine's errors tell a program what it got wrong (a replayed event, a phone
    # page's malformed answer: the page itself never sends one); people never read them.
    "AttemptError", "ResponseError",
}  # fmt: skip
PHRASE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")  # two words: a text, not a key or name


def loose_phrases(tree: ast.Module) -> list[ast.Constant]:
    """String literals holding a phrase, outside docstrings, translation calls, comparisons
    and calls that show nothing."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            if node.body and isinstance(node.body[0], ast.Expr):
                skipped.add(id(node.body[0].value))  # docstring
        elif isinstance(node, ast.Call) and (
            is_translation(node) or call_name(node) in INVISIBLE_CALLS
        ):
            skipped.update(id(sub) for arg in node.args for sub in ast.walk(arg))
        elif isinstance(node, ast.Compare):
            skipped.update(id(sub) for sub in ast.walk(node))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and PHRASE.search(node.value)
    ]


def all_untranslated() -> dict[str, list[str]]:
    found = {}
    for name in sorted({*QT_MODULES, *CLI_MODULES}):
        found[name] = untranslated(PACKAGE / name, cli=name in CLI_MODULES)
    return found


def test_every_visible_string_outside_the_left_list_is_translatable():
    wrong = [
        line for name, lines in all_untranslated().items() if name not in LEFT for line in lines
    ]
    assert wrong == [], "wrap these in tr()/QCoreApplication.translate()/i18n.translate()"


def is_translation(call: ast.Call) -> bool:
    """``translate(...)``, ``i18n.translate``, ``QCoreApplication.translate``, ``self.tr``
    (not ``painter.translate(point)`` nor ``str.translate``)."""
    func = call.func
    if isinstance(func, ast.Name):  # QT_TRANSLATE_NOOP marks a text of an i18n.Texts table
        return func.id in ("translate", "QT_TRANSLATE_NOOP")
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        owner = func.value.id
        return (
            func.attr == "translate" and owner in {"i18n", "QCoreApplication", "QApplication"}
        ) or (func.attr == "tr" and owner == "self")
    return False


def test_translated_texts_are_literals_lupdate_can_read():
    """``translate(context, text)`` with a variable compiles but never reaches the catalogue."""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "i18n.py":  # defines translate; its argparse hook passes argparse's text
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and is_translation(call):
                texts = call.args[-1:] if call_name(call) == "tr" else call.args[:2]
                if not all(isinstance(a, ast.Constant) for a in texts):
                    wrong.append(f"{path.relative_to(PACKAGE)}:{call.lineno}")
    assert wrong == []


def test_the_left_list_only_shrinks():
    counts = {name: len(lines) for name, lines in all_untranslated().items()}
    grown = {
        name: (counts.get(name, 0), was) for name, was in LEFT.items() if counts.get(name, 0) > was
    }
    done = [name for name in LEFT if counts.get(name, 0) == 0]
    assert grown == {}, "new untranslated strings in a module still to convert: wrap them"
    assert done == [], "converted: remove these from LEFT"


def test_the_check_finds_what_it_is_meant_to(tmp_path: Path):
    sample = PACKAGE / "ui" / "_sample_for_test.py"  # inside the package: paths are relative
    sample.write_text(
        "label = QLabel('Hello')\nlabel.setText(f'{n} left')\nbutton.setToolTip(self.tr('Ok'))\n"
        "box.setText('●')\nprint('done')\nparser.add_argument('-x', help='an option')\n",
        encoding="utf-8",
    )
    try:
        as_qt = untranslated(sample, cli=False)
        as_cli = untranslated(sample, cli=True)
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in as_qt] == ["'Hello'", "f'{n} left'", "'an option'"]
    assert len(as_cli) == 4 and any("print" in line or "'done'" in line for line in as_cli)


# -- the catalogue -------------------------------------------------------------------------------


def test_the_french_catalogue_is_complete_current_and_compiled():
    """Every string of the code is in teachin_fr.ts, translated, and the .qm is built from it."""
    assert translations.problems() == []


def test_unfinished_entries_are_reported(tmp_path: Path):
    ts = tmp_path / "teachin_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR"><context>'
        "<name>cli</name><message><source>done</source><translation>fait</translation>"
        "</message><message><source>left</source><translation type='unfinished'/></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert translations.unfinished(ts) == ["left"]


# -- the language a user gets --------------------------------------------------------------------


@pytest.fixture
def english_afterwards():
    yield
    i18n.set_language(None)  # conftest's LANGUAGE=en


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANGUAGE": "fr:en", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"LANGUAGE": "de:fr"}, "fr"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_system_language_is_followed_when_we_have_it(environ, expected):
    assert i18n.system_language(environ) == expected


def test_lang_fr_makes_help_french(capsys, english_afterwards):
    from teachin.__main__ import main

    with pytest.raises(SystemExit) as done:
        main(["--lang", "fr", "check", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert out.startswith("utilisation\u00a0: teachin check")
    assert "une ligne par diapositive" in out and "options globales" in out


def test_lang_fr_makes_check_report_in_french(capsys, english_afterwards, tmp_path: Path):
    from teachin.__main__ import main

    assert main(["--lang", "fr", "check", str(tmp_path / "missing")]) == 1
    assert "ce dossier de contenu n’existe pas" in capsys.readouterr().out
    i18n.set_language("en")
    assert main(["check", str(tmp_path / "missing")]) == 1
    assert "no such deck folder" in capsys.readouterr().out


def test_a_french_qt_interface_translates_our_texts_and_qts_own(qtbot, english_afterwards):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from teachin.ui.language import install_translators

    app = QApplication.instance()
    i18n.set_language("fr")
    assert install_translators(app) == "fr"
    try:
        assert QCoreApplication.translate("cli", "global options") == "options globales"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == "Annuler"  # Qt's own qtbase_fr.qm
    finally:
        i18n.set_language("en")
        install_translators(app)
    assert QCoreApplication.translate("cli", "global options") == "global options"


def test_a_damaged_catalogue_leaves_english(tmp_path: Path, monkeypatch, english_afterwards):
    (tmp_path / "teachin_fr.ts").write_bytes(b"<TS><context><name>cli</name><mess")
    monkeypatch.setattr(i18n, "CATALOGUES", tmp_path)
    i18n._catalogue.cache_clear()
    i18n.set_language("fr")
    try:
        assert i18n.translate("cli", "global options") == "global options"
    finally:
        monkeypatch.undo()
        i18n._catalogue.cache_clear()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.builds(
            lambda head, body: head + body,
            st.sampled_from(
                [
                    b"",
                    b'<?xml version="1.0" encoding="utf-8"?>',
                    b"<?xml version='1.0' encoding='nonsense'?>",
                ]
            ),
            st.text(alphabet="<>/ =\"'&;TSconextmsagrulid", max_size=200).map(str.encode),
        ),
    )
)
def test_any_catalogue_bytes_give_text_never_a_traceback(tmp_path_factory, raw: bytes):
    folder = tmp_path_factory.mktemp("ts")
    (folder / "teachin_fr.ts").write_bytes(raw)
    original = i18n.CATALOGUES
    i18n.CATALOGUES = folder
    i18n._catalogue.cache_clear()
    i18n.set_language("fr")
    try:
        assert isinstance(i18n.translate("cli", "global options"), str)
    finally:
        i18n.CATALOGUES = original
        i18n._catalogue.cache_clear()
        i18n.set_language(None)
