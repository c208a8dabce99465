"""`teachin check` on source lines: a code host or a commit the audience would read is a problem
(it belongs in the notes or the CSV's note column), and `teachin check --list` prints, under each
slide, every source line the audience sees: the slide's own and each chart's."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teachin.__main__ import main
from teachin.content.model import Deck, Module, Slide, TextPart
from teachin.content.sources import CODE_HOST, COMMIT, chart_source_line, provenance_problems

ROOT = Path(__file__).resolve().parent.parent
ROWS = (
    "year,value,unit,source,confidence,note\n"
    '2015,244,million persons,"{source}",confirmed,"{note}"\n'
)
SLIDES = """---
title: Scale
minutes: 5
---

# How many?

```chart
kind: bars
series: stock
title: Migrants
```

Text on screen: {body}

::: notes
Digits read from github.com/datasets/world-development-indicators commit e73c49d5ab.
:::

::: sources
{sources}
:::
"""


def write_deck(root: Path, source: str, body: str = "244", sources: str = "UN DESA") -> Path:
    (root / "slides").mkdir(parents=True)
    (root / "assets" / "data").mkdir(parents=True)
    (root / "quizzes").mkdir()
    (root / "slides" / "01-scale.md").write_text(
        SLIDES.format(body=body, sources=sources), encoding="utf-8"
    )
    note = "How the digits were obtained: github.com/x/y commit e73c49d5ab"
    (root / "assets" / "data" / "stock.csv").write_text(
        ROWS.format(source=source, note=note), encoding="utf-8"
    )
    return root


def check(root: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["check", *extra, str(root)])
    return code, capsys.readouterr().out


def test_provenance_in_notes_and_the_note_column_is_fine(tmp_path, capsys) -> None:
    code, out = check(write_deck(tmp_path, "UN DESA, Migrant Stock 2015 revision"), capsys)
    assert code == 0, out
    assert "no problems" in out


@pytest.mark.parametrize(
    ("source", "body", "sources", "shown"),
    [
        ("UN DESA, digits from a public GitHub chart file", "244", "UN DESA", "GitHub"),
        ("World Bank WDI, as mirrored in datasets/wdi commit e73c49d", "x", "WB", "commit e73c49d"),
        ("UN DESA", "see gitlab.com/un/desa", "UN DESA", "gitlab"),
        ("UN DESA", "244", "WDI, file 4ebec5a2273f531ba238a34dbe440394dc5a6c4b", "4ebec5a"),
    ],
    ids=["chart source", "commit", "slide body", "bare hash"],
)
def test_a_code_host_or_commit_on_screen_is_a_problem(
    tmp_path, capsys, source, body, sources, shown
) -> None:
    code, out = check(write_deck(tmp_path, source, body, sources), capsys)
    assert code == 1
    (line,) = [row for row in out.splitlines() if "01-scale.md:" in row]
    assert shown.lower() in line.lower() and "slide 1 ('How many?')" in line


def test_list_prints_each_source_line_the_audience_sees_under_its_slide(tmp_path, capsys) -> None:
    root = write_deck(tmp_path, "UN DESA, Migrant Stock (2015 revision)", sources="Henaway 2017")
    code, out = check(root, capsys, "--list")
    assert code == 0, out
    lines = out.splitlines()
    at = next(i for i, row in enumerate(lines) if "| How many?" in row)
    assert lines[at + 1].split() == ["slide:", "Henaway", "2017"]
    assert lines[at + 2].strip() == "chart bars: Source: UN DESA, Migrant Stock (2015 revision)"


def test_a_chart_source_the_slide_already_names_is_listed_once(tmp_path, capsys) -> None:
    source = "UN DESA, Migrant Stock (2015 revision)"
    root = write_deck(tmp_path, source, sources=source + ".")
    _, out = check(root, capsys, "--list")
    assert out.count("Migrant Stock (2015 revision)") == 1


def test_the_built_in_deck_shows_no_code_host_or_commit(capsys) -> None:
    code, out = check(ROOT, capsys, "--list")
    assert code == 0, out
    shown = [row for row in out.splitlines() if row.startswith("       ")]
    assert len(shown) >= 80  # nearly every slide names its sources
    assert not [row for row in shown if "github" in row.lower() or "commit" in row.lower()]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.text(max_size=200))
def test_any_slide_text_is_checked_without_error(body: str, source: str) -> None:
    slide = Slide("T", (TextPart(body, 0, 6),), "", (source,), Path("01-x.md"), 5)
    deck = Deck(Path("."), (Module(1, "M", 1, Path("01-x.md"), (slide,)),))
    problems = provenance_problems(deck)
    shown = body + "\n" + source
    assert bool(problems) == bool(CODE_HOST.search(shown) or COMMIT.search(shown))
    assert all(p.line == 5 and "slide 1 ('T')" in p.message for p in problems)


def test_a_long_chart_source_is_shown_in_full_never_cut() -> None:
    long = "Publisher, " + "a very long dataset title " * 10 + "(2018 edition)"
    line = chart_source_line((long, "Second source https://example.org/x", "Third"), ())
    assert "…" not in line and long in line
    assert line.endswith("Second source; and 1 more (see the notes)")
