"""A short piece of the matching text, around the first match."""

from __future__ import annotations

from localdb.search.terms import Term, fold

WIDTH = 60  # characters shown
BEFORE = 15  # of which before the match
ELLIPSIS = "…"


def snippet(text: str, terms: tuple[Term, ...]) -> str:
    flat = " ".join(text.split())  # line breaks and runs of spaces read as one space
    folded = fold(flat)
    found = [p for p in (folded.find(t.text) for t in terms) if p >= 0]
    start = max(0, min(found, default=0) - BEFORE)
    start = max(0, min(start, len(flat) - WIDTH))  # near the end: show a full window
    piece = flat[start:start + WIDTH]
    return (ELLIPSIS if start > 0 else "") + piece + (ELLIPSIS if start + WIDTH < len(flat) else "")
