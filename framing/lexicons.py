"""Lexicons of hedges, boosters and loaded terms, and cue matching.

The lexicons are UTF-8 TSV files shipped as package data in
``framing/lexicons/`` (read with :mod:`importlib.resources`). Each row is one
entry: a *pattern* of one or more token elements, a category, a match mode,
optional disambiguation rules, a strength, a default flag, the published
source tags (see ``framing/lexicons/SOURCES.md``) and a note.

Matching is one pass over the tokens of a :class:`framing.text.Doc`. Entries
are indexed by the first element of their pattern (the lower-cased word, or
its Porter stem for ``match=stem`` entries), so each token costs one or two
dictionary look-ups whatever the size of the lexicon; no per-entry regular
expression ever scans the text.

Pattern syntax (the ``term`` column), elements separated by spaces:

``word`` or ``w1|w2|w3``
    A literal token, or alternatives (listed inflections: ``go|goes|went``).
    Compared with the lower-cased token (curly apostrophe folded to ``'``);
    with ``match=stem`` both sides are Porter-stemmed. Alternatives are single
    tokens at one position: phrases of different lengths need one row each
    ("almost|nearly certain" and "all but certain"; written as one row,
    "almost|nearly|all but certain" would mean almost/nearly/all + but + certain).
``[w1|w2]``
    An optional literal (expanded at load time into two patterns).
``<poss>``
    A possessive determiner (my, your, his, her, its, our, their, one's).
``<det>``
    A determiner or possessive (a, an, the, this, ..., their).
``<cop>``
    A copula: is, are, was, were, be, 's, or has/have/had been.
``<propn>``
    One to four capitalised words (a name: "Ukraine", "South Korea").
``<gap:N>``
    One to N tokens of any kind inside the sentence (a discontinuous cue:
    "what <gap:3> say|said <cop>" matches "what they say have been").

Quotation-mark tokens inside a multiword match are skipped, so scare quotes
inside a phrase do not block it. Matches never cross a sentence.

Disambiguation rules (the ``rule`` column, ``;``-separated) are documented in
:data:`RULES` and tested on real sentences in ``tests/test_lexicons.py``.
The main ones:

* ``epistemic_modal`` (may, might, could): rejects "May" the month ("in May
  2023", "on May 9"); root/dynamic uses inside an embedded *how*-question
  ("talks on how Russia could help North Korea build satellites"); past
  ability "could not"; purpose clauses ("so that they could"); and "you may"
  (permission). Everything else ("Pyongyang could sell Moscow missiles",
  "which may constitute a violation") is epistemic.
* ``attributive``: alleged/purported/claimed/supposed only as a prenominal
  modifier ("any alleged transfer"), not as a verb ("Ukraine had alleged
  that ...").
* ``noun`` / ``verb``: a part-of-speech guess from the neighbouring tokens,
  e.g. "claims" is a noun in "Western claims that" and a verb in "Kirby claims
  that"; "suspect" is a verb in "officials suspect that", a noun in "the
  suspect was arrested".
* ``defensive_label``: "defensive" as a label of weapons or programmes
  ("defensive nuclear programs"), not the literal military or sports use
  ("defensive line", "on the defensive").
* ``regime_label``: "regime" for a government, not the technical "sanctions
  regime" or "non-proliferation regime".
* ``vague_head``: "sensitive" as a euphemism when it modifies a vague head
  (areas, ones, fields, matters, issues) or stands alone in scare quotes.
* ``speech_act``: "repeatedly" as a booster only when it modifies a speech act
  or stance verb ("repeatedly denied", "have repeatedly said").
* ``epistemic_appear``: "appear" as a hedge in "appears to", "it appears
  that", not in "appear in court".
* ``that_clause``: a verb only with a *that* complement ("consider that").
* ``evidential``: show, prove, demonstrate, reveal as certainty boosters with a
  *that* complement ("shows that", "revealed to the newspaper that") or with an
  evidence noun as subject ("the footage shows a vessel spraying ...", "the
  documents show"), not "shown on television", "the show", "protesters
  demonstrated".
* ``neg_context``: emphatic negation ("at all", "in any way") only after a
  negation, "any", a denial verb or an interrogative "whether".
* generic filters ``next=``, ``not_next=``, ``prev=``, ``not_prev=`` with
  comma-separated word lists, and ``lowercase`` (reject a capitalised use
  inside a sentence, e.g. "the Renaissance").
* ``not_near=`` (comma-separated words): reject the match when one of the
  words occurs within six word tokens before or after it in the same
  sentence, for literal senses signalled by a word that is not adjacent
  ("cattle were slaughtered", "the reactor meltdown risk").
* ``evidence_subject``: an evidence noun (data, footage, records, telemetry ...)
  is the subject, within six words before in the clause ("early telemetry
  pointed to a failure"), not a person ("he pointed to the door").
* ``not_conditional``: not inside an if/unless/whether clause ("if Russian
  involvement were confirmed" asserts nothing).
* ``tag_final``: the match is a tag closing its clause after a comma or dash
  ("has never sold the data of any user, period."), not "a period of rest".
* ``label_quote=N``: the row is a *frame*, and the cue it reports is not the
  frame but the short quotation it introduces, the source's own label
  ("called the police narrative “a cover story”", "described the draft as
  "insufficient and disappointing"", "dismissed the report as "a fishing
  expedition""). The quotation must open within N words after the
  frame with no punctuation between, close in the same sentence, hold one to
  :data:`LABEL_QUOTE_MAX_WORDS` words without sentence punctuation inside, and
  not be a title or name (every content word capitalised). Its ``lemma`` is
  the quoted words in lower case. A match of an ordinary row of the same layer
  inside the quotation wins (“cowards in the pocket of the gun lobby” stays
  the pejorative-label "cowards"). The shipped ``loaded`` lexicon has such
  frames (category ``quoted-label``, or ``doubt-marker`` for dismissals): scare
  quotes are Wikipedia's expression-of-doubt pattern [4]_, and GUIDELINES Layer 4
  codes a term in quotation marks as loaded in the quoted voice. A quoted
  predicate after a copula ("said it was “closely monitoring”") is not a frame:
  on the held-out sets that added far more neutral quotations than labels.

A cue is ``negated`` when one of the three word tokens before it (inside its
clause) is a negator (not, n't, no, never, without, nor, neither, hardly),
e.g. "not likely", "no evidence ... confirmed" is not, "did not confirm" is.

References
----------
.. [1] Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*.
   London: Continuum.
.. [2] Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013).
   Linguistic models for analyzing and detecting biased language. *ACL 2013*.
.. [3] Kilicoglu, H. & Bergler, S. (2008). Recognizing speculative language in
   biomedical research articles. *BMC Bioinformatics* 9(Suppl 11): S10.
.. [4] Wikipedia, "Manual of Style/Words to watch" (CC BY-SA 4.0).
.. [5] Porter, M. F. (1980). An algorithm for suffix stripping. *Program*
   14(3): 130-137.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from nltk.stem import PorterStemmer

from framing.text import Doc, Token, tokenize

__all__ = [
    "Lexicon",
    "LexiconError",
    "available_lexicons",
    "load_lexicon",
    "find_cues",
    "CUE_COLUMNS",
    "RULES",
]

logger = logging.getLogger(__name__)

#: Column order of the cue records (docs/architecture.md).
CUE_COLUMNS = [
    "doc_id",
    "sentence_id",
    "char_start",
    "char_end",
    "text",
    "layer",
    "category",
    "voice",
    "lemma",
    "negated",
    "source",
]

#: Columns of a lexicon TSV; ``rule``, ``strength``, ``default``, ``note`` and
#: ``layer`` may be absent in a user file.
LEXICON_COLUMNS = ["term", "category", "match", "rule", "strength", "default", "sources", "note"]

_DEFAULT_LAYER = {"hedges": "hedge", "boosters": "booster", "loaded": "loaded"}
_LAYERS = {"hedge", "booster", "loaded"}
_MATCH_MODES = {"word", "stem"}

_QUOTE_CHARS = set("“”\"‘’'«»„‟‚‛")
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "–", "—", "-", ".", "?", "!"}

#: Longest quotation (in word tokens) that a ``label_quote`` frame reports as a
#: quoted label (“a cover story”, “insufficient and disappointing”); longer
#: quotations are quoted statements, not labels.
LABEL_QUOTE_MAX_WORDS = 8

# small words that a title leaves lower-case ("Friends of the Earth")
_TITLE_SMALL = frozenset("a an and as at but by for from in into of on or the to with".split())
_SENTENCE_PUNCT = frozenset({".", "?", "!"})
_NEGATORS = {"not", "no", "never", "without", "nor", "neither", "hardly", "cannot"}
_POSS = {"my", "your", "his", "her", "its", "our", "their", "one's"}
_DETS = _POSS | {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "any",
    "some",
    "such",
    "each",
    "every",
    "no",
    "another",
    "other",
    "both",
    "all",
    "many",
    "several",
    "few",
    "more",
    "most",
    "'s",
}
_PREPS = {
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "about",
    "over",
    "amid",
    "amidst",
    "despite",
    "against",
    "into",
    "after",
    "before",
    "during",
    "under",
    "over",
    "among",
    "between",
    "regarding",
    "concerning",
    "following",
    "behind",
    "to",
    "as",
}
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "who", "which", "one"}
_AUX = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "to",
    "also",
    "has",
    "never",
    "not",
    "often",
}
_MONTH_PREPS = {
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "during",
    "between",
    "before",
    "after",
    "and",
    "to",
    "-",
    "–",
    "mid-may",
    "end",
}

_stemmer = PorterStemmer()


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _stemmer.stem(word, to_lowercase=True)


def _low(token: Token) -> str:
    return token.lower


#: Words whose "'s" is "is"/"has"/"us", not a possessive ("it's", "let's").
_CLITIC_HOSTS = frozenset(
    "it he she that there what who where here how let one everyone everybody nobody "
    "somebody someone".split()
)


def _base(low: str) -> str:
    """A lower-cased token without its possessive ``'s`` ("regime's" -> "regime"), else itself.

    A possessive is part of the token (framing.text.tokenize), so lexicon words match it
    through this form: "the regime's forces" has the loaded term "regime".
    """
    if low.endswith("'s") and len(low) > 3:
        b = low[:-2]
        if b not in _CLITIC_HOSTS:
            return b
    return low


def _is_quote(token: Token) -> bool:
    return len(token.text) == 1 and token.text in _QUOTE_CHARS


class LexiconError(ValueError):
    """A lexicon file or entry that cannot be read; the message names the file and row."""


# ---------------------------------------------------------------------------
# patterns
# ---------------------------------------------------------------------------

_SLOT_RE = re.compile(r"<(poss|det|cop|propn|gap:(\d+))>")


@dataclass(frozen=True)
class _Elem:
    kind: str  # lit, poss, det, cop, propn, gap
    words: frozenset = frozenset()
    n: int = 0


def _check_one_token(word: str) -> None:
    """Raise ValueError unless ``word`` is exactly one token of :func:`framing.text.tokenize`.

    A pattern word is compared with one token, so a word that the tokeniser splits
    (``'re``, ``victims'``) could never match: a silent dead entry.
    """
    if word == "n't":  # one token alone, but in text it is always part of one ("isn't")
        raise ValueError(
            '"n\'t" is never a token of its own (text has "isn\'t", "don\'t"), so it can '
            "never match; list the contracted forms (isn't|don't|...)"
        )
    toks = tokenize(word)
    if len(toks) != 1 or toks[0].text != word:
        parts = " + ".join(repr(t.text) for t in toks)
        raise ValueError(
            f"{word!r} is not one token (text is split into {parts}), so it can never match; "
            'write a whole token, e.g. "they\'re" rather than "\'re"'
        )


def _parse_pattern(term: str, mode: str) -> list[list[_Elem]]:
    """Parse a pattern string into one or more element lists (optionals expanded)."""
    variants: list[list[_Elem]] = [[]]
    for raw in term.split():
        optional = raw.startswith("[") and raw.endswith("]")
        body = raw[1:-1] if optional else raw
        m = _SLOT_RE.fullmatch(body)
        if m:
            if m.group(2):
                elem = _Elem("gap", n=int(m.group(2)))
            else:
                elem = _Elem(m.group(1))
        else:
            words = [w.lower().replace("’", "'") for w in body.split("|") if w]
            if not words:
                raise ValueError(f"empty element in {term!r}")
            for w in words:
                _check_one_token(w)
            if mode == "stem":
                words = [_stem(w) for w in words]
            elem = _Elem("lit", frozenset(words))
        if optional:
            if elem.kind != "lit":
                raise ValueError(f"only literal elements can be optional: {term!r}")
            variants = [v + [elem] for v in variants] + [list(v) for v in variants]
        else:
            variants = [v + [elem] for v in variants]
    out = [v for v in variants if v]
    for v in out:
        if v[0].kind in {"gap", "cop"} or v[-1].kind == "gap":
            raise ValueError(
                f"a pattern cannot start with a gap or copula or end with a gap: {term!r}"
            )
    return out


# ---------------------------------------------------------------------------
# lexicon
# ---------------------------------------------------------------------------


@dataclass
class Lexicon:
    """A cue lexicon: one layer's entries as a tidy table.

    Parameters
    ----------
    name : str
        Lexicon name (``hedges``, ``boosters``, ``loaded`` or a file stem).
    layer : {"hedge", "booster", "loaded"}
        The cue layer its matches are reported under.
    entries : pandas.DataFrame
        One row per entry with columns ``term, category, match, rule,
        strength, default, sources, note``.
    header : str, optional
        The ``#`` comment header of the file (sources, licence).

    Examples
    --------
    >>> lex = load_lexicon("hedges")
    >>> lex.layer
    'hedge'
    >>> bool((lex.entries["sources"] != "").all())
    True
    """

    name: str
    layer: str
    entries: pd.DataFrame
    header: str = ""
    _compiled: list | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.layer not in _LAYERS:
            raise LexiconError(
                f"lexicon {self.name!r}: layer must be one of {sorted(_LAYERS)}, got {self.layer!r}"
            )
        self.entries = _normalise_entries(self.entries, self.name)
        self._compiled = None

    def __len__(self) -> int:
        return len(self.entries)

    def extend(self, other: Lexicon | str | Path, replace: bool = False) -> Lexicon:
        """Return a new lexicon with ``other``'s entries added.

        Parameters
        ----------
        other : Lexicon, str or path
            Entries to add (a user TSV path or lexicon name is loaded first).
        replace : bool, default=False
            If True, entries of ``self`` whose ``term`` also appears in
            ``other`` are dropped, so the user's row wins.

        Returns
        -------
        Lexicon
        """
        if not isinstance(other, Lexicon):
            other = load_lexicon(other, layer=self.layer)
        mine = self.entries
        if replace:
            mine = mine[~mine["term"].str.lower().isin(other.entries["term"].str.lower())]
        entries = pd.concat([mine, other.entries], ignore_index=True)
        return Lexicon(self.name, self.layer, entries, self.header)

    def select(self, optional: bool = False, categories: Iterable[str] | None = None) -> Lexicon:
        """Return the entries used for matching.

        Parameters
        ----------
        optional : bool, default=False
            Include the opt-in entries (``default == "no"``), e.g. approximators.
        categories : iterable of str, optional
            Keep only these categories.
        """
        e = self.entries
        if not optional:
            e = e[e["default"] != "no"]
        if categories is not None:
            e = e[e["category"].isin(set(categories))]
        return Lexicon(self.name, self.layer, e.reset_index(drop=True), self.header)

    def compiled(self) -> list[tuple[list[_Elem], dict]]:
        """The parsed patterns, ``[(elements, entry_dict), ...]`` (cached)."""
        if self._compiled is None:
            out = []
            for row in self.entries.to_dict("records"):
                try:
                    variants = _parse_pattern(row["term"], row["match"])
                    rules = _parse_rules(row["rule"])
                except ValueError as err:
                    raise LexiconError(
                        f"lexicon {self.name!r}, term {row['term']!r}: {err}"
                    ) from err
                info = dict(row, layer=self.layer, rules=rules, lemma=_lemma_of(row["term"]))
                window = [a for r, a in rules if r is _rule_label_quote]
                if window:  # a frame: the cue is the quoted label after the match
                    info["label_quote"] = window[0]
                    info["rules"] = [(r, a) for r, a in rules if r is not _rule_label_quote]
                out.extend((v, info) for v in variants)
            self._compiled = out
        return self._compiled


def _lemma_of(term: str) -> str:
    """Readable lemma of a pattern: first alternative of each element, slots kept."""
    parts = []
    for raw in term.split():
        body = raw.strip("[]")
        parts.append(body if body.startswith("<") else body.split("|")[0])
    return " ".join(parts)


def _normalise_entries(df: pd.DataFrame, name: str) -> pd.DataFrame:
    df = df.copy()
    for col in ("term", "category", "sources"):
        if col not in df.columns:
            raise LexiconError(f"lexicon {name!r}: missing column {col!r}")
    defaults = {"match": "word", "rule": "", "strength": "medium", "default": "yes", "note": ""}
    for col, val in defaults.items():
        if col not in df.columns:
            df[col] = val
    df = df[LEXICON_COLUMNS].fillna("").astype(str)
    for col in df.columns:
        df[col] = df[col].str.strip()
    df["match"] = df["match"].replace("", "word")
    df["default"] = df["default"].replace("", "yes")
    bad = df[~df["match"].isin(_MATCH_MODES)]
    if len(bad):
        raise LexiconError(
            f"lexicon {name!r}: bad match mode {bad['match'].iloc[0]!r} "
            f"for term {bad['term'].iloc[0]!r}"
        )
    empty = df[(df["term"] == "") | (df["category"] == "") | (df["sources"] == "")]
    if len(empty):
        raise LexiconError(
            f"lexicon {name!r}: row with empty term, category or sources: {empty.iloc[0].to_dict()}"
        )
    return df.reset_index(drop=True)


def available_lexicons() -> list[str]:
    """Names of the lexicons shipped with the package.

    Examples
    --------
    >>> sorted(set(available_lexicons()) & {"hedges", "boosters", "loaded"})
    ['boosters', 'hedges', 'loaded']
    """
    folder = resources.files("framing") / "lexicons"
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".tsv"))


def _read_tsv(text: str, name: str) -> tuple[pd.DataFrame, str, str | None]:
    header_lines, body_lines, layer = [], [], None
    for line in text.splitlines():
        if not body_lines and (line.startswith("#") or not line.strip()):
            header_lines.append(line)
            m = re.match(r"#\s*layer\s*:\s*(\w+)", line)
            if m:
                layer = m.group(1).strip()
        elif line.strip() and not line.startswith("#"):
            body_lines.append(line)
    if not body_lines:
        raise LexiconError(f"lexicon {name!r}: no header row")
    reader = csv.reader(io.StringIO("\n".join(body_lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    cols = [c.strip() for c in rows[0]]
    for i, r in enumerate(rows[1:], start=2):
        if len(r) > len(cols):
            raise LexiconError(
                f"lexicon {name!r}: data row {i} has {len(r)} fields, header has {len(cols)}"
            )
    data = [r + [""] * (len(cols) - len(r)) for r in rows[1:]]
    df = pd.DataFrame(data, columns=cols, dtype=str)
    return df, "\n".join(header_lines), layer


def load_lexicon(
    name_or_path: str | Path, layer: str | None = None, optional: bool = False
) -> Lexicon:
    """Load a shipped lexicon by name, or a user TSV by path.

    Parameters
    ----------
    name_or_path : str or path
        ``"hedges"``, ``"boosters"``, ``"loaded"`` (see
        :func:`available_lexicons`), or the path of a TSV with at least the
        columns ``term, category, sources`` (optional ``match, rule,
        strength, default, note``) after an optional ``#`` comment header.
    layer : {"hedge", "booster", "loaded"}, optional
        Layer of the matches. Defaults to a ``# layer: ...`` header line, then
        to the name (``hedges`` -> ``hedge``).
    optional : bool, default=False
        Keep opt-in entries (``default`` column ``no``).

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        If the file is missing or malformed, an entry has no source, or a pattern or
        rule cannot be parsed (e.g. a pattern word that is not one token, such as
        ``'re``); the message names the file and the term.

    Examples
    --------
    >>> lex = load_lexicon("loaded")
    >>> "regime-label" in set(lex.entries["category"])
    True
    """
    p = Path(name_or_path)
    shipped = resources.files("framing") / "lexicons" / f"{name_or_path}.tsv"
    if isinstance(name_or_path, str) and "/" not in name_or_path and shipped.is_file():
        name, text, where = str(name_or_path), shipped.read_text(encoding="utf-8"), None
    elif p.is_file():
        name, text, where = p.stem, p.read_text(encoding="utf-8"), p
    else:
        raise LexiconError(
            f"no lexicon named or at {str(name_or_path)!r}; shipped: {available_lexicons()}"
        )
    df, header, header_layer = _read_tsv(text, name)
    layer = layer or header_layer or _DEFAULT_LAYER.get(name)
    if layer is None:
        raise LexiconError(
            f"lexicon {name!r}: give layer= or a '# layer: hedge|booster|loaded' header line"
        )
    lex = Lexicon(name, layer, df, header)
    try:
        lex.compiled()  # every pattern and rule checked now, opt-in rows included
    except LexiconError as err:
        raise (LexiconError(f"{where}: {err}") if where else err) from None
    return lex if optional else lex.select()


# ---------------------------------------------------------------------------
# rules
# ---------------------------------------------------------------------------


@dataclass
class _Ctx:
    doc: Doc
    toks: list[Token]  # tokens of the sentence
    gidx: range  # global token indices of the sentence
    k0: int
    k1: int  # exclusive

    def prev_words(self, n: int = 1, stop_at_clause: bool = False) -> list[Token]:
        out = []
        k = self.k0 - 1
        while k >= 0 and len(out) < n:
            t = self.toks[k]
            if stop_at_clause and t.text in _CLAUSE_PUNCT:
                break
            if t.is_word:
                out.append(t)
            k -= 1
        return out

    def next_words(self, n: int = 1, skip_quotes: bool = True) -> list[Token]:
        out = []
        k = self.k1
        while k < len(self.toks) and len(out) < n:
            t = self.toks[k]
            if t.is_word:
                out.append(t)
            elif not (skip_quotes and _is_quote(t)):
                break
            k += 1
        return out

    def prev_low(self) -> str:
        w = self.prev_words(1)
        return _low(w[0]) if w else ""

    def next_low(self) -> str:
        w = self.next_words(1)
        return _low(w[0]) if w else ""

    def first(self) -> Token:
        return self.toks[self.k0]

    def sentence_initial(self) -> bool:
        return not any(t.is_word for t in self.toks[: self.k0])

    def title_case(self) -> bool:
        words = [t for t in self.toks if t.is_word and t.text[0].isalpha()]
        caps = sum(t.text[0].isupper() for t in words)
        return len(words) >= 3 and caps / len(words) > 0.6


def _has_word_within(ctx: _Ctx, words: set, n: int) -> bool:
    return any(_low(t) in words for t in ctx.prev_words(n, stop_at_clause=True))


def _rule_epistemic_modal(ctx: _Ctx, arg) -> bool:
    tok = ctx.first()
    low = _low(tok)
    nxt = ctx.next_words(1, skip_quotes=False)
    nxt_t = nxt[0] if nxt else None
    if low == "may" and tok.text[0] == "M":
        prev = ctx.prev_low()
        month_like = (
            (nxt_t is None)
            or nxt_t.text[0].isdigit()
            or _low(nxt_t) in {"of", "and", "or", "to"}
            or prev in _MONTH_PREPS
            or (prev[:1].isdigit())
            or ctx.k1 >= len(ctx.toks)
            or not ctx.toks[ctx.k1].is_word
        )
        if month_like or (not ctx.sentence_initial() and not ctx.title_case()):
            return False
    if nxt_t is None:
        return False
    if low in {"could", "couldn't"} and (
        low == "couldn't" or _low(nxt_t) in {"not", "never", "n't"}
    ):
        return False  # past ability: "could not confirm"
    before = [_low(t) for t in ctx.prev_words(5, stop_at_clause=True)]
    if "how" in before:
        return False  # embedded how-question: "talks on how Russia could help ..."
    if "so" in before[:4] and ("that" in before[:4] or before[0:1] != ["so"]):
        return False  # purpose: "so that they could"
    if low == "could" and "if" in before[:3]:
        return False  # conditional ability: "if it could"
    if low == "may" and before[:1] == ["you"]:
        return False  # permission: "you may"
    return True


def _rule_attributive(ctx: _Ctx, arg) -> bool:
    nxt = ctx.next_words(1)
    if not nxt:
        # an amount: "an estimated $85,000", "an estimated €2bn"
        k = ctx.k1
        return k < len(ctx.toks) and ctx.toks[k].text in _CURRENCY and _low_det_or_prep(ctx)
    n = nxt[0]
    nl = _low(n)
    if nl in {
        "that",
        "to",
        "by",
        "of",
        "in",
        "on",
        "it",
        "he",
        "she",
        "they",
        "we",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
    }:
        return False
    if n.text[0].isupper() and not ctx.title_case():
        return False
    prev = ctx.prev_words(1)
    if not prev:
        return True
    pl = _low(prev[0])
    if pl in _DETS or pl in _PREPS:
        return True
    if pl in _AUX or pl in _PRONOUNS or pl.endswith("ly"):
        return False
    if prev[0].text[0].isupper() and not ctx.title_case():
        return False  # "Ukraine alleged ..."
    return True


_CURRENCY = frozenset("$£€¥₹")


def _low_det_or_prep(ctx: _Ctx) -> bool:
    prev = ctx.prev_words(1)
    return bool(prev) and (_low(prev[0]) in _DETS or _low(prev[0]) in _PREPS)


_DEMONYM_RE = re.compile(r"(ern|ian|ean|ese|ish|ican|i|ic)$")


def _guess_pos(ctx: _Ctx) -> str:
    """Guess 'noun' or 'verb' for the first token of the match from its neighbours."""
    tok = ctx.first()
    low = _low(tok)
    prev = ctx.prev_words(1)
    pl = _low(prev[0]) if prev else ""
    nl = ctx.next_low()
    if pl in _DETS or pl in _PREPS - {"to"}:
        return "noun"
    if pl in _PRONOUNS or pl in _AUX or (pl.endswith("ly") and len(pl) > 3):
        return "verb"
    if low.endswith(("ed", "ing")):
        return "verb"
    if nl in {"with", "within", "ahead", "behind", "beyond"} or (
        nl.endswith("ly")
        and len(nl) > 4
        and nl
        not in {
            "early",
            "family",
            "italy",
            "supply",
            "assembly",
            "monopoly",
            "anomaly",
            "rally",
            "reply",
            "daily",
            "weekly",
            "monthly",
            "yearly",
            "belly",
            "bully",
            "jelly",
            "holy",
        }
    ):
        return "verb"  # "responsibility lies entirely with", "the answer lies within"
    if nl in {"is", "are", "was", "were", "have", "has", "had", "of", "about", "against", "by"}:
        return "noun"
    if (
        prev
        and prev[0].text[0].isupper()
        and not ctx.sentence_initial()
        or (prev and ctx.title_case())
    ):
        if _DEMONYM_RE.search(pl) and len(pl) > 4:
            return "noun"  # "Western claims", "Russian claims"
        return (
            "verb" if nl in {"that", "to", "it", "he", "she", "they", "the", "a", "an"} else "noun"
        )
    if not prev:
        return "noun"
    if nl in {"that", "to"}:
        return "verb"
    return "noun"


def _rule_noun(ctx: _Ctx, arg) -> bool:
    return _guess_pos(ctx) == "noun"


def _rule_verb(ctx: _Ctx, arg) -> bool:
    return _guess_pos(ctx) == "verb"


_DEFENSIVE_HEADS = {
    "program",
    "programs",
    "programme",
    "programmes",
    "weapon",
    "weapons",
    "weaponry",
    "arsenal",
    "arsenals",
    "capability",
    "capabilities",
    "deterrent",
    "deterrence",
    "measure",
    "measures",
    "drills",
    "drill",
    "exercises",
    "exercise",
    "nuclear",
    "missile",
    "missiles",
    "posture",
    "purposes",
    "purpose",
    "alliance",
    "pact",
    "war",
    "wars",
    "operation",
    "operations",
    "nature",
    "character",
    "doctrine",
    "arms",
    "systems",
    "buildup",
    "build-up",
    "military",
    "strike",
    "strikes",
    "action",
    "actions",
}
_DEFENSIVE_LITERAL = {
    "line",
    "lines",
    "position",
    "positions",
    "fortification",
    "fortifications",
    "structures",
    "structure",
    "end",
    "ends",
    "back",
    "backs",
    "player",
    "players",
    "coordinator",
    "tackle",
    "play",
    "plays",
    "mode",
    "driving",
    "wall",
    "walls",
    "perimeter",
    "trenches",
    "belt",
    "midfielder",
    "rebound",
    "rebounds",
    "battles",
}


def _rule_defensive_label(ctx: _Ctx, arg) -> bool:
    before = [_low(t) for t in ctx.prev_words(2)]
    if before[:2] == ["the", "on"] or before[:1] == ["on"]:
        return False  # "on the defensive"
    k = ctx.k1
    seen = 0
    while k < len(ctx.toks) and seen < 5:
        t = ctx.toks[k]
        lw = _low(t)
        k += 1
        if _is_quote(t):
            continue
        if not t.is_word and lw not in {",", "-"}:
            return False
        if lw in _DEFENSIVE_LITERAL:
            return False
        if lw in _DEFENSIVE_HEADS:
            return True
        seen += 1
    return False


_REGIME_TECH = {
    "sanctions",
    "sanction",
    "non-proliferation",
    "nonproliferation",
    "proliferation",
    "tax",
    "visa",
    "trade",
    "export",
    "control",
    "controls",
    "regulatory",
    "inspection",
    "inspections",
    "legal",
    "treaty",
    "arms-control",
    "exchange-rate",
    "currency",
    "monetary",
    "ceasefire",
    "tariff",
    "fitness",
    "training",
    "dietary",
    "verification",
    "safeguards",
    "safeguard",
    "climate",
    "price",
    "pricing",
    "cap",
    "licensing",
    "disclosure",
    "compliance",
    "fiscal",
    "trading",
    "customs",
    "immigration",
    "asylum",
    "protection",
    "investment",
    "emissions",
    "oil",
    "quota",
    "quotas",
    "international",
    "legal",
    "drug",
    "treatment",
    "dosing",
    "medication",
    "exercise",
    "diet",
    "flow",
    "water",
    "flood",
    "fire",
    "rainfall",
    "wind",
    "thermal",
    "data",
    "privacy",
    "security",
    "nuclear",
    "export-control",
    "anti-doping",
    "doping",
    "testing",
    "patent",
}


def _rule_regime_label(ctx: _Ctx, arg) -> bool:
    prev = [_low(t) for t in ctx.prev_words(2)]
    if prev and (prev[0] in _REGIME_TECH or prev[0].endswith(("-control", "-proliferation"))):
        return False
    nxt = [_low(t) for t in ctx.next_words(2)]
    if nxt[:1] == ["of"] and nxt[1:2] and (nxt[1] in _REGIME_TECH):
        return False
    return True


_VAGUE_HEADS = {
    "area",
    "areas",
    "one",
    "ones",
    "field",
    "fields",
    "sphere",
    "spheres",
    "sector",
    "sectors",
    "domain",
    "domains",
    "matter",
    "matters",
    "issue",
    "issues",
    "topic",
    "topics",
    "subject",
    "subjects",
    "cooperation",
    "projects",
    "project",
    "questions",
    "things",
    "directions",
}


def _rule_vague_head(ctx: _Ctx, arg) -> bool:
    nl = ctx.next_low()
    if nl in _VAGUE_HEADS:
        return True
    # alone in scare quotes: “sensitive”
    q = ctx.doc.token_quote[ctx.gidx[ctx.k0]]
    if q >= 0:
        inside = [
            t for k, t in zip(ctx.gidx, ctx.toks) if ctx.doc.token_quote[k] == q and t.is_word
        ]
        return len(inside) <= 2
    return False


_SPEECH_STEMS = {
    _stem(w)
    for w in (
        "say said says claim deny dismiss call warn insist state reject accuse urge stress "
        "condemn criticize criticise refuse vow pledge promise demand emphasize emphasise "
        "reiterate assert argue maintain threaten express voice complain decline refute "
        "rebuff rebut denounce accuse blame question dispute contest protest tell told "
        "announce declare affirm confirm suggest hint raise rule called"
    ).split()
}


def _rule_speech_act(ctx: _Ctx, arg) -> bool:
    after = ctx.next_words(3)
    for t in after:
        lw = _low(t)
        if _stem(lw) in _SPEECH_STEMS:
            return True
        if not (lw.endswith("ly") or lw in {"and", "publicly", "also", "been", "not"}):
            break
    for t in ctx.prev_words(2, stop_at_clause=True):
        if _stem(_low(t)) in _SPEECH_STEMS:
            return True
    return False


_APPEAR_NEXT = {
    "to",
    "that",
    "as",
    "like",
    "likely",
    "unlikely",
    "certain",
    "set",
    "poised",
    "ready",
    "unable",
    "able",
    "intent",
    "determined",
    "reluctant",
    "unwilling",
    "willing",
    "keen",
    "eager",
    "increasingly",
    "less",
    "more",
    "be",
    "unclear",
    "clear",
    "confident",
}


_APPEAR_LITERAL = _PREPS | {
    "onstage",
    "alongside",
    "together",
    "live",
    "briefly",
    "online",
    "outside",
    "inside",
    "publicly",
    "nowhere",
    "here",
    "there",
    "again",
    "first",
    "twice",
    "today",
    "tomorrow",
    "yesterday",
    "daily",
    "weekly",
    "regularly",
    "frequently",
    "where",
    "when",
    "soon",
}


def _rule_epistemic_appear(ctx: _Ctx, arg) -> bool:
    if ctx.next_low() in _APPEAR_NEXT:
        return True
    if ctx.prev_low() in {"it", "there", "would", "what"}:
        return True
    nxt = ctx.toks[ctx.k1] if ctx.k1 < len(ctx.toks) else None
    if nxt is None or not nxt.is_word:
        return nxt is not None and nxt.text == ","
    # literal appearance: "appear in court", "appeared on television", "appear together"
    return _low(nxt) not in _APPEAR_LITERAL


def _rule_that_clause(ctx: _Ctx, arg) -> bool:
    return "that" in [_low(t) for t in ctx.next_words(2)]


#: Nouns that name evidence, not a speaker: as the subject of show/reveal/prove they present
#: what follows as established ("the footage shows", "DNA tests proved"); shared with
#: :mod:`framing.attribution`, where they are no animate source ("polls suggest").
EVIDENCE_NOUNS = frozenset(
    "footage video videos image images imagery photo photos photograph photographs picture "
    "pictures recording recordings data figures statistics numbers record records document "
    "documents papers files emails messages logs evidence study studies research analysis "
    "analyses report reports survey surveys poll polls results findings test tests samples "
    "scans audit audits investigation inquiry review census readings measurements filings "
    "transcript transcripts map maps chart charts graph graphs autopsy post-mortem "
    "tracking telemetry signs indicators clues traces".split()
)
#: Finite forms for the evidence-subject reading (participles "shown", "revealing" need "that")
_EVIDENTIAL_FINITE = frozenset(
    "show shows showed reveal reveals revealed prove proves proved demonstrate demonstrates "
    "demonstrated".split()
)


def _rule_evidential(ctx: _Ctx, arg) -> bool:
    nxt = [_low(t) for t in ctx.next_words(6)]
    if "that" in nxt[:2] or (nxt[:1] == ["to"] and "that" in nxt[2:6]):
        return True  # "shows that", "revealed to this newspaper that"
    if _low(ctx.first()) not in _EVIDENTIAL_FINITE or (nxt and nxt[0] in _NOT_EVIDENTIAL_NEXT):
        return False
    before = [_low(t) for t in ctx.prev_words(8)]
    if before[:2] in (["to", w] for w in _SEEM) or not _rule_not_conditional(ctx, None):
        return False  # "appears to show", "if the footage shows": nothing is asserted
    # an evidence noun shortly before: the subject ("samples, taken on Monday, show ...")
    return any(w in EVIDENCE_NOUNS for w in before)


def _rule_evidence_subject(ctx: _Ctx, arg) -> bool:
    """An evidence noun is the subject, shortly before in the clause ("early telemetry
    pointed to", "the data point to"), not a person ("he pointed to the door")."""
    return any(_low(t) in EVIDENCE_NOUNS for t in ctx.prev_words(6, stop_at_clause=True))


_NOT_EVIDENTIAL_NEXT = frozenset({"up", "off", "whether", "if"})
_SEEM = ("appear", "appears", "appeared", "seem", "seems", "seemed")
_CONDITIONAL = frozenset({"if", "whether", "unless"})


def _rule_neg_context(ctx: _Ctx, arg) -> bool:
    for t in ctx.toks[: ctx.k0]:
        lw = _low(t)
        if lw in _NEGATORS or lw.endswith("n't") or lw in _NONASSERTIVE:
            return True
    return False


# Non-assertive triggers besides negators: emphatic "at all" also follows "any", a denial
# verb, or an interrogative "whether"/"if" ("unclear whether it will mention them at all").
_NONASSERTIVE = {"any", "deny", "denied", "denies", "whether"}


def _rule_lowercase(ctx: _Ctx, arg) -> bool:
    tok = ctx.first()
    return not (tok.text[0].isupper() and not ctx.sentence_initial() and not ctx.title_case())


def _words(arg: str) -> set:
    words = {w.strip().lower().replace("’", "'") for w in arg.split(",") if w.strip()}
    for w in words:  # compared with one token each, like pattern words
        _check_one_token(w)
    return words


def _rule_next(ctx, arg):
    return ctx.next_low() in arg


def _rule_not_next(ctx, arg):
    return ctx.next_low() not in arg


def _rule_prev(ctx, arg):
    return ctx.prev_low() in arg


def _rule_not_prev(ctx, arg):
    return ctx.prev_low() not in arg


_NEAR_WINDOW = 6


def _rule_not_near(ctx, arg):
    before = [t for t in ctx.toks[: ctx.k0] if t.is_word][-_NEAR_WINDOW:]
    after = [t for t in ctx.toks[ctx.k1 :] if t.is_word][:_NEAR_WINDOW]
    return not any(_low(t) in arg for t in before + after)


def _label_quote(ctx: _Ctx, window: int) -> tuple[int, int, int] | None:
    """The quoted label a frame introduces: ``(k0, k1, close)``, sentence-local token
    indices of its words ``toks[k0:k1]`` and of its closing mark, or None.

    The quotation must open within ``window`` word tokens after the frame (no
    punctuation between: "called the police narrative “a cover story”"), close in
    the same sentence, hold one to :data:`LABEL_QUOTE_MAX_WORDS` words with no
    sentence punctuation before its last word (a label, not a quoted statement),
    and not be a title or name (every content word capitalised: “Operation Sea
    Guardian”).
    """
    toks, n, j = ctx.toks, len(ctx.toks), ctx.k1
    skipped = 0
    while j < n and not _is_quote(toks[j]):
        if not toks[j].is_word or skipped >= window:
            return None
        skipped += 1
        j += 1
    return _quoted_label_at(ctx.doc, toks, j)


def _quoted_label_at(doc: Doc, toks: list[Token], j: int) -> tuple[int, int, int] | None:
    """``(k0, k1, close)`` when a quotation that can be a label opens at sentence token
    ``j``: its words ``toks[k0:k1]`` and the index of its closing mark (see
    :func:`_label_quote` for the conditions)."""
    n = len(toks)
    if j >= n:
        return None
    starts = doc._starts_of("quote", doc.quotes)
    i = bisect_left(starts, toks[j].start)
    if i == len(starts) or starts[i] != toks[j].start:
        return None  # a closing mark
    q = doc.quotes[i]
    if not q.balanced or not 0 < q.n_words <= LABEL_QUOTE_MAX_WORDS or q.end > toks[-1].end:
        return None
    k1 = j + 1
    while k1 < n and toks[k1].end < q.end:
        k1 += 1
    words = [k for k in range(j + 1, k1) if toks[k].is_word]
    if not words:
        return None
    k0, last = words[0], words[-1]
    if any(toks[k].text in _SENTENCE_PUNCT for k in range(k0, last)):
        return None
    content = [
        toks[k].text
        for k in words
        if toks[k].text[0].isalpha() and toks[k].text.lower() not in _TITLE_SMALL
    ]
    if content and all(w[0].isupper() for w in content):
        return None
    return k0, last + 1, k1


def _coordinated_labels(doc: Doc, toks: list[Token], close: int) -> list[tuple[int, int]]:
    """Further quoted labels coordinated with one whose closing mark is token ``close``:
    "rejected the accusations as “lies” and a “campaign”", "called the plan “reckless”,
    “cruel” and “unworkable”"."""
    out = []
    n = len(toks)
    while True:
        j = close + 1
        comma = j < n and toks[j].text == ","
        if comma:
            j += 1
        if j < n and _low(toks[j]) in {"and", "or"}:
            j += 1
            if j < n and _low(toks[j]) in {"a", "an", "the"}:
                j += 1
        elif not comma:  # a list goes on after a comma: “reckless”, “cruel” and ...
            return out
        span = _quoted_label_at(doc, toks, j)
        if span is None or _low(toks[span[0]]) in _PRONOUNS | {"i", "you"}:
            return out  # “we will fix it”: a quoted statement, not a label
        out.append(span[:2])
        close = span[2]


def _rule_label_quote(ctx: _Ctx, arg) -> bool:
    # Marks a frame row; find_cues takes the rule out of the row's rules and computes the
    # label span itself, once (this function serves callers of RULES directly).
    return _label_quote(ctx, arg) is not None


_CLOSERS = frozenset({".", "!", "?", "”", '"', "’", "'", ";"})


def _rule_not_conditional(ctx: _Ctx, arg) -> bool:
    """Not inside an if/unless/whether clause: "if Russian involvement were confirmed"
    asserts nothing."""
    return not _CONDITIONAL.intersection(_low(t) for t in ctx.prev_words(8, stop_at_clause=True))


def _rule_tag_final(ctx: _Ctx, arg) -> bool:
    """A tag after a comma that ends its clause: "has never sold the data of any user,
    period." (not "a period of rest", "the period, which ...")."""
    before = ctx.toks[ctx.k0 - 1].text if ctx.k0 > 0 else ""
    after = ctx.toks[ctx.k1].text if ctx.k1 < len(ctx.toks) else "."
    return before in {",", "—", "–"} and after in _CLOSERS


#: Disambiguation rules by name: ``rule(ctx, arg) -> bool`` (True keeps the match).
RULES = {
    "epistemic_modal": _rule_epistemic_modal,
    "attributive": _rule_attributive,
    "noun": _rule_noun,
    "verb": _rule_verb,
    "defensive_label": _rule_defensive_label,
    "regime_label": _rule_regime_label,
    "vague_head": _rule_vague_head,
    "speech_act": _rule_speech_act,
    "epistemic_appear": _rule_epistemic_appear,
    "that_clause": _rule_that_clause,
    "evidential": _rule_evidential,
    "neg_context": _rule_neg_context,
    "lowercase": _rule_lowercase,
    "next": _rule_next,
    "not_next": _rule_not_next,
    "prev": _rule_prev,
    "not_prev": _rule_not_prev,
    "not_near": _rule_not_near,
    "label_quote": _rule_label_quote,
    "tag_final": _rule_tag_final,
    "not_conditional": _rule_not_conditional,
    "evidence_subject": _rule_evidence_subject,
}
_PARAM_RULES = {"next", "not_next", "prev", "not_prev", "not_near"}
_INT_RULES = {"label_quote"}


def _parse_rules(spec: str) -> list[tuple]:
    rules = []
    for part in (spec or "").split(";"):
        part = part.strip()
        if not part:
            continue
        name, _, arg = part.partition("=")
        name = name.strip()
        if name not in RULES:
            raise ValueError(f"unknown rule {name!r} (known: {sorted(RULES)})")
        if name in _INT_RULES:
            if not arg.strip().isdigit():
                raise ValueError(f"rule {name!r} needs a number of words: {name}=4")
            rules.append((RULES[name], int(arg)))
        elif name in _PARAM_RULES:
            if not arg:
                raise ValueError(f"rule {name!r} needs a word list: {name}=a,b")
            rules.append((RULES[name], _words(arg)))
        else:
            rules.append((RULES[name], None))
    return rules


# ---------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------


class _Index:
    """First-token index over the compiled patterns of several lexicons."""

    def __init__(self, lexicons: list[Lexicon]):
        self.by_word: dict[str, list] = {}
        self.by_stem: dict[str, list] = {}
        # patterns starting with a slot, by the slot's kind: <poss>/<det> can only start
        # at a possessive/determiner, <propn> at a capitalised word; other slots anywhere
        self.by_slot: dict[str, list] = {"poss": [], "det": [], "propn": [], "other": []}
        self._memo: dict[tuple[str, bool], tuple] = {}
        self._first_words: set[str] = set()  # see positions(); filled below
        order = 0
        for lex in lexicons:
            for elems, info in lex.compiled():
                # a literal second element is checked before the full match is tried: most
                # multi-word patterns start with a function word ("in fact", "the usual ...")
                second = (
                    elems[1].words
                    if len(elems) > 1 and elems[0].kind == "lit" and elems[1].kind == "lit"
                    else None
                )
                item = (order, elems, info, second)
                order += 1
                first = elems[0]
                if first.kind == "lit":
                    target = self.by_stem if info["match"] == "stem" else self.by_word
                    for w in first.words:
                        target.setdefault(w, []).append(item)
                else:
                    kind = first.kind if first.kind in self.by_slot else "other"
                    self.by_slot[kind].append(item)
        # lower-cased words at which a pattern can start (besides stems and other slots)
        self._first_words = set(self.by_word)
        if self.by_slot["poss"]:
            self._first_words |= _POSS
        if self.by_slot["det"]:
            self._first_words |= _DETS

    def positions(self, doc: Doc) -> list[int]:
        """Indices of the word tokens of ``doc`` at which some pattern can start.

        Exactly those for which :meth:`candidates` is not empty, found with one set
        look-up per token (per distinct word for stemmed patterns).
        """
        lows, is_word = doc.token_lowers(), doc.word_mask()
        slots = self.by_slot
        if slots["other"]:
            return [g for g, w in enumerate(is_word) if w]
        keys = self._first_words
        forms = set(lows)  # per distinct word form: possessives of first words ("regime's")
        extra = {w for w in forms if w.endswith("'s") and _base(w) in keys}
        if self.by_stem:  # and words whose stem starts a pattern
            extra.update(w for w in forms if _stem(_base(w)) in self.by_stem)
        if extra:
            keys = keys | extra
        if slots["propn"]:
            toks = doc.tokens
            return [
                g
                for g, w in enumerate(lows)
                if is_word[g] and (w in keys or toks[g].text[0].isupper())
            ]
        return [g for g, w in enumerate(lows) if w in keys and is_word[g]]

    def candidates(self, low: str, capitalised: bool = False) -> list:
        """Patterns whose first element can match a word token (``low``: its lower-cased
        text; ``capitalised``: its first character is upper case). Memoised (bounded).

        Returns ``(plain, by_next, by_next_stem)``: the patterns without a literal second
        word, and the others keyed by their second word (or its stem), so that only
        those whose second word follows are tried.
        """
        key = (low, capitalised)
        out = self._memo.get(key)
        if out is None:
            out = self._candidates(low, capitalised)
            if len(self._memo) < 200_000:
                self._memo[key] = out
        return out

    def _candidates(self, low: str, capitalised: bool) -> tuple[tuple, dict, dict]:
        out = list(self.by_word.get(low, ()))
        base = _base(low)
        if base != low:
            out.extend(self.by_word.get(base, ()))
        if self.by_stem:
            out.extend(self.by_stem.get(_stem(base), ()))
        slots = self.by_slot
        if slots["poss"] and low in _POSS:
            out.extend(slots["poss"])
        if slots["det"] and low in _DETS:
            out.extend(slots["det"])
        if capitalised:
            out.extend(slots["propn"])
        out.extend(slots["other"])
        # patterns with a literal second word, keyed by it (by its stem in stem mode)
        plain, by_next, by_next_stem = [], {}, {}
        for item in out:
            second = item[3]
            if second is None:
                plain.append(item)
                continue
            target = by_next_stem if item[2]["match"] == "stem" else by_next
            for w in second:
                target.setdefault(w, []).append(item)
        return tuple(plain), by_next, by_next_stem


def _elem_match(elem: _Elem, toks: list[Token], k: int, mode: str) -> list[int]:
    """End positions (exclusive) where ``elem`` can match starting at ``k``."""
    n = len(toks)
    if k >= n:
        return []
    t = toks[k]
    low = _low(t)
    if elem.kind == "lit":
        if mode == "stem":
            return [k + 1] if _stem(_base(low)) in elem.words else []
        return [k + 1] if low in elem.words or _base(low) in elem.words else []
    if elem.kind == "poss":
        return [k + 1] if low in _POSS else []
    if elem.kind == "det":
        return [k + 1] if low in _DETS else []
    if elem.kind == "cop":
        if low in {"is", "are", "was", "were", "be", "'s", "am"}:
            return [k + 1]
        if low in {"has", "have", "had"} and k + 1 < n and _low(toks[k + 1]) == "been":
            return [k + 2]
        return []
    if elem.kind == "propn":
        ends = []
        j = k
        while j < n and len(ends) < 4 and toks[j].is_word and toks[j].text[0].isupper():
            j += 1
            ends.append(j)
        return ends[::-1]  # greedy
    if elem.kind == "gap":
        ends = []
        for j in range(k, min(n, k + elem.n)):
            if toks[j].text in {".", "?", "!", ";", ":"}:
                break
            ends.append(j + 1)
        return ends
    return []


def _match_at(elems: list[_Elem], toks: list[Token], k: int, mode: str) -> int | None:
    """Match the element list at ``k``; return the exclusive end or None."""

    def rec(e: int, pos: int) -> int | None:
        if e == len(elems):
            return pos
        if e > 0:
            while pos < len(toks) and _is_quote(toks[pos]):
                pos += 1
        for end in _elem_match(elems[e], toks, pos, mode):
            r = rec(e + 1, end)
            if r is not None:
                return r
        return None

    return rec(0, k)


def _negated(ctx: _Ctx) -> bool:
    for t in ctx.prev_words(3, stop_at_clause=True):
        lw = _low(t)
        if lw in _NEGATORS or lw.endswith("n't"):
            return True
    return False


def _as_lexicons(lexicons) -> list[Lexicon]:
    if lexicons is None:
        lexicons = ["hedges", "boosters", "loaded"]
    elif isinstance(lexicons, (Lexicon, str, Path)):
        lexicons = [lexicons]
    out = []
    for lex in lexicons:
        out.append(lex if isinstance(lex, Lexicon) else _cached_lexicon(str(lex)))
    return out


@lru_cache(maxsize=32)
def _cached_lexicon(name: str) -> Lexicon:
    return load_lexicon(name)


_index_cache: dict[tuple, _Index] = {}


def _index_for(lexs: list[Lexicon]) -> _Index:
    key = tuple(id(lx) for lx in lexs)
    idx = _index_cache.get(key)
    if idx is None or any(lx._compiled is None for lx in lexs):
        idx = _Index(lexs)
        if len(_index_cache) > 16:
            _index_cache.clear()
        _index_cache[key] = idx
    return idx


def _sentence_runs(doc: Doc) -> list[tuple[int, range]]:
    """``(sentence_id, token indices)`` of each run of consecutive tokens that share a
    ``token_sentence`` value (``-1`` for tokens outside every sentence)."""
    ts = doc.token_sentence
    if not len(ts):
        return []
    cuts = (np.flatnonzero(ts[1:] != ts[:-1]) + 1).tolist()
    bounds = [0, *cuts, len(ts)]
    return [(int(ts[a]), range(a, b)) for a, b in zip(bounds, bounds[1:])]


def _quoted_labels(framed: list[tuple], kept: list[tuple]) -> list[tuple]:
    """The frame matches to keep: one per quotation, none overlapping a lexicon match of
    its layer (“cowards in the pocket of the gun lobby” stays the pejorative-label
    "cowards")."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for f in kept:
        taken.setdefault(f[4]["layer"], []).append((f[1], f[2]))
    out = []
    for f in sorted(framed, key=lambda f: (f[1], f[3])):
        spans = taken.setdefault(f[4]["layer"], [])
        if any(a <= f[2] and f[1] <= b for a, b in spans):
            continue
        spans.append((f[1], f[2]))
        out.append(f)
    return out


def find_cues(doc: Doc, lexicons=None) -> list[dict]:
    """Find hedge, booster and loaded-term cues in one analysed article.

    Parameters
    ----------
    doc : framing.text.Doc
        The article, from :func:`framing.text.analyse`.
    lexicons : None, str, path, Lexicon or list of them, optional
        The lexicons to match. ``None`` uses the shipped ``hedges``,
        ``boosters`` and ``loaded``. Names, user TSV paths and
        :class:`Lexicon` objects can be mixed: pass
        ``["hedges", "boosters", "loaded", "my_terms.tsv"]`` to extend the
        defaults, or only your own lexicon to replace them.

    Returns
    -------
    list of dict
        One record per cue with keys :data:`CUE_COLUMNS`: ``doc_id,
        sentence_id, char_start, char_end, text, layer, category, voice,
        lemma, negated, source``. ``text == doc.text[char_start:char_end]``;
        ``voice`` is ``"quoted"`` when a word of the cue lies inside a direct
        quotation (``doc.token_quote >= 0``), else ``"author"``.

    Notes
    -----
    Within a layer, overlapping matches are resolved left to right, longest
    first ("traditionally friendly" wins over "friendly"). Across layers,
    overlaps are kept ("fevered speculation" is a loaded doubt-marker and
    "speculation" a hedge), except that a hedge inside a booster phrase or
    the reverse is dropped ("no doubt" is a booster, not the hedge "doubt").

    Examples
    --------
    >>> from framing.text import analyse
    >>> doc = analyse("Pyongyang could sell Moscow missiles, officials said.", "d1")
    >>> [(c["text"], c["layer"], c["category"], c["voice"]) for c in find_cues(doc)]
    [('could', 'hedge', 'modal', 'author')]
    """
    lexs = _as_lexicons(lexicons)
    index = _index_for(lexs)
    found: list[tuple] = []
    framed: list[tuple] = []  # quoted labels introduced by a frame ("called it “X”")
    lows = doc.token_lowers()
    runs = _sentence_runs(doc)
    run_starts = [r.start for _, r in runs]
    gidx = range(0)  # the run of tokens (one sentence) holding the current token
    for g in index.positions(doc):
        if g >= gidx.stop:
            sent_id, gidx = runs[bisect_right(run_starts, g) - 1]
            toks = doc.tokens[gidx.start : gidx.stop]
            n = len(toks)
        k = g - gidx.start
        cands, by_next, by_next_stem = index.candidates(lows[g], toks[k].text[0].isupper())
        if by_next or by_next_stem:
            nxt = k + 1  # the next token that is not a quotation mark (_match_at skips them)
            while nxt < n and _is_quote(toks[nxt]):
                nxt += 1
            if nxt < n:
                low = lows[gidx[nxt]]
                base = _base(low)
                cands = [*cands, *by_next.get(low, ())]
                if base != low:
                    cands.extend(by_next.get(base, ()))
                if by_next_stem:
                    cands.extend(by_next_stem.get(_stem(base), ()))
        for order, elems, info, _ in cands:
            end = _match_at(elems, toks, k, info["match"])
            if end is None:
                continue
            while end > k + 1 and _is_quote(toks[end - 1]):
                end -= 1
            ctx = _Ctx(doc, toks, gidx, k, end)
            if not all(rule(ctx, arg) for rule, arg in info["rules"]):
                continue
            if "label_quote" not in info:
                found.append((sent_id, gidx[k], gidx[end - 1], order, info, ctx))
                continue
            span = _label_quote(ctx, info["label_quote"])
            if span is not None:
                q0, q1, close = span
                framed.append((sent_id, gidx[q0], gidx[q1 - 1], order, info, ctx))
                for c0, c1 in _coordinated_labels(doc, toks, close):
                    framed.append((sent_id, gidx[c0], gidx[c1 - 1], order, info, ctx))
    # resolve overlaps within a layer: leftmost, then longest, then lexicon order
    found.sort(key=lambda f: (f[1], -(f[2] - f[1]), f[3]))
    # found is sorted by start, so a match overlaps an accepted one iff it starts
    # at or before the last accepted end of its layer
    last_end: dict[str, int] = {}
    multi: dict[str, list[tuple[int, int]]] = {"hedge": [], "booster": []}
    kept = []
    for f in found:
        layer = f[4]["layer"]
        if f[1] <= last_end.get(layer, -1):
            continue
        last_end[layer] = f[2]
        if f[2] > f[1] and layer in multi:
            multi[layer].append((f[1], f[2]))
        kept.append(f)
    if framed:
        kept.extend(_quoted_labels(framed, kept))
    records = []
    token_quote = doc.token_quote.tolist() if kept else []
    for sent_id, g0, g1, order, info, ctx in kept:
        other = {"hedge": "booster", "booster": "hedge"}.get(info["layer"])
        if other and any(a <= g0 and g1 <= b and (b - a) > (g1 - g0) for a, b in multi[other]):
            continue
        start, end = doc.tokens[g0].start, doc.tokens[g1].end
        quoted = max(token_quote[g0 : g1 + 1]) >= 0
        lemma = info["lemma"]
        if "label_quote" in info:
            lemma = " ".join(doc.text[start:end].lower().replace("’", "'").split())
        records.append(
            {
                "doc_id": doc.doc_id,
                "sentence_id": int(sent_id),
                "char_start": int(start),
                "char_end": int(end),
                "text": doc.text[start:end],
                "layer": info["layer"],
                "category": info["category"],
                "voice": "quoted" if quoted else "author",
                "lemma": lemma,
                "negated": _negated(ctx),
                "source": info["sources"],
            }
        )
    records.sort(key=lambda r: (r["char_start"], r["layer"]))
    logger.debug("doc %s: %d cues", doc.doc_id, len(records))
    return records
