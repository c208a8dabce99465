"""Qt widgets: the slide view and the renderers built on it (shot, handout)."""

import os

# Qt's raster engine caches glyphs only up to 64 px and draws bigger ones as paths, which made
# a slide title (86 px at 1080p) cost ~9 ms a paint against ~0.2 ms cached. Slides use big type
# by design, so raise the limit; it must be set before the first text is drawn.
os.environ.setdefault("QT_MAX_CACHED_GLYPH_SIZE", "256")
