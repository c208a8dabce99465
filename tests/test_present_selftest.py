"""`teachin --self-test`: passes on a good deck, fails with path:line on a bad one."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from teachin import paths
from teachin.selftest import _has_content, run_self_test

GOOD = """---
title: Good
minutes: 4
---

# A title

Some text

. . .

More text

---

# Another

Body
"""

BAD = """---
title: Bad
minutes: 4
---

Text before any title

::: wrongdirective
x
:::
"""


def deck(root: Path, **modules: str) -> Path:
    (root / "slides").mkdir(parents=True)
    for name, text in modules.items():
        (root / "slides" / f"{name}.md").write_text(text, encoding="utf-8")
    return root


def test_self_test_passes_on_a_good_deck(qapp, tmp_path: Path, capsys) -> None:
    paths.set_deck_dir(deck(tmp_path / "d", **{"01-good": GOOD}))
    assert run_self_test(Namespace()) == 0
    out = capsys.readouterr().out
    assert "self-test ok" in out
    assert "2 slides / 3 steps rendered" in out


def test_self_test_fails_with_path_and_line(qapp, tmp_path: Path, capsys) -> None:
    root = deck(tmp_path / "d", **{"01-good": GOOD, "02-bad": BAD})
    paths.set_deck_dir(root)
    assert run_self_test(Namespace()) == 1
    out = capsys.readouterr().out
    assert "self-test FAILED" in out
    assert f"{root / 'slides' / '02-bad.md'}:" in out


def test_blank_render_is_caught(qapp) -> None:
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#FAFAF7"))
    assert not _has_content(image)


@pytest.mark.slow
def test_command_line_self_test_needs_no_display(tmp_path: Path) -> None:
    root = deck(tmp_path / "d", **{"01-good": GOOD})
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["TEACHIN_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "teachin", "--self-test", "--deck", str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test ok" in done.stdout
