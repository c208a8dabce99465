"""The slide format as an author writes it, and every way a module file can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.content.model import ChartPart, QuizPart, TextPart
from teachin.content.slides import load_module

GOOD = """\
---
title: The roots
minutes: 12
---

# Why do people leave?

- Wars and interventions
- Land taken for mines

. . .

- Debt

::: notes
Ask the room first.
:::

::: sources
UN DESA 2017, p. 4.
:::

---

# A chart

```chart
kind: line
series: migrant_stock_un_desa_2020rev
```

```quiz
quiz: checkpoint-04
question: mining
```

```text
--- not a separator inside a code fence
```
"""


def write(tmp_path: Path, text: str | bytes, name: str = "04-roots.md") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def messages(problems) -> list[str]:
    return [f"{p.line}: {p.message}" for p in problems]


def test_good_module_reads_title_minutes_steps_notes_sources_and_blocks(tmp_path):
    module, problems = load_module(write(tmp_path, GOOD), module_index=3)

    assert problems == []
    assert (module.order, module.title, module.minutes) == (4, "The roots", 12)
    first, second = module.slides
    assert first.title == "Why do people leave?"
    assert first.steps == 2
    assert [type(p) for p in first.parts] == [TextPart, TextPart]
    assert "Wars and interventions" in first.parts[0].markdown
    assert first.parts[1].step == 1 and "Debt" in first.parts[1].markdown
    assert first.notes == "Ask the room first."
    assert first.sources == ("UN DESA 2017, p. 4.",)
    assert first.line == 6 and first.module_index == 3

    chart, quiz, code = second.parts
    assert isinstance(chart, ChartPart) and chart.kind == "line"
    assert chart.options["series"] == "migrant_stock_un_desa_2020rev"
    assert chart.line == 27
    assert isinstance(quiz, QuizPart) and (quiz.quiz, quiz.question) == ("checkpoint-04", "mining")
    assert isinstance(code, TextPart) and "--- not a separator" in code.markdown
    assert len(module.slides) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# no front matter\n", "1: missing front matter"),
        ("---\ntitle: T\nminutes: 5\n\n# A\n", "1: front matter is not closed"),
        (
            "---\ntitle: T\nminutes: 5\ncolour: red\n---\n# A\n",
            "4: unknown front matter key 'colour'",
        ),
        (
            "---\ntitle: T\nminutes: soon\n---\n# A\n",
            "3: minutes must be a whole number from 1 to 600",
        ),
        ("---\ntitle: T\n---\n# A\n", "1: front matter needs a 'minutes: N' line"),
        ("---\ntitle: T\nminutes: 5\n---\n\n", "5: module has no slides"),
        ("---\ntitle: T\nminutes: 5\n---\n# A\n---\nJust text\n", "7: slide has no title"),
        (
            "---\ntitle: T\nminutes: 5\n---\n# A\n::: aside\nx\n:::\n",
            "6: unknown directive '::: aside'",
        ),
        ("---\ntitle: T\nminutes: 5\n---\n# A\n::: notes\nx\n", "6: '::: notes' is not closed"),
        (
            "---\ntitle: T\nminutes: 5\n---\n# A\n```chart\nkind: line\n",
            "6: ```chart block is not closed",
        ),
        ("---\ntitle: T\nminutes: 5\n---\n# A\n```quiz\nquestion: q\n```\n", "6: quiz block needs"),
        (
            "---\ntitle: T\nminutes: 5\n---\n# A\n```chart\nseries: x\n```\n",
            "6: chart block needs 'kind",
        ),
        ("---\ntitle: T\nminutes: 5\n---\n# A\nText\n. . .\n", "5: '. . .' at the end"),
    ],
)
def test_each_mistake_is_reported_with_its_line(tmp_path, text, expected):
    _, problems = load_module(write(tmp_path, text))
    assert any(m.startswith(expected) for m in messages(problems)), messages(problems)
    assert all(p.path.name == "04-roots.md" for p in problems)


def test_not_utf8_names_the_line_and_still_gives_an_error_slide(tmp_path):
    path = write(tmp_path, b"---\ntitle: T\nminutes: 5\n---\n# Caf\xe9\n")
    module, problems = load_module(path)
    assert messages(problems) == [
        "5: not UTF-8 text (byte 0xe9, invalid continuation byte); save it as UTF-8"
    ]
    (slide,) = module.slides
    assert slide.error and "not UTF-8" in slide.error


def test_empty_module_becomes_an_error_slide(tmp_path):
    module, problems = load_module(write(tmp_path, "---\ntitle: Empty\nminutes: 3\n---\n"))
    assert messages(problems) == ["5: module has no slides"]
    assert module.slides[0].error and module.title == "Empty"


def test_untitled_slide_is_kept_so_no_content_is_lost(tmp_path):
    module, _ = load_module(write(tmp_path, "---\ntitle: T\nminutes: 5\n---\nWords only\n"))
    assert module.slides[0].title == "Untitled slide"
    assert "Words only" in module.slides[0].parts[0].markdown


def test_file_name_without_order_number(tmp_path):
    _, problems = load_module(write(tmp_path, GOOD, name="roots.md"))
    assert messages(problems) == ["1: file name must start with its order number, e.g. 03-roots.md"]
