"""Offline text processing: tokens, sentences and quotations with character spans.

Every span is a pair of Python ``str`` indices into the *unmodified* article
text, so ``text[start:end]`` is always the unit itself.

This module is the shared foundation of every layer: :func:`analyse` turns one
article into a :class:`Doc` (tokens, sentences, quotations, per-token sentence
and quotation index) that the lexicon, attribution and stance layers read.

Notes
-----
No NLTK data is downloaded. Sentence segmentation uses NLTK's Punkt
implementation with explicit parameters (abbreviations), never a trained
model from ``nltk_data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

__all__ = [
    "Token",
    "Sentence",
    "Quote",
    "Doc",
    "tokenize",
    "split_sentences",
    "find_quotes",
    "analyse",
]

# Words keep inner hyphens and apostrophes ("U.S.-led", "doesn’t", "Choe's"),
# abbreviations with inner periods ("U.S.", "U.N."), numbers with separators
# ("5,000", "100-180"); every other non-space character is its own token.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S. / U.N. / U.K.
    r"|\w+(?:[-'’.,]\w+)*"  # words, hyphenated words, contractions, numbers
    r"|[^\w\s]",
    re.UNICODE,
)


class Token(NamedTuple):
    """A token: ``text[start:end] == text`` of the token."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """Lower-cased token text, with the curly apostrophe folded to ``'``."""
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        """True when the token contains a letter or digit."""
        return any(ch.isalnum() for ch in self.text)


class Sentence(NamedTuple):
    """A sentence (or headline, bullet, caption line) span with its zone."""

    start: int
    end: int
    zone: str = "body"


class Quote(NamedTuple):
    """A direct quotation.

    ``start``/``end`` include the quotation marks; the quoted words are
    ``text[start + 1:end - 1]`` when ``balanced`` is True. An unbalanced quote
    (no closing mark) runs to the end of its paragraph and is flagged.
    """

    start: int
    end: int
    balanced: bool = True
    kind: str = "double"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens with offsets into ``text``.

    Parameters
    ----------
    text : str
        The full, unmodified article text.
    start, end : int, optional
        Restrict tokenisation to this slice; offsets still index ``text``.

    Returns
    -------
    list of Token

    Examples
    --------
    >>> [t.text for t in tokenize("U.S.-led efforts doesn’t stop.")]
    ['U.S.', '-', 'led', 'efforts', 'doesn’t', 'stop', '.']
    """
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


_SENT_END = re.compile(r"[.!?…][”’\"')\]]*(?=\s+|(?=[A-Z“‘\"]))|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans (no leading or trailing whitespace).

    A simple placeholder: line breaks and sentence-final punctuation followed
    by whitespace or an upper-case letter end a sentence.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        _add_span(text, pos, end, spans)
        pos = end
    _add_span(text, pos, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def find_quotes(text: str) -> list[Quote]:
    """Find direct quotations delimited by curly or straight double quotes.

    A placeholder: pairs “…” and "…"; an opening mark with no close is
    flagged unbalanced and runs to the end of its paragraph.
    """
    quotes: list[Quote] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in "“\"":
            close = "”" if ch == "“" else "\""
            j = text.find(close, i + 1)
            para_end = text.find("\n\n", i)
            para_end = n if para_end == -1 else para_end
            if j == -1:
                quotes.append(Quote(i, para_end, False, "double"))
                i = para_end
                continue
            quotes.append(Quote(i, j + 1, True, "double"))
            i = j + 1
            continue
        i += 1
    return quotes


@dataclass
class Doc:
    """One article, analysed: the unit every layer reads.

    Attributes
    ----------
    doc_id : str
    text : str
        The unmodified text; every offset indexes it.
    tokens : list of Token
    sentences : list of Sentence
    quotes : list of Quote
    token_sentence : numpy.ndarray of int
        For each token, the index of its sentence (``-1`` if none).
    token_quote : numpy.ndarray of int
        For each token, the index of the quotation it lies inside (``-1`` if
        none). Quotation marks themselves are outside.
    """

    doc_id: str
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    quotes: list[Quote]
    token_sentence: np.ndarray = field(repr=False)
    token_quote: np.ndarray = field(repr=False)

    def sentence_tokens(self, i: int) -> list[Token]:
        """Tokens of sentence ``i``."""
        idx = np.flatnonzero(self.token_sentence == i)
        return [self.tokens[k] for k in idx]

    def in_quote(self, start: int, end: int) -> bool:
        """True when the span ``[start, end)`` lies inside a direct quotation."""
        return any(q.start < start and end <= q.end for q in self.quotes)


def _zone_of(start: int, end: int, zones) -> str:
    """Zone covering most of ``[start, end)``; ``body`` by default."""
    if not zones:
        return "body"
    best, best_overlap = "body", 0
    for z_start, z_end, zone in zones:
        overlap = min(end, z_end) - max(start, z_start)
        if overlap > best_overlap:
            best, best_overlap = zone, overlap
    return best if best_overlap * 2 >= (end - start) else "body"


def analyse(text: str, doc_id: str = "", zones=None) -> Doc:
    """Analyse one article into tokens, sentences and quotations.

    Parameters
    ----------
    text : str
        The unmodified article text.
    doc_id : str, default=""
    zones : iterable of (start, end, zone), optional
        Non-body zones (headline, byline, ...). Sentences never cross a zone
        boundary; each sentence takes the zone that covers it.

    Returns
    -------
    Doc
    """
    tokens = tokenize(text)
    spans = split_sentences(text)
    sentences = [Sentence(s, e, _zone_of(s, e, zones)) for s, e in spans]
    quotes = find_quotes(text)
    starts = np.fromiter((t.start for t in tokens), dtype=np.int64, count=len(tokens))
    token_sentence = np.full(len(tokens), -1, dtype=np.int64)
    for i, (s, e, _) in enumerate(sentences):
        lo, hi = np.searchsorted(starts, [s, e])
        token_sentence[lo:hi] = i
    token_quote = np.full(len(tokens), -1, dtype=np.int64)
    for i, q in enumerate(quotes):
        lo, hi = np.searchsorted(starts, [q.start + 1, q.end - 1 if q.balanced else q.end])
        token_quote[lo:hi] = i
    return Doc(doc_id, text, tokens, sentences, quotes, token_sentence, token_quote)
