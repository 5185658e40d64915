"""Offline text processing: tokens, sentences and quotations with character spans.

Every span is a pair of Python ``str`` indices into the *unmodified* article
text, so ``text[start:end]`` is always the unit itself.

This module is the shared foundation of every layer: :func:`analyse` turns one
article into a :class:`Doc` (tokens, sentences, quotations, per-token sentence
and quotation index) that the lexicon, attribution and stance layers read.

Notes
-----
No NLTK data is downloaded. Sentence segmentation uses NLTK's Punkt
implementation (Kiss & Strunk 2006) with explicit parameters (abbreviations,
collocations and orthographic evidence for frequent sentence starters), never
a trained model from ``nltk_data``. A few deterministic rules sit on top of
Punkt for things it cannot see in news copy scraped from the web: line breaks,
zone boundaries, a lost space after a full stop, ellipses inside quotations,
and a headline repeated in front of a photo caption.

Quotation detection follows the typographic conventions of English news copy
(double quotes for speech, single quotes for headlines and quotes within
quotes, a paragraph that ends inside a quotation continued by a paragraph that
reopens with a quotation mark); see :func:`find_quotes`.

References
----------
.. [1] Kiss, T. & Strunk, J. (2006). Unsupervised multilingual sentence
   boundary detection. *Computational Linguistics* 32(4), 485-525.
.. [2] The Associated Press Stylebook (abbreviations, titles, months;
   quotation marks and "running quotations" across paragraphs).
.. [3] Pareti, S. (2016). PARC 3.0: A corpus of attribution relations.
   *LREC 2016* (direct quotations as attribution content).
"""

from __future__ import annotations

import gc
import logging
import re
import string
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, chain
from operator import itemgetter
from typing import Iterable, NamedTuple

import numpy as np
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

logger = logging.getLogger(__name__)

__all__ = [
    "ABBREVIATIONS",
    "INLINE_ZONES",
    "SENTENCE_STARTERS",
    "SCARE_QUOTE_MAX_WORDS",
    "Token",
    "Sentence",
    "Quote",
    "Doc",
    "tokenize",
    "split_sentences",
    "find_quotes",
    "analyse",
]

# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------

#: Abbreviations that take a full stop in English news copy and are normally
#: followed by more of the same sentence, so their period is not a sentence
#: boundary by itself. Lower case, without the final period, as Punkt's
#: ``PunktParameters.abbrev_types`` expects. Groups: courtesy and professional
#: titles; military, political and clerical ranks (AP Stylebook forms before a
#: name); months as AP abbreviates them before a day ("Jan. 17"); country and
#: organisation initialisms; Latin and scholarly abbreviations; company
#: suffixes; address and measure words that precede a name or number.
#: ``no`` is deliberately absent: "No. 1" is handled as a Punkt collocation
#: with a following number (:data:`COLLOCATIONS`), so that "He said no. The…"
#: still ends a sentence. A capitalised frequent sentence starter after any of
#: these still ends the sentence ("…imposed by the U.S. The sanctions…"), see
#: :data:`SENTENCE_STARTERS`.
ABBREVIATIONS: frozenset[str] = frozenset(
    # courtesy and professional titles
    "mr mrs ms messrs dr prof rev hon fr sr jr st mt"
    # ranks and offices (AP forms before a name)
    " gen lt col maj capt cmdr adm sgt cpl pvt brig gov sen rep pres supt insp det"
    # months (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.; Mar/Apr/Jun/Jul in other styles)
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    # initialisms with inner periods
    " u.s u.n u.k u.s.a e.u d.c n.y l.a a.m p.m"
    # Latin and scholarly
    " e.g i.e etc vs cf al approx ca viz"
    # companies and organisations
    " inc corp co ltd bros dept univ assn govt"
    # addresses and measures placed before a name or number
    " ave blvd rd ft vol pp fig".split()
)

# Words keep inner hyphens and apostrophes ("Jong-un", "doesn’t", "Choe's"),
# abbreviations with inner periods ("U.S.", "U.N.", "e.g."), numbers with
# separators ("5,000", "3.5", "100-180") and lower-case dotted names
# ("amazon.com"). A full stop followed by a capital letter is NOT joined, so a
# lost space ("Ukraine.In") gives three tokens. The period of a single-word
# abbreviation is its own token ("Jan", ".", "17"), as the downstream layers
# expect. En and em dashes always split ("Korea–Russia"). Every other
# non-space character is its own token, except invisible format characters
# (zero-width space/joiners, BOM, soft hyphen).
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S. / U.N. / e.g.
    r"|\w+(?:[-'’‑]\w+|[.,]\d+|\.[a-z]\w*)*"  # words, hyphenated, contractions, numbers
    r"|[^\w\s\u200b-\u200d\u2060\ufeff\u00ad]",
    re.UNICODE,
)


# A letter or digit: ``\w`` without the underscore is exactly ``str.isalnum`` (Token.is_word).
_ALNUM_RE = re.compile(r"[^\W_]")


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # format characters: not tokens
# Whitespace or invisible characters, then one token: TOKEN_RE's matches, found by
# findall with the gap before each one (every other character starts a token).
_GAP_TOKEN_RE = re.compile(r"([\s\u200b-\u200d\u2060\ufeff\u00ad]*)(" + TOKEN_RE.pattern + ")")


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
        return _ALNUM_RE.search(self.text) is not None


_START, _TEXT = itemgetter(0), itemgetter(2)  # Token.start, Token.text
_new_token = partial(tuple.__new__, Token)  # Token from a (start, end, text) tuple, in C


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
    >>> [t.text for t in tokenize("Korea–Russia ties.In 2022, 5,000 units")]
    ['Korea', '–', 'Russia', 'ties', '.', 'In', '2022', ',', '5,000', 'units']
    """
    end = len(text) if end is None else end
    # Trailing gap characters are skipped by hand: the pattern would retry them from
    # every position (quadratic in the length of a trailing run).
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    # One C-level pass: (gap, token) pairs cover the slice, so cumulative lengths give
    # the offsets without a match object per token.
    with _gc_paused():
        pairs = _GAP_TOKEN_RE.findall(text, start, end)
        acc = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
        return list(map(_new_token, zip(acc[1::2], acc[2::2], map(itemgetter(1), pairs))))


@contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while a long list of tokens is built.

    Tokens are tuple subclasses, which the collector keeps tracking (it untracks only
    exact tuples), so building the tokens of a long article triggers collections that
    traverse every token made so far: tokenisation of a 100,000-word text took 2.1
    instead of 1.0 microseconds per word. No reference cycle is created here.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------


class Sentence(NamedTuple):
    """A sentence (or headline, bullet, caption line) span with its zone."""

    start: int
    end: int
    zone: str = "body"


#: Punkt collocations ``(word, next_type)``: a period after ``word`` followed by
#: a number is not a boundary ("No. 1", "Nos. 3 and 4", "Art. 5", "p. 12").
COLLOCATIONS: frozenset[tuple[str, str]] = frozenset(
    (w, "##number##") for w in ("no", "nos", "art", "p", "para", "sec", "ch", "nr")
)

#: Closed-class words that, written with a capital after an abbreviation or an
#: initial, show that a new sentence has begun ("…by the U.S. The sanctions…",
#: "…Plan B. It…"). They are given to Punkt both as ``sent_starters`` and as
#: orthographic evidence (seen lower-case mid-sentence, upper-case only at a
#: sentence start), which is what Punkt's orthographic heuristic learns from a
#: training corpus (Kiss & Strunk 2006, sec. 4.1).
SENTENCE_STARTERS: frozenset[str] = frozenset(
    "the a an this these that those it its he she they we his her their our there"
    " but however meanwhile yet so also still then now in on at for after before"
    " since while when if although though despite during".split()
)

_ORTHO_BEG_UC = 1 << 1  # nltk.tokenize.punkt._ORTHO_BEG_UC
_ORTHO_MID_LC = 1 << 5  # nltk.tokenize.punkt._ORTHO_MID_LC

#: Minimum number of word tokens for an early headline-like line to count as a
#: headline whose verbatim repetition at the start of a later line (scraped
#: photo captions and alt texts) is split off as its own unit.
HEADLINE_MIN_WORDS = 4

_LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c]+")
# A lost space after a sentence end: "technologies.In early January".
# Lower-case letter, terminal punctuation, optional closing quotes, then a
# capitalised word (capital + lower-case letter).
_NOSPACE_RE = re.compile(r"(?<=[a-z])[.!?][”’\"')\]]*(?=[A-Z][a-z])")
_WORD_BEFORE_RE = re.compile(r"[A-Za-z.]+$")
# The word before a final period, after stripping closing brackets/quotes:
# "(R-Ky.)" -> "Ky", "approx." -> "approx".
_ABBREV_LIKE_RE = re.compile(r"(?:^|[^A-Za-z.])([A-Za-z][A-Za-z.]*)\.[)\]”’\"']*$")
_OPENERS = "“‘\"'([{«"
_TERMINAL = ".!?:;…”’\"')]"


_PUNKT_WHITESPACE = tuple(string.whitespace)


class _MemoPunkt(PunktSentenceTokenizer):
    """Punkt whose decision at a candidate boundary is memoised.

    Punkt decides each candidate (a ``.``, ``?`` or ``!`` in context) from a short
    context string alone: the word before, the punctuation and the word after
    ("said. The"). With fixed parameters that decision is a pure function of the
    string, and news copy repeats such contexts, so it is cached (bounded).
    """

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params)
        self._breaks = lru_cache(maxsize=100_000)(super().text_contains_sentbreak)
        # NLTK routes its patterns through a timeout wrapper (nltk.redos); Punkt's own
        # two patterns are fixed and linear, so the compiled engine is used directly
        self._period_re = getattr(self._lang_vars.period_context_re(), "_rx", None)
        self._realign_re = getattr(self._lang_vars.re_boundary_realignment, "_rx", None)

    def text_contains_sentbreak(self, text: str) -> bool:  # noqa: D102 (Punkt's docstring)
        return self._breaks(text)

    def span_tokenize(self, text: str, realign_boundaries: bool = True):
        """Punkt's ``span_tokenize``, the same algorithm in one loop.

        NLTK's version chains generators (``_match_potential_end_contexts``,
        ``_slices_from_text``, ``_realign_boundaries``) and slices the text for every
        candidate; this one does the same steps inline, with offsets instead of
        slices. Tested equal to NLTK's on news text and on random punctuation-heavy
        strings (tests/test_text.py).
        """
        if self._period_re is None or self._realign_re is None or not realign_boundaries:
            yield from super().span_tokenize(text, realign_boundaries)
            return
        # 1. candidate boundaries and their context strings (_match_potential_end_contexts)
        contexts = []
        prev_start = prev_stop = 0
        prev_match = None
        for match in self._period_re.finditer(text):
            m_start = match.start()
            before = text[prev_stop:m_start]
            ws = max(map(before.rfind, _PUNKT_WHITESPACE))  # _get_last_whitespace_index
            word_start = ws + prev_stop + 1 if ws > 0 else prev_start
            if prev_match is not None and prev_stop <= word_start:
                contexts.append((prev_match, prev_start, prev_stop))
            prev_match, prev_start, prev_stop = match, word_start, m_start
        if prev_match is not None:
            contexts.append((prev_match, prev_start, prev_stop))
        # 2. sentence slices (_slices_from_text)
        slices = []
        last_break = 0
        for match, w_start, w_stop in contexts:
            context = text[w_start:w_stop] + match.group() + match.group("after_tok")
            if self.text_contains_sentbreak(context):
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        slices.append((last_break, len(text.rstrip())))
        # 3. closing punctuation after the period joins the sentence (_realign_boundaries)
        realign = 0
        for k, (s1, e1) in enumerate(slices):
            s1 += realign
            if k + 1 == len(slices):
                if s1 < e1:
                    yield (s1, e1)
                continue
            s2, e2 = slices[k + 1]
            m = self._realign_re.match(text, s2, max(s2, e2))
            if m:
                yield (s1, s2 + len(m.group(0).rstrip()))
                realign = m.end() - s2
            else:
                realign = 0
                if s1 < e1:
                    yield (s1, e1)


@lru_cache(maxsize=8)
def _punkt(abbreviations: frozenset[str] = ABBREVIATIONS) -> PunktSentenceTokenizer:
    """A Punkt tokenizer with explicit parameters (no trained model)."""
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.collocations = set(COLLOCATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    for word in SENTENCE_STARTERS:
        params.ortho_context[word] = _ORTHO_BEG_UC | _ORTHO_MID_LC
    return _MemoPunkt(params)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as stripped ``(start, end)`` spans."""
    out = []
    for m in _LINE_RE.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return out


def _headline_candidates(text: str, lines: list[tuple[int, int]], n_first: int = 3) -> list[str]:
    """Headline-like strings among the first lines: no terminal punctuation, >= 4 words."""
    out = []
    for s, e in lines[:n_first]:
        line = text[s:e]
        if line[-1] in _TERMINAL:
            continue
        n_words = sum(1 for t in tokenize(text, s, e) if t.is_word)
        if n_words >= HEADLINE_MIN_WORDS:
            out.append(line)
    return out


def _quote_cover(quotes: list[Quote]) -> tuple[list[int], list[int]]:
    """Sorted starts/ends of the outermost quotations (non-overlapping)."""
    starts, ends = [], []
    for q in sorted(quotes):
        if starts and q.start < ends[-1]:
            ends[-1] = max(ends[-1], q.end)
            continue
        starts.append(q.start)
        ends.append(q.end)
    return starts, ends


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    """True when ``pos`` lies strictly inside one of the (merged) quotation spans."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and starts[k] < pos < ends[k] - 1


def _starts_lowercase(text: str, start: int, end: int) -> bool:
    """True when the unit starts (after opening quotes/brackets) with a lower-case word.

    Mixed-case names ("iPhone", "eBay") do not count.
    """
    i = start
    while i < end and text[i] in _OPENERS:
        i += 1
    if i >= end or not text[i].islower():
        return False
    j = i
    while j < end and (text[j].isalpha()):
        j += 1
    return not any(ch.isupper() for ch in text[i:j])


def _abbrev_like(text: str, start: int, end: int) -> bool:
    """True when the unit ends in a period after a word that looks like an abbreviation.

    Capitalised ("Ky.", "Calif."), at most three letters ("yr.", "wk.") or
    dotted ("R.I."): Punkt without a trained model cannot know these, so a
    boundary after them is vetoed when the next unit starts in lower case.
    """
    m = _ABBREV_LIKE_RE.search(text, max(start, end - 40), end)
    if m is None:
        return False
    word = m.group(1)
    return word[0].isupper() or len(word) <= 3 or "." in word


def _nospace_splits(text: str, start: int, end: int, abbreviations: frozenset[str]) -> list[int]:
    """Positions inside ``[start, end)`` where a sentence lost its following space."""
    cuts = []
    for m in _NOSPACE_RE.finditer(text, start, end):
        w = _WORD_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
        word = w.group().lower().strip(".") if w else ""
        if word in abbreviations or "." in word:
            continue  # "e.g.The", "U.S.The" are left to Punkt
        cuts.append(m.end())
    return cuts


def split_sentences(
    text: str,
    *,
    boundaries: Iterable[int] = (),
    quotes: list[Quote] | None = None,
    abbreviations: Iterable[str] | None = None,
    split_repeated_headline: bool = True,
) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans (no leading or trailing whitespace).

    Punkt (Kiss & Strunk 2006) with explicit parameters decides the ordinary
    boundaries inside each line; these rules sit on top:

    * every line break ends a unit, so headlines, bullet lines, bylines and
      captions are units of their own;
    * no unit crosses a position in ``boundaries`` (zone edges);
    * a lost space after a full stop is a boundary ("technologies.In early")
      unless the word before is an abbreviation;
    * closing quotation marks after the final punctuation belong to the
      sentence ("…areas.” His remarks…");
    * no boundary after an ellipsis inside a quotation, and none before a
      unit that would start with a lower-case word ("“Why?” he asked.");
    * a verbatim copy of an early headline-like line (no final punctuation,
      at least :data:`HEADLINE_MIN_WORDS` words) at the start of a later line
      is its own unit (a scraped photo caption or alt text that repeats the
      headline).

    Parameters
    ----------
    text : str
        The unmodified text.
    boundaries : iterable of int, optional
        Extra character offsets no sentence may cross (zone starts/ends).
    quotes : list of Quote, optional
        Quotations of ``text`` (from :func:`find_quotes`); computed if omitted.
    abbreviations : iterable of str, optional
        Replace :data:`ABBREVIATIONS` (lower case, no final period).
    split_repeated_headline : bool, default=True
        Apply the repeated-headline rule.

    Returns
    -------
    list of (int, int)
        Sorted, non-overlapping spans.

    Examples
    --------
    >>> t = "Mr. Peskov spoke on Jan. 17. U.S. officials agreed.He left."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Peskov spoke on Jan. 17.', 'U.S. officials agreed.', 'He left.']
    """
    abbrevs = ABBREVIATIONS if abbreviations is None else frozenset(abbreviations)
    tokenizer = _punkt(abbrevs)
    if quotes is None:
        quotes = find_quotes(text)
    q_starts, q_ends = _quote_cover(quotes)
    cuts = sorted(set(int(b) for b in boundaries))
    lines = _line_spans(text)
    headlines = _headline_candidates(text, lines) if split_repeated_headline else []

    spans: list[tuple[int, int]] = []
    for k, (ls, le) in enumerate(lines):
        line_cuts = cuts[bisect_right(cuts, ls) : bisect_left(cuts, le)]
        if headlines and k >= 1:
            for h in headlines:
                hend = ls + len(h)
                if hend < le and text.startswith(h, ls) and text[hend].isspace():
                    rest, _ = _strip(text, hend, le)
                    if rest < le and text[rest].isupper():
                        line_cuts = sorted(set(line_cuts) | {hend})
                        break
        seg_start = ls
        for seg_end in [*line_cuts, le]:
            s, e = _strip(text, seg_start, seg_end)
            seg_start = seg_end
            if e > s:
                spans.extend(_segment_sentences(text, s, e, tokenizer, abbrevs, q_starts, q_ends))
    return spans


_NO_BREAK_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " "}


def _segment_sentences(
    text: str,
    start: int,
    end: int,
    tokenizer: PunktSentenceTokenizer,
    abbrevs: frozenset[str],
    q_starts: list[int],
    q_ends: list[int],
) -> list[tuple[int, int]]:
    """Sentences of one segment (part of a line that crosses no zone edge)."""
    # Punkt reads no-break spaces as part of a word ("text.\u00a0Comments" is not split):
    # it gets them as plain spaces, one character for one, so the offsets do not move
    seg = text[start:end]
    if "\u00a0" in seg or "\u202f" in seg or "\u2007" in seg:
        seg = seg.translate(_NO_BREAK_SPACES)
    raw: list[tuple[int, int]] = []
    for s, e in tokenizer.span_tokenize(seg):
        s, e = _strip(text, start + s, start + e)
        if e <= s:
            continue
        prev = s
        for cut in _nospace_splits(text, s, e, abbrevs):
            raw.append((prev, cut))
            prev = cut
        raw.append((prev, e))
    # Merge Punkt boundaries that the quotation and case rules veto.
    out: list[tuple[int, int]] = []
    for s, e in raw:
        if out:
            ps, pe = out[-1]
            after_ellipsis = text.endswith(("...", "…"), ps, pe)
            in_quote_ellipsis = after_ellipsis and _inside(pe, q_starts, q_ends)
            soft_end = text[pe - 1] in "?!…”’\"'" or after_ellipsis or _abbrev_like(text, ps, pe)
            # a unit never starts with closing punctuation: "(D-Minn.), who ..." is one sentence
            continues = text[s] in ")]},;:"
            if continues or in_quote_ellipsis or (soft_end and _starts_lowercase(text, s, e)):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------

#: Largest number of word tokens for which a quotation counts as a scare quote
#: or quoted label (“sensitive”, “brotherly”, “pay a price”) rather than a
#: quoted statement. A length heuristic only: short partial quotations of
#: speech (“on the agenda”) fall below it too.
SCARE_QUOTE_MAX_WORDS = 3

#: Words whose leading apostrophe marks an elision, not an opening quote
#: ("’em", "’til", "rock ’n’ roll", "’tis").
ELISIONS: frozenset[str] = frozenset({"em", "til", "tis", "twas", "cause", "n", "bout"})

#: Deepest nesting of quotations kept (a quote in a quote in a quote).
MAX_QUOTE_DEPTH = 3

_QUOTE_MARK_RE = re.compile(r"[“”\"‘’'«»„‚]")
_OPEN_CONTEXT = set("([{<—–-/“‘\"'«")
_DOUBLE_OPEN = '“"«'
_SINGLE_OPEN = "‘'"
_LEADING_WORD_RE = re.compile(r"[A-Za-z]+")


class Quote(NamedTuple):
    """A direct quotation.

    ``start``/``end`` include the quotation marks; the quoted words are
    ``text[start + 1:end - 1]`` when ``balanced`` is True. An unbalanced quote
    (no closing mark) runs to the end of its paragraph and is flagged.
    ``kind`` is ``"double"`` (“…”, "…", «…») or ``"single"`` (‘…’, '…').
    ``n_words`` counts the word tokens inside; ``depth`` is 0 for an outermost
    quotation and 1 or more for a quotation nested inside another.
    """

    start: int
    end: int
    balanced: bool = True
    kind: str = "double"
    n_words: int = 0
    depth: int = 0

    @property
    def is_scare(self) -> bool:
        """True for a short quotation (at most :data:`SCARE_QUOTE_MAX_WORDS` words).

        Scare quotes and quoted labels (“sensitive”) rather than quoted
        statements; a length heuristic.
        """
        return self.balanced and 0 < self.n_words <= SCARE_QUOTE_MAX_WORDS


class _Open:
    """An open quotation on the parser stack."""

    __slots__ = ("kind", "pos", "weak", "depth")

    def __init__(self, kind: str, pos: int, depth: int) -> None:
        self.kind = kind
        self.pos = pos
        self.weak = -1  # position of a possible closing ’ after a plural -s
        self.depth = depth


def _count_words(text: str, start: int, end: int) -> int:
    # word tokens are those with a letter or digit (Token.is_word)
    return sum(m is not None for m in map(_ALNUM_RE.search, TOKEN_RE.findall(text, start, end)))


def find_quotes(text: str) -> list[Quote]:
    """Find direct quotations (double and single quotation marks).

    Rules, applied in one left-to-right pass per paragraph (= line):

    * “, « and „ open, ” and » close a double quotation (“ closes one opened by „,
      as in German typography, when it follows a word); the low single mark ‚ opens
      a single quotation (closed by ‘ or ’); a straight ``"`` closes
      an open double quotation and otherwise opens one (not after a digit,
      where it is an inch mark);
    * ‘ (or a straight ``'``) opens a single quotation when it follows the
      start, whitespace or opening punctuation and precedes a letter, and is
      not an elision ("’em", "’n’", "’90s");
    * ’ (or ``'``) closes an open single quotation when it follows a
      non-space character and is not followed by a letter or digit; inside a
      word it is an apostrophe ("doesn’t", "Korea’s"). After a final *s*
      followed by another word ("officials’ talk") it may be a plural
      possessive, so the quotation closes there only if no later closing mark
      is found before the paragraph ends;
    * quotations nest (single inside double, or the reverse); closing an
      outer quotation closes inner ones still open (as unbalanced);
    * a paragraph that ends inside a quotation, followed by a paragraph that
      reopens with the same kind of mark, continues the quotation (the
      running-quotation convention of news copy);
    * otherwise an unclosed quotation ends at the end of its paragraph with
      ``balanced=False``; a closing mark with nothing open is ignored.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of Quote
        Sorted by start (outer before inner).

    Examples
    --------
    >>> t = "He called it “sensitive” and said ‘the officials’ talk went well.’"
    >>> [(t[q.start:q.end], q.kind, q.is_scare) for q in find_quotes(t)]
    [('“sensitive”', 'double', True), ('‘the officials’ talk went well.’', 'single', False)]
    """
    quotes: list[Quote] = []
    lines = _line_spans(text)
    stack: list[_Open] = []
    skip = -1  # position of a reopening mark that continues a running quotation

    def close(o: _Open, end: int, balanced: bool) -> None:
        quotes.append(Quote(o.pos, end, balanced, o.kind, 0, o.depth))

    def settle(o: _Open, at: int) -> None:
        # An open quotation that will not be closed normally: it ends at its
        # possible plural-possessive closer if it has one, else before ``at``.
        if o.weak >= 0:
            close(o, o.weak + 1, True)
        else:
            close(o, max(_strip(text, o.pos, at)[1], o.pos + 1), False)

    def close_above(idx: int, at: int) -> None:
        # Close quotations opened after stack[idx] (inner ones) before ``at``.
        while len(stack) > idx + 1:
            settle(stack.pop(), at)

    def push(kind: str, i: int) -> None:
        # Quotations within quotations alternate double and single marks, so
        # an open quotation of the same kind on top of the stack was left
        # unclosed and ends here; nesting deeper than MAX_QUOTE_DEPTH is not
        # real typography either. Both keep the parser linear.
        if stack and stack[-1].kind == kind:
            settle(stack.pop(), i)
        while len(stack) >= MAX_QUOTE_DEPTH:
            settle(stack.pop(), i)
        stack.append(_Open(kind, i, len(stack)))

    def innermost(kind: str) -> int:
        for idx in range(len(stack) - 1, -1, -1):
            if stack[idx].kind == kind:
                return idx
        return -1

    for k, (ls, le) in enumerate(lines):
        for m in _QUOTE_MARK_RE.finditer(text, ls, le):
            i = m.start()
            if i == skip:
                continue
            ch = text[i]
            prev = text[i - 1] if i > ls else " "
            nxt = text[i + 1] if i + 1 < le else " "
            prev_open = prev.isspace() or prev in _OPEN_CONTEXT
            closer_ctx = not prev.isspace() and not nxt.isalnum()
            opener_ctx = prev_open and not nxt.isspace()
            if ch == "„":  # low opening mark (German, Polish, ...): closed by “ or ”
                push("double", i)
            elif ch == "‚":  # low single opening mark: closed by ‘ or ’
                if opener_ctx and nxt.isalpha():
                    push("single", i)
            elif ch in "“«":
                d = innermost("double")
                if d >= 0 and closer_ctx and not opener_ctx:  # “ typed for ”
                    close_above(d, i)
                    close(stack.pop(), i + 1, True)
                else:
                    push("double", i)
            elif ch in "”»":
                d = innermost("double")
                if d >= 0:
                    close_above(d, i)
                    close(stack.pop(), i + 1, True)
                elif opener_ctx and nxt.isalpha():  # ” typed for “
                    push("double", i)
                else:
                    logger.debug("stray closing quotation mark at %d", i)
            elif ch == '"':
                d = innermost("double")
                if d >= 0 and (closer_ctx or not opener_ctx):
                    close_above(d, i)
                    close(stack.pop(), i + 1, True)
                elif prev.isdigit():
                    continue  # inch mark: 15" screen
                elif not nxt.isspace():
                    push("double", i)
            else:  # ‘ ’ '
                word = _LEADING_WORD_RE.match(text, i + 1, le)
                elision = word is not None and word.group().lower() in ELISIONS
                s = innermost("single")
                if prev.isalnum() and nxt.isalnum():
                    continue  # apostrophe inside a word
                can_open = opener_ctx and nxt.isalpha() and not elision
                if ch == "’":  # only opens when clearly typed for ‘
                    can_open = can_open and nxt.isupper() and s < 0
                if s >= 0 and closer_ctx and not (ch == "‘" and can_open):
                    o = stack[s]
                    j = i + 1
                    while j < le and text[j].isspace():
                        j += 1
                    weak = prev in "sS" and nxt.isspace() and j < le and text[j].isalnum()
                    if weak:
                        if o.weak < 0:
                            o.weak = i
                        continue
                    close_above(s, i)
                    close(stack.pop(), i + 1, True)
                elif can_open:
                    if s >= 0 and stack[s].weak >= 0:
                        # a new single quotation: the earlier one closed at its weak mark
                        close_above(s, stack[s].weak)
                        o = stack.pop()
                        close(o, o.weak + 1, True)
                    push("single", i)
        # End of paragraph: settle open quotations.
        # a single quotation with a pending possible closer closes there
        for o in [o for o in stack if o.weak >= 0]:
            settle(o, le)
        stack[:] = [o for o in stack if o.weak < 0]
        if not stack:
            continue
        nxt_line = lines[k + 1] if k + 1 < len(lines) else None
        bottom = stack[0]
        reopen = _DOUBLE_OPEN if bottom.kind == "double" else _SINGLE_OPEN
        if nxt_line is not None and text[nxt_line[0]] in reopen:
            close_above(0, le)
            skip = nxt_line[0]
            logger.debug("quotation at %d continues into the next paragraph", bottom.pos)
            continue
        close_above(-1, le)
    quotes = [
        q._replace(n_words=_count_words(text, q.start + 1, q.end - 1 if q.balanced else q.end))
        for q in quotes
    ]
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


# ---------------------------------------------------------------------------
# Doc
# ---------------------------------------------------------------------------


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
        For each token, the index of the outermost quotation it lies inside
        (``-1`` if none). Quotation marks themselves are outside.
    """

    doc_id: str
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    quotes: list[Quote]
    token_sentence: np.ndarray = field(repr=False)
    token_quote: np.ndarray = field(repr=False)

    def _token_starts(self) -> np.ndarray:
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.tokens):
            starts = np.fromiter(map(_START, self.tokens), np.int64, len(self.tokens))
            self.__dict__["_starts"] = starts
        return starts

    def _starts_of(self, name: str, items: list) -> list[int]:
        key = f"_{name}_starts"
        cached = self.__dict__.get(key)
        if cached is None or len(cached) != len(items):
            cached = [x.start for x in items]
            self.__dict__[key] = cached
        return cached

    def token_lowers(self) -> list[str]:
        """Lower-cased text of every token, curly apostrophe folded (``Token.lower``); cached."""
        lows = self.__dict__.get("_lows")
        if lows is None or len(lows) != len(self.tokens):
            lows = [w.replace("’", "'") for w in map(str.lower, map(_TEXT, self.tokens))]
            self.__dict__["_lows"] = lows
        return lows

    def word_mask(self) -> list[bool]:
        """``Token.is_word`` of every token; cached."""
        mask = self.__dict__.get("_is_word")
        if mask is None or len(mask) != len(self.tokens):
            mask = [m is not None for m in map(_ALNUM_RE.search, map(_TEXT, self.tokens))]
            self.__dict__["_is_word"] = mask
        return mask

    def sentence_tokens(self, i: int) -> list[Token]:
        """Tokens of sentence ``i`` (those that start inside it, as in ``token_sentence``)."""
        s = self.sentences[i]
        return [self.tokens[k] for k in self.tokens_in(s.start, s.end)]

    def sentence_text(self, i: int) -> str:
        """The text of sentence ``i``."""
        s = self.sentences[i]
        return self.text[s.start : s.end]

    def quote_text(self, i: int) -> str:
        """The quoted words of quotation ``i``, without the quotation marks."""
        q = self.quotes[i]
        return self.text[q.start + 1 : q.end - 1 if q.balanced else q.end]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing character ``pos`` (``-1`` if none)."""
        k = bisect_right(self._starts_of("sentence", self.sentences), pos) - 1
        return k if k >= 0 and pos < self.sentences[k].end else -1

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        lo, hi = np.searchsorted(self._token_starts(), [start, end])
        return range(int(lo), int(hi))

    def in_quote(self, start: int, end: int) -> bool:
        """True when the span ``[start, end)`` lies inside a direct quotation."""
        starts = self._starts_of("quote", self.quotes)
        for k in range(bisect_left(starts, start) - 1, -1, -1):
            q = self.quotes[k]
            if q.start < start and end <= q.end:
                return True
            if q.depth == 0:
                break
        return False


def _normalise_zones(zones) -> list[tuple[int, int, str]]:
    if zones is None:
        return []
    out = [(int(s), int(e), str(z)) for s, e, z in zones]
    out.sort()
    return out


def _zone_lookup(zones: list[tuple[int, int, str]], start: int, end: int) -> str:
    """The zone containing ``[start, end)`` (``body`` when none does)."""
    if not zones:
        return "body"
    k = bisect_right(zones, (start, float("inf"), "")) - 1
    # zones may overlap: look back over the few that start before ``start``
    for j in range(k, max(k - 8, -1), -1):
        z_start, z_end, zone = zones[j]
        if z_start <= start and end <= z_end:
            return zone
    return "body"


#: Zones that run into the first sentence of the body on the same line
#: ("MOSCOW (Reuters) – Kremlin spokesman …"). They do not cut that sentence
#: (orthographically the dateline is part of it, as in the seed gold); a
#: dateline on a line of its own is still its own unit with its own zone.
INLINE_ZONES: tuple[str, ...] = ("dateline",)


def _span_index(starts: np.ndarray, spans: list, ids) -> np.ndarray:
    """For each token (by start offset), the id of the span it starts in, else ``-1``.

    One ``searchsorted`` for all span edges; later spans overwrite earlier ones.
    """
    out = np.full(len(starts), -1, dtype=np.int64)
    if spans:
        edges = np.searchsorted(starts, np.asarray(spans, dtype=np.int64).ravel()).tolist()
        for i, lo, hi in zip(ids, edges[0::2], edges[1::2]):
            out[lo:hi] = i
    return out


def analyse(
    text: str, doc_id: str = "", zones=None, *, inline_zones: Iterable[str] = INLINE_ZONES
) -> Doc:
    """Analyse one article into tokens, sentences and quotations.

    Linear in the length of the text: tokens, quotation marks and sentence
    candidates are each found in one regular-expression pass, and the
    token-to-sentence and token-to-quotation arrays are filled by binary
    search over token offsets.

    Parameters
    ----------
    text : str
        The unmodified article text.
    doc_id : str, default=""
    zones : iterable of (start, end, zone), optional
        Non-body zones (headline, byline, ...). Sentences never cross a zone
        boundary, except the edges of ``inline_zones``; each sentence takes
        the zone that contains it (``body`` when no zone contains it, so a
        body sentence that begins with an inline dateline is ``body``).
    inline_zones : iterable of str, default=INLINE_ZONES
        Zone names whose edges do not cut sentences; pass ``()`` to cut at
        every zone edge.

    Returns
    -------
    Doc

    Examples
    --------
    >>> doc = analyse("Kremlin: ties grow\\nPeskov said it was “sensitive.” He left.",
    ...               zones=[(0, 18, "headline")])
    >>> [(doc.sentence_text(i), s.zone) for i, s in enumerate(doc.sentences)]
    [('Kremlin: ties grow', 'headline'),
     ('Peskov said it was “sensitive.”', 'body'),
     ('He left.', 'body')]
    >>> doc.quote_text(0), doc.quotes[0].is_scare
    ('sensitive.', True)
    """
    zone_list = _normalise_zones(zones)
    tokens = tokenize(text)
    quotes = find_quotes(text)
    inline = set(inline_zones)
    boundaries = [b for s, e, z in zone_list if z not in inline for b in (s, e)]
    spans = split_sentences(text, boundaries=boundaries, quotes=quotes)
    sentences = [Sentence(s, e, _zone_lookup(zone_list, s, e)) for s, e in spans]
    starts = np.fromiter(map(_START, tokens), dtype=np.int64, count=len(tokens))
    token_sentence = _span_index(starts, [(s, e) for s, e, _ in sentences], range(len(sentences)))
    outer = [(i, q) for i, q in enumerate(quotes) if not q.depth]
    token_quote = _span_index(
        starts,
        [(q.start + 1, q.end - 1 if q.balanced else q.end) for _, q in outer],
        [i for i, _ in outer],
    )
    doc = Doc(doc_id, text, tokens, sentences, quotes, token_sentence, token_quote)
    doc.__dict__["_starts"] = starts
    return doc
