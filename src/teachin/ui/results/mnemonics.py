"""Alt+letter keys for a window's buttons, tabs and labels, chosen from their texts as shown (in
whatever language), so every action can be reached without a mouse and no translation has to
carry an ``&`` of its own. No Qt here: Qt reads the ``&`` and underlines the letter."""

from __future__ import annotations

from collections.abc import Sequence


def with_mnemonics(texts: Sequence[str]) -> list[str]:
    """Each text with ``&`` before a letter no earlier text took: the first free letter that
    starts a word, else the first free letter anywhere; a text with no free letter gets none.
    An ``&`` already in a text is doubled, so it shows as itself."""
    taken: set[str] = set()
    marked = []
    for text in texts:
        at = _free_letter(text, taken)
        if at is not None:
            taken.add(text[at].casefold())
        marked.append(
            "".join(
                ("&" if k == at else "") + ("&&" if c == "&" else c) for k, c in enumerate(text)
            )
        )
    return marked


def _free_letter(text: str, taken: set[str]) -> int | None:
    letters = [k for k, c in enumerate(text) if c.isalpha() and c.casefold() not in taken]
    starts = [k for k in letters if k == 0 or not text[k - 1].isalnum()]
    return (starts or letters or [None])[0]


def plain(text: str) -> str:
    """``text`` as shown, without its mnemonic ``&`` (``&&`` is a shown ``&``)."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))
