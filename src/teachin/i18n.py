"""Which language the interface speaks, and translated text for the layers without Qt.

One catalogue serves both: ``translations/teachin_fr.ts`` (Qt Linguist's XML, refreshed by
``pyside6-lupdate``, see packaging/translations.py). Qt widgets translate through a
QTranslator loaded with the compiled ``teachin_fr.qm`` (ui/language.py); the command line and
the live room, which must not load Qt (``teachin check`` and ``--help`` stay instant; content/,
quiz/, store/ and room/ never import it), call ``translate(context, text)`` here, which reads
the same ``.ts`` with the standard library. ``pyside6-lupdate`` finds ``translate("ctx", "text")``
calls by name, so strings written that way land in the catalogue like ``tr()``'s do.

The language: ``--lang`` (``set_language``), else the system's (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``, then the locale Python reports; the windowed apps ask Qt's
``QLocale.system()`` instead, which also knows macOS's and Windows' settings). Only languages with
a catalogue are chosen; anything else is English, the language of the source text.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "fr")  # each but English has translations/teachin_<code>.ts and .qm
CATALOGUES = Path(__file__).resolve().parent / "translations"

_chosen: str | None = None


def set_language(code: str | None) -> None:
    """The language asked for on the command line (None: follow the system)."""
    global _chosen
    _chosen = supported(code) if code else None


def chosen() -> str | None:
    """The language ``--lang`` asked for, or None when the system's is followed."""
    return _chosen


def supported(code: str | None) -> str | None:
    """``fr_CA.UTF-8``, ``fr-FR``, ``French_France`` -> ``fr``; None when we lack it."""
    if not code:
        return None
    head = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    if head in LANGUAGES:
        return head
    return {"french": "fr", "english": "en"}.get(head)  # Windows' locale names


def first_supported(codes: Iterable[str]) -> str | None:
    return next((found for code in codes if (found := supported(code))), None)


def system_language(environ: dict[str, str] | None = None) -> str:
    """The system's language as POSIX programs find it, English when it is none we have."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := env.get(name):
            if name == "LANGUAGE":  # a preference list, "fr:en"
                if found := first_supported(value.split(":")):
                    return found
                continue
            return supported(value) or SOURCE_LANGUAGE  # LANG=C means English
    try:
        found = supported(locale.getlocale()[0])
    except ValueError:  # an unknown locale name in the environment
        found = None
    return found or SOURCE_LANGUAGE


def language() -> str:
    """The language to speak: ``--lang``'s, else the system's."""
    return _chosen or system_language()


def translate(context: str, text: str) -> str:
    """``text`` in the current language (``context`` as in Qt: the module or class that says
    it), or ``text`` itself when the catalogue lacks it or is unusable."""
    return _catalogue(language()).get((context, text), text)


# How each language writes a number Python wrote the English way ("1,400.5", "25 %"): its
# thousands separator, decimal mark, and the space between a number and "%". French's spaces
# are narrow and no-break, so "1 400" or "25 %" never splits at a line's end.
NUMBER_MARKS = {"en": (",", ".", " "), "fr": ("\u202f", ",", "\u202f")}


def number_text(text: str, code: str | None = None) -> str:
    """A number written as Python writes it (``f"{n:,}"``, ``"2.5 %"``) as ``code``'s language
    writes it, by default the interface's: "1 400,5" and "2,5 %" in French. Only for the
    text of a number: every comma, point and space in ``text`` is taken for a number's."""
    group, point, space = NUMBER_MARKS.get(code or language(), NUMBER_MARKS[SOURCE_LANGUAGE])
    return text.translate(str.maketrans({",": group, ".": point, " ": space}))


def count_text(count: int) -> str:
    """A count with its thousands grouped: "12,500" ("12 500" in French)."""
    return number_text(f"{count:,}")


def percent_text(value: float) -> str:
    """A percentage to the whole number: "25 %" ("25 %" in French, the space no-break)."""
    return number_text(f"{value:.0f} %")


def exact_number_text(value: float) -> str:
    """A number with every digit it has (as typed: "2.125", "1,400,000"), never rounded
    nor in exponent form below 10^15; "−" for minus, as the charts write it."""
    return number_text(f"{value:,.15g}".replace("-", "\u2212"))


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from translations/teachin_<code>.ts."""
    if code == SOURCE_LANGUAGE:
        return {}
    try:
        root = ElementTree.parse(CATALOGUES / f"teachin_{code}.ts").getroot()
    except (OSError, ElementTree.ParseError, ValueError, LookupError):
        return {}  # missing, damaged, or an unknown encoding: the interface stays in English
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            finished = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            if source and finished and translation.text:
                found[(name, source)] = translation.text
    return found


def argparse_in_language() -> None:
    """argparse's own words ("usage:", "options", its errors) through our catalogue: argparse
    asks ``gettext`` for them, and Python ships no French for it."""
    import argparse

    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for the catalogue without translating it (Qt's macro of that name)."""
    return text


class Texts(Mapping[str, str]):
    """A module's table of texts, each written ``QT_TRANSLATE_NOOP(context, "...")`` so lupdate
    catalogues it, translated when read (in the language chosen at start, not at import).
    Qt code passes ``QCoreApplication.translate``; the rest gets this module's ``translate``."""

    def __init__(
        self,
        context: str,
        table: Mapping[str, str],
        translator: Callable[[str, str], str] = translate,
    ) -> None:
        self.context, self.table, self.translator = context, dict(table), translator

    def __getitem__(self, key: str) -> str:
        return self.translator(self.context, self.table[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)


# argparse's words, listed so that lupdate puts them in the catalogue (Python 3.11's argparse).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
)
