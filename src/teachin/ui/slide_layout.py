"""Where everything on a slide goes: a pure function of the slide, its place in the deck, the
theme and the canvas size, so a layout can be built ahead of time and kept."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF

from teachin.content.model import Deck, Slide, TextPart
from teachin.theme import Theme
from teachin.ui.slide_parts import Block, error_block, make_block, stack
from teachin.ui.text_box import Metrics, TextBox

# A long sources block is set smaller, down to 80 % of the usual size (14 px at 720p), before
# it would be cut; what still does not fit is reported by the overflow check.
SOURCES_SCALES = (1.0, 0.9, 0.8)


class SlideLayout(NamedTuple):
    """Everything placed on the canvas, in canvas coordinates (origin at its top-left)."""

    metrics: Metrics
    title: TextBox
    blocks: list[Block]
    footer: list[TextBox]  # sources, slide number
    rule: QRectF  # the accent bar under the title
    cover: bool  # the deck's first slide or a title-only slide: larger, lower title

    def overflow(self) -> list[str]:
        """One line per piece of text that does not fit the space it is given (empty = ok)."""
        problems = [self.title.overflow("title")]
        problems += [block.overflow() for block in self.blocks]
        problems += [box.overflow(box.label) for box in self.footer]
        return [p for p in problems if p]


def build_layout(
    slide: Slide,
    number: tuple[int, int] | None,
    deck: Deck | None,
    theme: Theme,
    width: float,
    height: float,
) -> SlideLayout:
    """Measure and place everything on a ``width`` x ``height`` canvas. ``number`` is the
    slide's (position, count) in the deck, shown at the foot."""
    m = Metrics(width, height)
    content_w = width - 2 * m.margin_x
    footer = _footer(slide, number, theme, m, content_w)
    foot_top = min((box.rect.top() for box in footer), default=height - m.margin_bottom)
    bottom = foot_top - m.gap

    blocks = [make_block(part, slide, deck, theme, m, content_w) for part in slide.parts]
    if slide.error is not None:
        blocks = [error_block(slide, theme, m, content_w)]

    # The deck's first slide and a slide with nothing but a title are covers: a larger
    # title, the whole group a little above the middle.
    cover = not blocks or (
        number is not None and number[0] == 1 and all(isinstance(p, TextPart) for p in slide.parts)
    )
    title = TextBox.title(slide.title, theme, m, content_w, scale=1.3 if cover else 1.0)
    title_h = title.lines_height(m.title_lines)
    top = m.margin_top
    if cover:
        body_h = sum(b.natural_height for b in blocks) + m.gap * len(blocks)
        group = min(title.natural_height, title_h) + m.gap * 3 + body_h
        top = max(m.margin_top, (bottom - group) * 0.42)
    title.place(m.margin_x, top, content_w, title_h)
    rule_y = top + min(title.natural_height, title_h) + m.gap * 0.6
    rule = QRectF(m.margin_x, rule_y, m.height * 0.12, m.height * 0.007)
    stack(blocks, m.margin_x, rule.bottom() + m.gap * 1.4, content_w, bottom, m)
    return SlideLayout(m, title, blocks, footer, rule, cover)


def _footer(
    slide: Slide, number: tuple[int, int] | None, theme: Theme, m: Metrics, content_w: float
) -> list[TextBox]:
    boxes: list[TextBox] = []
    number_w = 0.0
    if number is not None:
        n, total = number
        label = "slide number"  # untranslated: names the part in overflow reports, like "title"
        box = TextBox.small(f"{n} / {total}", theme, m, m.height * 0.2, label=label)
        number_w = box.natural_width + m.gap
        y = m.height - m.margin_bottom - box.natural_height
        box.place(
            m.width - m.margin_x - box.natural_width, y, box.natural_width, box.natural_height
        )
        boxes.append(box)
    if slide.sources:
        text = "\n\n".join(slide.sources)
        width = content_w - number_w
        room = m.height * 0.45  # never up into the title; the body gives way first
        for scale in SOURCES_SCALES:  # every line whole: smaller type before any is cut
            src = TextBox.small(text, theme, m, width, label="sources", scale=scale)
            if src.natural_height <= room:
                break
        h = min(src.natural_height, room)
        src.place(m.margin_x, m.height - m.margin_bottom - h, width, h)
        boxes.append(src)
    return boxes
