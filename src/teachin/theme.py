"""Colours and type for slides and charts, as plain data (no Qt) so every layer can share it."""

from __future__ import annotations

from typing import NamedTuple


class Theme(NamedTuple):
    name: str
    background: str
    foreground: str
    muted: str  # sources, axes, secondary text: still readable from the back of a room
    accent: str  # titles' rule, highlights, the "true value" marker
    accent2: str
    grid: str
    series: tuple[str, ...]  # chart colours, in order
    font_family: str = "Noto Sans"


DEFAULT = Theme(
    name="default",
    background="#FAFAF7",
    foreground="#16161A",
    muted="#4A4D55",
    accent="#B3261E",
    accent2="#1F5FA8",
    grid="#D5D5D0",
    series=("#B3261E", "#1F5FA8", "#2E7D32", "#7B4FA0", "#B86E00", "#00838F"),
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    background="#000000",
    foreground="#FFFFFF",
    muted="#E6E6E6",
    accent="#FFD600",
    accent2="#4FC3F7",
    grid="#5A5A5A",
    series=("#FFD600", "#4FC3F7", "#FFFFFF", "#FF8A80", "#B9F6CA", "#EA80FC"),
)


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else DEFAULT
