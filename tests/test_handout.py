"""`teachin handout`: a printable PDF written by QPdfWriter, one slide a page or slide + notes."""

from __future__ import annotations

import re
import zlib
from itertools import pairwise
from pathlib import Path

import pytest

from teachin.__main__ import main

LONG_NOTES = "\n\n".join(f"Paragraph {i}: " + "say this to the room " * 30 for i in range(40))

MODULE = f"""\
---
title: Roots
minutes: 5
---

# Why do people leave?

- Wars and interventions

::: notes
Ask the room first: what makes someone leave home?
:::

---

# A slide with long notes

Short on screen.

::: notes
{LONG_NOTES}
:::

---

# No notes here

Just a slide.
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    (tmp_path / "slides").mkdir()
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "slides" / "01-roots.md").write_text(MODULE, encoding="utf-8")
    return tmp_path


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page of a PDF written by Qt."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    boxes = re.findall(rb"/Type /Page\b.*?/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)", data, re.S)
    return [(float(w), float(h)) for w, h in boxes]


def pdf_text_streams(path: Path) -> bytes:
    """Every content stream, inflated: enough to see which fonts and how much is drawn."""
    data = path.read_bytes()
    out = b""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out += zlib.decompress(stream)
        except zlib.error:
            out += stream
    return out


def test_one_landscape_a4_page_per_slide(qapp, deck, tmp_path, capsys):
    out = tmp_path / "handout.pdf"
    assert main(["--deck", str(deck), "handout", str(out)]) == 0
    pages = pdf_pages(out)
    assert len(pages) == 3
    for width, height in pages:  # A4 is 842 x 595 points
        assert (width, height) == pytest.approx((842, 595), abs=2)
    assert "3 slides on 3 pages" in capsys.readouterr().out


def test_notes_pages_are_portrait_and_long_notes_continue(qapp, deck, tmp_path, capsys):
    out = tmp_path / "notes.pdf"
    assert main(["--deck", str(deck), "handout", str(out), "--notes"]) == 0
    pages = pdf_pages(out)
    assert len(pages) > 3  # the long notes ran onto further pages
    for width, height in pages:
        assert (width, height) == pytest.approx((595, 842), abs=2)
    assert f"3 slides on {len(pages)} pages with speaker notes" in capsys.readouterr().out
    plain = tmp_path / "plain.pdf"
    assert main(["--deck", str(deck), "handout", str(plain)]) == 0
    # the notes text is drawn: the notes handout carries much more page content
    assert len(pdf_text_streams(out)) > 2 * len(pdf_text_streams(plain))


def test_handout_embeds_the_bundled_font(qapp, deck, tmp_path):
    out = tmp_path / "handout.pdf"
    assert main(["--deck", str(deck), "handout", str(out)]) == 0
    assert b"NotoSans" in out.read_bytes()


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("nowhere/handout.pdf", "no such folder"),
        ("a-file/handout.pdf", "cannot write in"),  # a file where the folder should be
        ("a-folder", "is a folder"),  # a folder in the way of the PDF
    ],
)
def test_a_place_that_cannot_be_written_fails_with_no_pages_reported(
    qapp, deck, tmp_path, capfd, where, says
):
    """As root, chmod does not stop a write: these places fail for anyone. The command says
    why, exits 1, claims no pages, prints no Qt warnings and leaves nothing behind."""
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-folder").mkdir()
    before = sorted(tmp_path.rglob("*"))
    assert main(["--deck", str(deck), "handout", str(tmp_path / where)]) == 1
    out, err = capfd.readouterr()
    assert says in err and "no PDF written" in err
    assert "pages" not in out and "QPainter" not in err
    assert sorted(tmp_path.rglob("*")) == before


def test_a_failed_handout_keeps_the_old_pdf(qapp, deck, tmp_path, monkeypatch):
    """The PDF is written beside its place and moved there complete: a run that fails midway
    leaves the last good handout as it was, and no part file."""
    from teachin.ui.presenter import handout

    out = tmp_path / "handout.pdf"
    assert main(["--deck", str(deck), "handout", str(out)]) == 0
    good = out.read_bytes()

    def broken(*args, **kwargs):
        raise handout.HandoutError("Qt could not finish the PDF")

    monkeypatch.setattr(handout, "_write_pdf", broken)
    assert main(["--deck", str(deck), "handout", str(out)]) == 1
    assert out.read_bytes() == good
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*"))


@pytest.mark.slow
def test_handout_of_the_built_in_deck_has_every_slide_and_its_charts(qapp, repo, tmp_path):
    from teachin.content.deck import load_deck

    deck = load_deck(repo)
    charts = sum(len(slide.charts) for slide in deck.slides)
    out = tmp_path / "deck.pdf"
    assert main(["--deck", str(repo), "handout", str(out)]) == 0
    assert len(pdf_pages(out)) == len(deck.slides)
    assert charts > 0 and out.read_bytes().count(b"/Subtype /Image") >= charts


def test_page_breaks_are_known_for_every_line_of_long_notes(qapp, tmp_path):
    """Notes are cut between lines; every line must be laid out before the cuts are chosen."""
    from PySide6.QtGui import QFontMetricsF, QPdfWriter

    from teachin.ui.presenter.handout import DPI, line_bottoms, notes_document

    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(DPI)
    doc = notes_document(LONG_NOTES, writer, 2000)
    bottoms = line_bottoms(doc)
    line = QFontMetricsF(doc.defaultFont(), writer).lineSpacing()
    gaps = [b - a for a, b in pairwise(bottoms)]
    assert bottoms[-1] > 100 * line  # long enough to need several pages
    assert max(gaps) < 3 * line  # a cut is possible after every line, to the very end
