"""The frame every chart shares: title, legend, plot, readout, units and sources, animation.

A chart builds its plot items once (``_build``) and then only moves them (``_frame(t)`` with
``t`` from 0 to 1), so replaying or revisiting never creates items (pyqtgraph leaks them).
Sizes follow the widget's height, so the same chart reads well on a projector and in a preview.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel, QVBoxLayout, QWidget

from teachin.content.charts import ChartData
from teachin.content.data import short_unit
from teachin.content.sources import chart_source_line
from teachin.i18n import translate
from teachin.theme import Theme

# Replays a focused chart. Not R: the presenter's R resets the timer.
REPLAY_KEY = Qt.Key.Key_A


# Qt's raster engine caches glyphs up to 64 px and draws bigger ones as paths (slow per paint;
# with QT_MAX_CACHED_GLYPH_SIZE raised they were not drawn at all here). Chart text never needs
# more than 64 px.
MAX_TEXT_PX = 64
TEXT = 0.05  # labels and ticks, as a share of the chart's height: 26 px on a 1080p slide chart
# The slide's sources text as a share of the canvas height: teachin.ui.text_box's
# Metrics.small_px (charts sit below ui in the layering, so the test checks they agree).
SOURCES = 0.024
# Axis numbers and titles never smaller than this many times the sources text: 22 px on a
# 720p canvas, 32 px at 1080p.
AXIS_OVER_SMALL = 1.25


def font(theme: Theme, pixels: float, bold: bool = False) -> QFont:
    f = QFont(theme.font_family)
    # Small previews keep the slide's proportions rather than a readable minimum size.
    f.setPixelSize(max(5, min(MAX_TEXT_PX, round(pixels))))
    f.setBold(bold)
    return f


def text_item(
    text: str, color: str, anchor: tuple[float, float], fill: str | None = None
) -> pg.TextItem:
    """A label in data coordinates, without Qt's 4 px document margin (which pushed small
    labels onto their bars in previews); ``fill`` hides grid lines behind it."""
    item = pg.TextItem(text, color=color, anchor=anchor, fill=fill)
    item.textItem.document().setDocumentMargin(1)
    return item


class SlideAxis(pg.AxisItem):
    """An axis whose title keeps clear of its numbers. pyqtgraph reserves only 0.8 of the
    title's height and nudges it 5 px outwards, so with slide-sized type the two touched."""

    title_gap = 6.0  # px between the title's text box and the numbers; set with the fonts
    # The least number worth marking: a range widened for a label's room runs past where the
    # data starts, and numbers there (an estimate of "-1000") would read as possible answers.
    floor: float | None = None

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        if self.floor is None:
            return levels
        least = self.floor - 1e-9 * max(1.0, abs(self.floor))  # a tick on the floor stays
        return [(step, [v for v in values if v >= least]) for step, values in levels]

    def _title_room(self) -> float:
        return self.label.boundingRect().height() + self.title_gap if self.label.isVisible() else 0

    def reserve_text(self, texts: list[str]) -> None:
        """Make room beside a vertical axis for these tick labels now: pyqtgraph measures them
        only while painting, so the plot would jump sideways after its first frame."""
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        box, centre = QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter  # as pyqtgraph does
        shown = self.style["showValues"]
        widths = [metrics.boundingRect(box, centre, text).width() for text in texts if shown]
        self.textWidth = max(widths, default=0)
        self._updateWidth()

    def _updateWidth(self) -> None:
        if self.fixedWidth is not None or not self.isVisible():
            super()._updateWidth()
            return
        shown = self.style["showValues"]
        w = self.textWidth + self.style["tickTextOffset"][0] if shown else 0
        w += max(0, self.style["tickLength"]) + self._title_room()
        self.setMaximumWidth(w)
        self.setMinimumWidth(w)
        self.picture = None

    def _updateHeight(self) -> None:
        if self.fixedHeight is not None or not self.isVisible():
            super()._updateHeight()
            return
        shown = self.style["showValues"]
        h = self.textHeight + self.style["tickTextOffset"][1] if shown else 0
        h += max(0, self.style["tickLength"]) + self._title_room()
        self.setMaximumHeight(h)
        self.setMinimumHeight(h)
        self.picture = None

    def resizeEvent(self, ev: object = None) -> None:
        super().resizeEvent(ev)
        if self.label is None:
            return
        box = self.label.boundingRect()
        if self.orientation == "left":  # at the outer edge, not 5 px beyond it
            self.label.setPos(0, int(self.height() / 2 + box.width() / 2))
        elif self.orientation == "bottom":
            self.label.setPos(int(self.width() / 2 - box.width() / 2), self.height() - box.height())


class ChartWidget(QWidget):
    """A chart on a slide. ``play()`` animates from empty, ``finish()`` jumps to the final frame
    (shots, handouts, previews), ``replay()`` (also the A key) starts again. Hover or click
    shows the value under the pointer in the readout."""

    duration_ms = 1400
    easing = QEasingCurve.Type.OutCubic
    value_axis = "left"  # the axis that carries the values: "left" or "bottom"

    def __init__(self, data: ChartData, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.theme = data, theme
        self.slide_sources: tuple[str, ...] = ()  # the slide's own sources line
        self.t = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.title = QLabel(data.title)
        self.title.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        axes = {name: SlideAxis(name) for name in ("left", "bottom")}
        # No right-click menus on a projected slide: enableMenu=False at construction spares
        # building the ViewBox's menu (pyqtgraph builds it in __init__). No cached background
        # either: a plain colour is cheap to fill, and the cache is a pixmap the size of the
        # plot (~5 MB for a 1080p slide chart), kept for every chart of every visited slide.
        self.plot = pg.PlotWidget(background=theme.background, axisItems=axes, enableMenu=False)
        self.plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.item = self.plot.getPlotItem()
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.readout = QLabel(self.plot)  # floats over the plot's top-right corner
        self.readout.hide()
        self._layout_widgets()
        self._style_plot()
        self._build()
        self.legend.setVisible(bool(self.legend.text()))  # no empty line above the plot
        self._set_footer()
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(self.duration_ms)
        self.animation.setEasingCurve(self.easing)
        self.animation.valueChanged.connect(self._on_tick)
        self.animation.finished.connect(self._on_finished)
        # Items sized by the plot area (rows of bars) follow it once the layout has settled.
        self.item.vb.sigResized.connect(lambda _vb: self._resize_items(max(self.height(), 40)))
        # Every pointer move, from the viewport itself: pyqtgraph's scene drops moves that come
        # within 10 ms of the last (its mouseRateLimit), and the one dropped may be where the
        # pointer comes to rest, leaving the readout on the point before.
        self.plot.viewport().installEventFilter(self)
        self.plot.scene().sigMouseClicked.connect(lambda event: self._on_hover(event.scenePos()))
        self.finish()
        self._apply_sizes()

    # --- public -------------------------------------------------------------------------------

    def play(self) -> None:
        """Animate from an empty chart to the true values; never blocks."""
        self.animation.stop()
        self._show_final_labels(False)
        self._set_t(0.0)
        self.animation.start()

    def finish(self) -> None:
        """Jump to the final frame: exactly the true values."""
        self.animation.stop()
        self._set_t(1.0)
        self._on_finished()

    def replay(self) -> None:
        self.play()

    def release(self) -> None:
        """Take the plot apart before Qt deletes this chart (pyqtgraph's own teardown,
        PlotWidget.close): the axes and view box leave the scene first. A scene that deletes
        pyqtgraph's widgets itself left PySide holding wrappers of freed objects (crashes in
        pyqtgraph's painting, seen under load), and their Python halves in reference cycles
        that only Python's rare full collection frees (memory grew on each walk of the deck)."""
        if self.plot.plotItem is None:  # released already
            return
        self.animation.stop()
        # Our handlers hold this chart: connected to objects Python will now own, they would
        # keep it alive through Qt, out of the garbage collector's sight.
        self.item.vb.sigResized.disconnect()
        self.plot.scene().sigMouseClicked.disconnect()
        self.plot.viewport().removeEventFilter(self)
        self.plot.close()

    @property
    def animating(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def readout_text(self) -> str:
        return self.readout.text() if self.readout.isVisible() else ""

    def set_slide_sources(self, sources: tuple[str, ...]) -> None:
        """The sources line of the slide this chart is on: the chart's caption leaves out what
        that line already says (sources live in one place on a slide)."""
        self.slide_sources = tuple(sources)
        self._set_footer()

    def canvas_height(self) -> float:
        """Height of the slide canvas this chart sits on (its parent SlideView's); a chart
        shown on its own is its own canvas."""
        canvas_rect = getattr(self.parentWidget(), "canvas_rect", None)
        if callable(canvas_rect):
            height = float(canvas_rect().height())
            if height > 0:
                return height
        return float(max(self.height(), 40))

    def text_px(self, share: float = TEXT) -> float:
        """Type at ``share`` of the chart's height, but never under the floor for reading
        from the back of the room (a chart squeezed under a long title stays legible)."""
        return max(max(self.height(), 40) * share, self.min_text_px())

    def min_text_px(self) -> float:
        """The smallest chart text on a slide: a little above the slide's sources line."""
        return self.canvas_height() * SOURCES * AXIS_OVER_SMALL

    def axis_px(self) -> int:
        """Pixel size of axis numbers and titles."""
        return max(5, min(MAX_TEXT_PX, round(self.text_px())))

    # --- for the kinds ------------------------------------------------------------------------

    def _build(self) -> None:
        """Create every plot item once."""
        raise NotImplementedError

    def _frame(self, t: float) -> None:
        """Move the items to animation progress ``t`` (1.0 = the true values)."""
        raise NotImplementedError

    def _value_at(self, point: QPointF) -> tuple[str, QPointF | None] | None:
        """Readout text (and where to mark) for a point in data coordinates, or None."""
        return None

    def _show_final_labels(self, shown: bool) -> None:
        """Value labels appear once the animation has ended."""

    def _resize_items(self, height: int) -> None:
        """Pens, symbols and text items that scale with the widget."""

    def _footer_extra(self) -> str:
        return ""

    def _axis_title(self) -> str:
        """The value axis's title: the unit, shortened."""
        return short_unit(self.data.unit)

    def colour(self, index: int) -> QColor:
        return QColor(self.theme.series[index % len(self.theme.series)])

    def _set_legend(self, labels: tuple[str, ...]) -> None:
        if len(labels) < 2:
            self.legend.hide()
            return

        def marked(i: int, label: str) -> str:  # the deck's label after its colour's square
            colour = self.colour(i).name()
            return f'<span style="color:{colour}">■</span>&nbsp;{label}'  # untranslated: markup

        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(marked(*pair) for pair in enumerate(labels)))

    # --- machinery ----------------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.title, self.legend):
            layout.addWidget(widget)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.footer)
        self.title.setVisible(bool(self.data.title))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(self.theme.background))
        palette.setColor(self.foregroundRole(), QColor(self.theme.foreground))
        self.setPalette(palette)
        fg, muted = self.theme.foreground, self.theme.muted
        self.title.setStyleSheet(f"color: {fg};")
        self.legend.setStyleSheet(f"color: {fg};")
        self.footer.setStyleSheet(f"color: {muted};")
        self.readout.setStyleSheet(
            f"color: {fg}; background: {self.theme.background}; "
            f"border: 2px solid {self.theme.accent}; padding: 4px 8px;"
        )

    def _style_plot(self) -> None:
        """No pyqtgraph default look: theme colours, thick axes, no buttons, menus or panning."""
        item = self.item
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.vb.disableAutoRange()
        for name in ("top", "right"):
            item.hideAxis(name)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(self.theme.foreground, width=2))
            axis.setTextPen(pg.mkPen(self.theme.foreground))
            # no third level of tiny ticks; keep the 0 at the very edge of the axis
            axis.setStyle(maxTickLevel=1, hideOverlappingLabels=False)
        grid = item.getAxis(self.value_axis)
        grid.setGrid(60)
        grid.setStyle(maxTickLevel=0)  # grid lines at the labelled values only: calmer, cheaper

    def _set_footer(self) -> None:
        units = "; ".join(self.data.units)
        said = f"Units: {units}" if units else ""  # untranslated: the deck's language
        parts = [said, self._footer_extra()]
        parts.append(chart_source_line(self.data.sources, self.slide_sources))
        if self.data.note:
            parts.insert(0, self.data.note)
        self.footer.setText("\n".join(p for p in parts if p))
        self.footer.setToolTip("\n".join(self.data.sources))

    def _set_t(self, t: float) -> None:
        self.t = t
        self._frame(t)

    def _on_tick(self, value: object) -> None:
        self._set_t(float(value))  # type: ignore[arg-type]

    def _on_finished(self) -> None:
        self._show_final_labels(True)

    def _clear_readout(self) -> None:
        """No value under the pointer: hide the readout (kinds that mark the point clear it)."""
        self.readout.hide()

    def _on_hover(self, scene_pos: QPointF) -> None:
        vb = self.item.vb
        found = None
        if vb.sceneBoundingRect().contains(scene_pos):
            found = self._value_at(vb.mapSceneToView(scene_pos))
        if found is None:
            self._clear_readout()
            return
        self.readout.setText(found[0])
        self.readout.adjustSize()
        self.readout.move(self.plot.width() - self.readout.width() - 8, 8)
        self.readout.show()
        self.readout.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self._on_hover(self.plot.mapToScene(event.position().toPoint()))
        elif event.type() == QEvent.Type.Leave:
            self._clear_readout()  # the pointer left the chart
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:  # deleteLater: Qt deletes us now
            self.release()
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == REPLAY_KEY:
            self.replay()
            event.accept()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        """Type and pens in proportion to the widget's height (projector or thumbnail)."""
        h = max(self.height(), 40)
        theme = self.theme
        self.title.setFont(font(theme, self.text_px(0.068), bold=True))
        self.legend.setFont(font(theme, self.text_px()))
        # units and sources under the chart: as big as the slide's own sources line
        self.footer.setFont(font(theme, max(h * 0.036, self.canvas_height() * SOURCES)))
        self.readout.setFont(font(theme, self.text_px(), bold=True))
        px = self.axis_px()
        tick = font(theme, px)
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setTickFont(tick)
            axis.title_gap = px * 0.5
            axis.setStyle(tickTextOffset=max(2, round(px * 0.35)), tickLength=max(2, round(h / 90)))
        self.item.getAxis(self.value_axis).setLabel(
            self._axis_title(),
            **{"color": theme.muted, "font-size": f"{px}px", "font-family": theme.font_family},
        )
        self._resize_items(h)


class ChartErrorBox(QFrame):
    """Stands in for a chart that cannot be drawn: says why, in the slide's colours. Has the
    chart methods (doing nothing) so the slide view can treat it like any chart."""

    def __init__(self, message: str, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.message = message
        self.setObjectName("chartError")
        self.setStyleSheet(
            f"#chartError {{ background: {theme.background}; border: 3px dashed {theme.accent}; }}"
            f" QLabel {{ color: {theme.foreground}; }}"
        )
        layout = QVBoxLayout(self)
        said = translate("ChartError", "This chart cannot be shown")
        self.label = QLabel(f"{said}\n\n{message}")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setFont(font(self.theme, max(self.height(), 60) * 0.05))

    def play(self) -> None: ...
    def finish(self) -> None: ...
    def replay(self) -> None: ...
    def refresh(self) -> None: ...
    def reveal(self, truth: object = None) -> None: ...
