"""Teach-in: an offline workshop app — slide modules, live charts and shared-laptop quizzes."""

__version__ = "0.1.0"
