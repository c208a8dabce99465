"""The layering in docs/architecture.md: imports point down only; content/ and quiz/ have no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "teachin"

# layer -> modules it must never import
FORBIDDEN = {
    "content": (
        "PySide6",
        "pyqtgraph",
        "sqlite3",
        "sqlite_utils",
        "teachin.quiz",
        "teachin.store",
        "teachin.charts",
        "teachin.ui",
        "teachin.app",
    ),
    "quiz": (
        "PySide6",
        "pyqtgraph",
        "sqlite3",
        "sqlite_utils",
        "teachin.store",
        "teachin.charts",
        "teachin.ui",
        "teachin.app",
    ),
    "store": ("PySide6", "pyqtgraph", "teachin.charts", "teachin.ui", "teachin.app"),
    "charts": ("teachin.ui", "teachin.app", "teachin.store"),
    # the live room runs beside the presenter's Qt loop but never needs Qt itself
    "room": ("PySide6", "pyqtgraph", "teachin.ui", "teachin.charts", "teachin.app"),
}


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_each_layer_imports_only_downwards():
    wrong = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imported_names(path):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []


def test_checking_a_deck_loads_no_qt():
    code = (
        "import sys, teachin.content.check, teachin.content.deck;"
        "import pkgutil, importlib, teachin.quiz;"
        "[importlib.import_module('teachin.quiz.' + m.name) "
        " for m in pkgutil.iter_modules(teachin.quiz.__path__)];"
        "bad = [m for m in ('PySide6', 'pyqtgraph') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
