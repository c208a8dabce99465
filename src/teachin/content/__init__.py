"""Reading and validating content (slides, quizzes, data). Pure Python: no Qt, no SQL."""
