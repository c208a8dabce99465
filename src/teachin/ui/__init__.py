"""Qt widgets: the slide view and the renderers built on it (shot, handout)."""
