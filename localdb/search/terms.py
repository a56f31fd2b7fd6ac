"""What a search query means: whitespace-separated terms, all of which a record
must contain, each as a substring compared with ASCII letters case-folded.

That rule is the same on both backends and in Python (the snippet), which is
what makes SQLite and PostgreSQL return the same hits: FTS5 and pg_trgm only
narrow the candidates, the final test is always this one.
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass

#: FTS5's trigram tokenizer (and pg_trgm) cannot match fewer characters.
TRIGRAM = 3
MAX_TERMS = 8
MAX_TERM_CHARS = 100

_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def fold(text: str) -> str:
    """ASCII A–Z to a–z and nothing else (SQLite's lower() without ICU)."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Term:
    text: str  # already folded

    @property
    def short(self) -> bool:
        """1–2 characters: a scan, since trigrams cannot match them."""
        return len(self.text) < TRIGRAM

    @property
    def has_ascii_letters(self) -> bool:
        """The text side must be folded too before comparing."""
        return any(c in string.ascii_lowercase for c in self.text)

    @property
    def cased(self) -> bool:
        """FTS5 folds case beyond ASCII; a term with cased letters is checked again."""
        return any(c.lower() != c.upper() for c in self.text)

    @property
    def folds_beyond_ascii(self) -> bool:
        """Cased letters outside ASCII (Ａ, Ä): FTS5 folds them, we do not."""
        return any(c.lower() != c.upper() and c not in string.ascii_lowercase for c in self.text)


def _clean(query: str) -> str:
    # Control characters (NUL cannot even be stored in PostgreSQL text) split terms.
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in query)


def parse(query: str) -> tuple[Term, ...]:
    """Distinct terms in the order typed; at most MAX_TERMS, each cut to MAX_TERM_CHARS."""
    words = dict.fromkeys(fold(w)[:MAX_TERM_CHARS] for w in _clean(query).split())
    return tuple(Term(w) for w in list(words)[:MAX_TERMS])


def matches(term: Term, text: str) -> bool:
    return term.text in fold(text)
