"""Claim stance: which sentences mention a contested claim, and how each presents it.

A corpus declares its claims of interest in ``claims.csv`` (see :func:`load_claims`).
:func:`find_claims` finds, sentence by sentence, explicit mentions of each claim
(agent + supply action + object, the recipient-side "Russia using North Korean
missiles", transfer nouns such as "arms deal") and anaphoric mentions ("the
accusations", "such reports") that refer back to a claim mentioned shortly before,
and gives each mentioning sentence one status:

``asserted``
    The writer states the claim in its own voice, with no hedge and no attribution.
``attributed``
    Credited to a source with a neutral, endorsing, evaluative or belief/estimate cue
    ("according to", "said", "estimates", "believes").
``attributed-distanced``
    Credited with a distancing cue (claimed, asserted, alleged, accusations,
    allegations, maintain), or distanced by a doubt marker on the claim itself
    (alleged, purported, so-called, "what they say were"), or given as a nominal
    "claims/allegations" with an implicit source.
``hedged``
    The innermost operator over the claim is epistemic: a modal on the claim's
    predicate ("may provide"), a speculation/suspicion noun, a "possible"-type
    adjective or adverb, or a conditional/hypothetical frame ("if it was found to be
    supplying", "parties found facilitating such deals would ...").
``denied``
    A source denies or dismisses it (deny, dismiss, reject, "described as false",
    "groundless"), or the claim's predicate is negated ("has said it has not
    supplied").
``other``
    No comment ("declined to comment", "did not publicly comment"), or a question
    ("whether weapons deliveries had taken place", a sentence ending in "?").

Precedence. The main clause decides the primary status; a second status in the same
sentence goes to ``secondary_status``. Per mention: a denial that is the main
predication wins; then a non-comment or question; then the innermost epistemic hedge;
then the strongest attribution (distancing over neutral). Across mentions: mentions in
the main clause decide over mentions inside a fronted subordinate clause ("While the
two leaders did not publicly comment on any ammunition deal, Ukraine had alleged ...")
and denials by a source inside an appositive or relative clause after the claim ("a
claim that both Pyongyang and Moscow have denied") are secondary.

FactBank correspondence (Saurí & Pustejovsky 2009; values are relative to a source,
see ``/work/shared/references/lexicons.md`` §1.5 and §5):

========================  ===================================  =====================
status                    author's commitment                   source's commitment
========================  ===================================  =====================
asserted                  CT+                                   (CT+)
attributed                Uu                                    CT+ (PR+ for believe/estimate)
attributed-distanced      Uu (leaning doubt)                    CT+
hedged                    PR+ (likely, probable) / PS+ (may,    PR+/PS+ when the hedge
                          might, could, possible); Uu for a     is inside a source's
                          conditional antecedent                content
denied                    Uu (CT- when the writer negates)      CT-
other                     Uu                                    Uu
========================  ===================================  =====================

The gold standard (``gold/GUIDELINES.md``, "Layer 5: claims") calls ``asserted``
``asserted-as-fact``; :func:`evaluate_claims` maps it.

References
----------
.. [1] Saurí, R. & Pustejovsky, J. (2009). FactBank: a corpus annotated with event
   factuality. *Language Resources and Evaluation* 43(3): 227-268.
.. [2] Saurí, R. & Pustejovsky, J. (2012). Are you sure that this happened? Assessing
   the factuality degree of events in text. *Computational Linguistics* 38(2): 261-299.
.. [3] Bergler, S. (1992). *Evidential Analysis of Reported Speech*. PhD thesis,
   Brandeis University.
.. [4] Hyland, K. (2005). *Metadiscourse*. Continuum (hedges and boosters).
.. [5] Farkas, R. et al. (2010). The CoNLL-2010 shared task: learning to detect hedges
   and their scope in natural language text. *CoNLL-2010 Shared Task*: 1-12.
.. [6] Krippendorff, K. (2004). *Content Analysis*, 2nd ed. Sage; Cohen, J. (1960). A
   coefficient of agreement for nominal scales. *Educational and Psychological
   Measurement* 20(1): 37-46.
"""

from __future__ import annotations

import csv
import logging
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .text import tokenize

__all__ = [
    "STATUSES",
    "FACTBANK",
    "CLAIM_COLUMNS",
    "Claim",
    "load_claims",
    "find_claims",
    "claim_profile",
    "evaluate_claims",
]

logger = logging.getLogger(__name__)

#: Claim statuses, in display order.
STATUSES = ("asserted", "attributed", "attributed-distanced", "hedged", "denied", "other")

#: FactBank value of each status, from the writer's point of view (see module docstring).
FACTBANK = {
    "asserted": "CT+",
    "attributed": "Uu",
    "attributed-distanced": "Uu",
    "hedged": "PR+/PS+",
    "denied": "CT-",
    "other": "Uu",
}

#: Column order of :func:`find_claims` records.
CLAIM_COLUMNS = (
    "doc_id",
    "sentence_id",
    "claim_id",
    "status",
    "secondary_status",
    "cue_start",
    "cue_end",
    "source_canonical",
    "mention",
)

_PATTERN_COLUMNS = (
    "agent",
    "action",
    "object",
    "recipient",
    "recipient_action",
    "transaction",
    "anaphora",
)
_REQUIRED = ("claim_id", "description", "agent", "action", "object")

# --------------------------------------------------------------------------------------
# Term patterns
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=200_000)
def _forms(word: str) -> frozenset[str]:
    """Lower-cased word plus inflection-stripped forms (possessive, -s, -es, -ies, -ed, -ing).

    A deliberately light stemmer: a pattern word matches a token when it is one of these
    forms, so patterns are written as lemmas ("use", "supply") or prefixes ("deliver*").

    Examples
    --------
    >>> sorted(f for f in _forms("Supplied") if f in {"supply", "supplied"})
    ['supplied', 'supply']
    >>> "use" in _forms("using"), "korea" in _forms("Korea’s")
    (True, True)
    """
    w = word.lower().replace("’", "'")
    out = {w}
    for poss in ("'s", "'"):
        if w.endswith(poss) and len(w) > len(poss) + 1:
            w = w[: -len(poss)]
            out.add(w)
            break
    if len(w) > 3:
        if w.endswith("ies") or w.endswith("ied"):
            out.add(w[:-3] + "y")
        if w.endswith("es"):
            out.add(w[:-2])
        if w.endswith("s") and not w.endswith("ss"):
            out.add(w[:-1])
        if w.endswith("ed"):
            out.update({w[:-2], w[:-1]})
            if len(w) > 4 and w[-3] == w[-4]:
                out.add(w[:-3])  # shipped -> ship
        if w.endswith("ing") and len(w) > 4:
            stem = w[:-3]
            out.update({stem, stem + "e"})
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # shipping -> ship
    return frozenset(out)


@dataclass(frozen=True)
class _Term:
    """One alternative of a pattern: a sequence of word slots, each a tuple of options."""

    slots: tuple[tuple[str, ...], ...]
    raw: str
    # per slot: (exact options, prefix options without "*", possessive wildcard) so that
    # a slot is tested with set and tuple-startswith operations (see _slot_matches)
    _compiled: tuple = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_compiled", tuple(map(_slot_tests, self.slots)))

    def match_at(self, units: list, i: int) -> int:
        """Number of units matched starting at ``units[i]`` (0 when no match)."""
        n = len(self._compiled)
        if i + n > len(units):
            return 0
        for k, tests in enumerate(self._compiled):
            if not _slot_matches(tests, units[i + k]):
                return 0
        return n


@lru_cache(maxsize=4_096)
def _slot_tests(options: tuple[str, ...]) -> tuple[frozenset, tuple, bool]:
    """A slot's options as ``(exact options, prefix options without "*", possessive
    wildcard)``: a unit matches the slot when one of its forms is an exact option, its
    lower-cased text or one of its forms starts with a prefix, or it is possessive."""
    prefixes = tuple(o[:-1] for o in options if o.endswith("*") and len(o) > 1)
    exact = frozenset(o for o in options if o != "*'s" and not (o.endswith("*") and len(o) > 1))
    return exact, prefixes, "*'s" in options


def _slot_matches(tests: tuple[frozenset, tuple, bool], unit) -> bool:
    """Whether ``unit`` matches a slot, given the slot's :func:`_slot_tests`.

    An exact option matches one of the unit's forms; a prefix option (``deliver*``) the
    start of its lower-cased text or of one of its forms; ``*'s`` any possessive.
    """
    exact, prefixes, poss = tests
    if exact and not exact.isdisjoint(unit.forms):
        return True
    low = unit.lower
    if prefixes and (low.startswith(prefixes) or any(f.startswith(prefixes) for f in unit.forms)):
        return True
    return poss and low.endswith("'s") and len(low) > 2


def _may_match(options, units) -> bool:
    """False only when no unit of ``units`` can match any of the slot ``options``.

    A quick, exact pre-check on the sentence's set of forms (:class:`_Units`); True
    whenever it cannot tell (plain lists, possessive wildcards).
    """
    vocab = getattr(units, "vocab", None)
    if vocab is None:
        return True
    exact, prefixes, poss = _slot_tests(tuple(options))
    return (
        poss
        or not exact.isdisjoint(vocab)
        # forms include every lower-cased word
        or (bool(prefixes) and any(f.startswith(prefixes) for f in vocab))
    )


def _parse_pattern(value: str | None) -> tuple[_Term, ...]:
    """Parse a ``|``-separated term list (see :func:`load_claims` for the syntax)."""
    if value is None:
        return ()
    terms = []
    for alt in str(value).split("|"):
        alt = alt.strip().lower().replace("’", "'")
        if not alt:
            continue
        words = [w for w in re.split(r"[\s\-]+", alt) if w]
        slots = tuple(tuple(_option(o, alt) for o in w.split("/") if o) for w in words)
        terms.append(_Term(slots, alt))
    return tuple(terms)


def _option(opt: str, term: str) -> str:
    """One word option as the word unit it must equal: punctuation that tokenisation
    splits off is dropped ("e." in "e. coli" is the unit "e", as in "E. coli").

    Raises ValueError for an option that is not one word ("&", "e.coli/x" parts)."""
    if opt == "*'s":
        return opt
    body, star = (opt[:-1], "*") if opt.endswith("*") and len(opt) > 1 else (opt, "")
    words = [t.text for t in tokenize(body) if t.is_word]
    if len(words) != 1:
        raise ValueError(
            f"term {term!r}: {opt!r} is not one word as text is tokenised "
            f"({' + '.join(repr(w) for w in words) or 'no word'})"
        )
    return words[0] + star


@dataclass(frozen=True)
class Claim:
    """A claim of interest, with its term patterns (see :func:`load_claims`)."""

    claim_id: str
    description: str
    agent: tuple[_Term, ...]
    action: tuple[_Term, ...]
    object: tuple[_Term, ...]
    recipient: tuple[_Term, ...] = ()
    recipient_action: tuple[_Term, ...] = ()
    transaction: tuple[_Term, ...] = ()
    anaphora: tuple[_Term, ...] = ()

    @classmethod
    def from_row(cls, row: dict) -> "Claim":
        """Build a claim from a mapping of column name to pattern string."""
        missing = [c for c in _REQUIRED if not str(row.get(c) or "").strip()]
        if missing:
            raise ValueError(f"claim {row.get('claim_id')!r}: empty required column(s) {missing}")
        pats = {c: _parse_pattern(row.get(c)) for c in _PATTERN_COLUMNS}
        return cls(str(row["claim_id"]).strip(), str(row["description"]).strip(), **pats)


def load_claims(path) -> list[Claim]:
    """Read a corpus's ``claims.csv``.

    Columns: ``claim_id, description, agent, action, object`` (required) and
    ``recipient, recipient_action, transaction, anaphora`` (optional). Lines starting
    with ``#`` are comments.

    Pattern syntax, for every pattern column:

    * ``|`` separates alternative terms: ``North Korea|Pyongyang|DPRK``.
    * A term of several words matches consecutive word tokens (punctuation is skipped
      and hyphenated tokens are also split: ``Kim Jong Un`` matches "Kim Jong-un").
    * A word matches a token when it equals the token lower-cased or one of its
      inflection-stripped forms (possessive ``'s``, ``-s``, ``-es``, ``-ies``, ``-ed``,
      ``-ing``): write lemmas (``use`` matches used/using).
    * A trailing ``*`` matches by prefix: ``deliver*`` matches delivery, deliveries.
    * ``/`` gives alternatives for one word position: ``the/such claims/allegations``.
      They are single words; phrases of different lengths are separate terms, so
      ``the/such claims|the/such doping charge``, not ``the/such claims/doping charge``
      (which asks for three words: "the claims charge").
    * ``*'s`` matches any possessive token: ``*'s assessment`` ("the UK’s assessment").
    * Punctuation that tokenisation splits off a word is dropped (``e. coli`` matches
      "E. coli"); a word with no letter or digit (``&``) is an error.

    Roles: ``agent`` supplies; ``action`` are supply-side verbs and nouns; ``object`` is
    what is supplied; ``recipient`` receives; ``recipient_action`` are receive- or
    use-side words ("Russia using North Korean missiles", "import ... from North
    Korea"); ``transaction`` terms name the transfer on their own ("military
    assistance"); ``anaphora`` are labels that refer back to a claim already mentioned.

    Parameters
    ----------
    path : str or pathlib.Path

    Returns
    -------
    list of Claim

    Raises
    ------
    ValueError
        Missing columns, an empty required pattern, a term word that is no word of
        text, or a duplicate ``claim_id``; the message names the file.
    """
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    cols = reader.fieldnames or []
    missing = [c for c in _REQUIRED if c not in cols]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}")
    claims, seen = [], set()
    for row in reader:
        try:
            claim = Claim.from_row(row)
        except ValueError as err:
            raise ValueError(f"{path}: {err}") from None
        if claim.claim_id in seen:
            raise ValueError(f"{path}: duplicate claim_id {claim.claim_id!r}")
        seen.add(claim.claim_id)
        claims.append(claim)
    if not claims:
        raise ValueError(f"{path}: no claims")
    return claims


# --------------------------------------------------------------------------------------
# Word units of a sentence
# --------------------------------------------------------------------------------------


class _Unit(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    forms: frozenset


class _Units(list):
    """The word units of one sentence.

    ``vocab`` (computed on first use) is the set of every form of every unit, for the
    quick pre-check of :func:`_may_match`. :func:`_find` does not need it: it looks each
    unit's forms up in the term index's memo of candidates (:func:`_candidates`).
    """

    __slots__ = ("_vocab",)

    def __init__(self, units=()):
        super().__init__(units)
        self._vocab: set | None = None

    @property
    def vocab(self) -> set[str]:
        """Every form of every unit (forms include every lower-cased word)."""
        if self._vocab is None:
            self._vocab = set().union(*(u.forms for u in self))
        return self._vocab


_HYPHEN_PARTS_RE = re.compile(r"[^-–]+")
_DOTTED_RE = re.compile(r"(?:[A-Za-z]\.)+")


@lru_cache(maxsize=200_000)
def _unit_parts(token: str) -> tuple[tuple[int, int, str, str, frozenset], ...]:
    """``(start, end, text, lower, forms)`` of the units of one word token, offsets
    relative to the token (hyphenated tokens also give their parts). A pure function
    of the token text, so it is memoised: news vocabulary repeats (Zipf)."""
    parts = [(m.start(), m.end()) for m in _HYPHEN_PARTS_RE.finditer(token)]
    if len(parts) > 1 and not _DOTTED_RE.fullmatch(token):
        return tuple(
            (s, e, w, w.lower().replace("’", "'"), _forms(w))
            for s, e in parts
            for w in (token[s:e],)
            if any(ch.isalnum() for ch in w)
        )
    return ((0, len(token), token, token.lower().replace("’", "'"), _forms(token)),)


def _doc_words(doc) -> tuple[list, list[int]]:
    """The word tokens of ``doc`` and their start offsets, in text order.

    Computed once per document by :func:`find_claims`, so that each sentence's word
    tokens are a slice found by bisection (the tokens that start inside the sentence,
    as in ``Doc.tokens_in``), without a mask test per token.
    """
    tokens, is_word = doc.tokens, doc.word_mask()
    words = [t for t, w in zip(tokens, is_word) if w]
    return words, [t[0] for t in words]


_new_tuple = tuple.__new__  # _Unit from a tuple, in C (no Python-level __new__)


def _units(doc, sid: int, words=None) -> _Units:
    """Word tokens of sentence ``sid``; hyphenated tokens also give their parts.

    ``words``: :func:`_doc_words` of ``doc`` (computed here when None).
    """
    words, starts = _doc_words(doc) if words is None else words
    sent = doc.sentences[sid]
    lo = bisect_left(starts, sent.start)
    hi = bisect_left(starts, sent.end, lo)
    return _Units(
        [
            _new_tuple(_Unit, (start + s, start + e, w, low, forms))
            for start, _, text in words[lo:hi]
            for s, e, w, low, forms in _unit_parts(text)
        ]
    )


_TERM_INDEX: dict = {}
_TERM_INDEX_BY_ID: dict = {}


def _term_index(terms) -> tuple[dict, dict, tuple, dict, tuple]:
    """First-slot index of ``terms``, so :func:`_find` tries only terms that can match.

    Returns ``(exact, prefix, always, memo, poss)``: exact first-slot option -> terms;
    the first (up to) three characters of a prefix option (``deliver*``) -> terms; terms
    whose first slot mixes ``*'s`` with other options, tried everywhere; ``memo`` (see
    below); and terms whose first slot is ``*'s`` alone, tried only at a possessive unit
    (the test of :meth:`_Term.match_at`, on the unit's lower-cased text, which its forms
    do not determine). A term can only match at a unit one of whose forms is an exact
    option or starts with a prefix option, so each unit costs a few dict look-ups instead
    of trying every term; ``memo`` caches those look-ups per set of forms (see
    :func:`_candidates`).
    """
    hit = _TERM_INDEX_BY_ID.get(id(terms))
    if hit is not None and hit[0] is terms:
        return hit[1]
    idx = _TERM_INDEX.get(terms)
    if idx is None:
        exact: dict = {}
        prefix: dict = {}
        always = []
        poss = []
        for t in terms:
            if not t.slots:
                continue  # matches nothing (match_at returns 0)
            first = t.slots[0]
            if all(o == "*'s" for o in first):
                poss.append(t)
                continue
            if "*'s" in first:
                always.append(t)
                continue
            for o in dict.fromkeys(first):
                if o.endswith("*") and len(o) > 1:
                    key = o[:-1][:3]
                    lst = prefix.setdefault(key, [])
                else:
                    lst = exact.setdefault(o, [])
                if t not in lst:
                    lst.append(t)
        idx = (exact, prefix, tuple(always), {}, tuple(poss))
        if len(_TERM_INDEX) < 10_000:  # bounded: claims are few, fallback terms fixed
            _TERM_INDEX[terms] = idx
    if len(_TERM_INDEX_BY_ID) < 10_000:
        # keyed by identity (hashing a tuple of terms is the slow part); the entry holds
        # ``terms`` itself, so its id cannot be reused while the entry exists
        _TERM_INDEX_BY_ID[id(terms)] = (terms, idx)
    return idx


def _candidates(idx, forms: frozenset) -> list:
    """Terms of index ``idx`` that can start at a unit with these ``forms``."""
    exact, prefix, always, memo, _ = idx
    # the candidates depend only on the unit's forms: memoised per index (bounded)
    hit = memo.get(forms)
    if hit is not None:
        return hit
    out = list(always)
    for f in forms:  # forms include the lower-cased word
        out.extend(exact.get(f, ()))
        if prefix:
            for k in (1, 2, 3):
                if len(f) >= k:
                    out.extend(prefix.get(f[:k], ()))
    if len(memo) < 50_000:
        memo[forms] = out
    return out


class _ClaimGate:
    """Which claims a sentence can mention explicitly, for all claims in one pass.

    Every explicit mention is anchored on a match of one of the claim's ``action``,
    ``recipient_action`` or ``transaction`` terms (:func:`_explicit_mentions`), and a
    term can only match where its first word occurs. One look-up per unit in an index of
    all those terms of all claims (memoised per set of forms) gives the claims worth
    searching; with several claims this replaces three scans of the sentence per claim.
    """

    def __init__(self, claims: tuple) -> None:
        self.claims = claims  # held, so the ids in _GATES stay valid
        owner: dict = {}
        for c in claims:
            for t in (*c.action, *c.recipient_action, *c.transaction):
                owner.setdefault(t, set()).add(c.claim_id)
        self.terms = tuple(owner)
        self.owner = owner
        # terms whose first slot holds the possessive wildcard: their claims are always
        # searched (the wildcard tests the unit's text, which its forms do not determine)
        self.always = frozenset(
            cid for t, cids in owner.items() if t.slots and "*'s" in t.slots[0] for cid in cids
        )
        self.memo: dict = {}

    def possible(self, units) -> set:
        """Claim ids whose anchor terms can start at some unit of the sentence."""
        idx = _term_index(self.terms)
        out = set(self.always)
        memo = self.memo
        for forms in {u.forms for u in units}:
            ids = memo.get(forms)
            if ids is None:
                ids = frozenset(cid for t in _candidates(idx, forms) for cid in self.owner[t])
                if len(memo) < 50_000:
                    memo[forms] = ids
            out |= ids
        return out


_GATES: dict = {}


def _claim_gate(claims) -> _ClaimGate:
    """The :class:`_ClaimGate` of a list of claims, cached by the identity of the claims."""
    key = tuple(map(id, claims))
    gate = _GATES.get(key)
    if gate is None or any(a is not b for a, b in zip(gate.claims, claims)):
        if len(_GATES) >= 64:
            _GATES.clear()
        gate = _GATES[key] = _ClaimGate(tuple(claims))
    return gate


def _find(terms, units, lo=0, hi=None) -> list[tuple[int, int]]:
    """All ``(i, j)`` unit ranges in ``units[lo:hi]`` matching any term (longest first)."""
    hi = len(units) if hi is None else hi
    found = []
    if not terms:
        return found
    idx = _term_index(terms)
    # the terms that can start at a unit depend only on its forms, memoised per index:
    # most units cost one dict look-up that returns an empty list
    memo_get = idx[3].get
    poss = idx[4]
    i = lo
    while i < hi:
        u = units[i]
        cands = memo_get(u.forms)
        if cands is None:
            cands = _candidates(idx, u.forms)
        if poss and u.lower.endswith("'s") and len(u.lower) > 2:
            cands = [*cands, *poss]
        if not cands:
            i += 1
            continue
        best = 0
        for t in cands:
            n = t.match_at(units, i)
            if n > best:
                best = n
        if best and i + best <= hi:
            found.append((i, i + best))
            i += best
        else:
            i += 1
    return found


# --------------------------------------------------------------------------------------
# Closed-class stance operators (claim-local; the open lexicons live in framing.lexicons)
# --------------------------------------------------------------------------------------

# Epistemic modals on the claim's predicate. "would" (future-in-the-past, reported
# prediction, conditional consequent) and deontic "should" are not hedges (GUIDELINES
# Layer 2; Hyland 2005 lists would as a hedge only in academic prose); a conditional frame
# is caught by _CONDITIONALS / _HYPOTHETICAL instead.
_MODALS = {"may", "might", "could"}
_MODAL_GAP = {
    "be",
    "been",
    "have",
    "has",
    "also",
    "still",
    "soon",
    "eventually",
    "begin",
    "start",
    "continue",
    "to",
    "further",
    "even",
    "already",
    "now",
}
# words between a modal and a causative/fronted object: "could have had their details stolen"
_CAUSATIVE_GAP = {"had", "have", "get", "got", "their", "its", "his", "her", "the", "our"}
_AUX = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "may",
    "might",
    "could",
    "can",
    "should",
    "did",
    "does",
    "do",
    "also",
    "not",
    "never",
}
_NEGATORS = {"not", "never", "no"}
# Forms of "be" that make an episodic passive; bare "is/are" + participle is left out
# because it is mostly generic ("trenbolone is widely used in farming").
_PASSIVE_AUX = {"was", "were", "been", "being"}
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ept", "ld", "nt", "ght", "id", "ot", "ung", "ade")
# Epistemic raising/evidential verbs that weaken the claim they embed (Hyland 2005; Hooper 1975).
_EPISTEMIC_VERBS = {"appear", "seem", "suggest", "indicate"}
# Degree words that may stand between a passive auxiliary and its participle
# ("was “very likely” removed").
_DEGREE = {"very", "most", "more", "so", "quite", "almost", "all", "then", "later", "ever", "also"}
# Reporting forms that make a following agentless passive the content of a report
# ("allies say he was poisoned", "saying the figure was looted").
_REPORT_FORMS = {
    "say",
    "says",
    "said",
    "saying",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "allege",
    "alleges",
    "alleged",
    "alleging",
    "insist",
    "insists",
    "insisted",
    "told",
    "tells",
    "believe",
    "believes",
    "believed",
    "suspect",
    "suspects",
    "suspected",
    "fear",
    "fears",
    "feared",
    "according",
    "that",
}
_CONDITIONALS = {"if", "unless"}
_CONSEQUENT_MODALS = _MODALS | {"would", "will", "might"}
_HYPOTHETICAL = {"found", "caught", "discovered", "proven", "proved", "shown"}
# Conjecture verbs with a that-clause or a raised subject ("investigators suspect he was
# paid", "grounds to suspect that"): the claim as suspicion, hedged like the nouns below.
_CONJECTURE_VERBS = {"suspect", "suspects", "suspected", "fear", "fears", "feared"}
# Verbs that turn a conjecture into confirmed knowledge ("confirmed what its members had
# long suspected", "confirmed fears that"): the conjecture no longer hedges.
_CONFIRMING = ("confirm", "prove", "vindicat", "validat", "bore out", "borne out")
_CONFIRMING_RE = re.compile(r"\b(?:" + "|".join(_CONFIRMING) + ")")
# Inquiry nouns: "a price-fixing probe", "an investigation into suspected price-fixing"
# present the claim as an open suspicion (hedged).
_INQUIRY_NOUNS = {
    "probe",
    "probes",
    "investigation",
    "investigations",
    "inquiry",
    "inquiries",
    "enquiry",
    "enquiries",
}
# Negated evidence: "there is no evidence that", "saw nothing to suggest", "has no basis in
# evidence" deny the claim (FactBank CT- from the source; Saurí & Pustejovsky 2009).
_NO_EVIDENCE = re.compile(
    r"\b(?:no|not\s+(?:a\s+)?(?:any|single|shred\s+of)|nothing|without(?:\s+any)?)\s+"
    r"(?:\w+\s+){0,2}?(?:evidence|proof|sign|signs|indication|indications|basis|foundation|"
    r"truth|grounds|reason\s+to\s+believe|suggestion|to\s+suggest|to\s+show|"
    r"that\s+(?:would|could|might)\s+(?:suggest|indicate|show))\b",
    re.IGNORECASE,
)
# Negated relation to the agent after the claim: "caused by a fever unrelated to the
# vaccine", "had nothing to do with the dam", "not by doping".
_NEG_RELATION = re.compile(
    r"\b(?:unrelated|unconnected|not\s+(?:linked|related|connected|due|caused|of|by|from)|"
    r"nothing\s+to\s+do|rather\s+than|instead\s+of)\b",
    re.IGNORECASE,
)
# Conjecture nouns: the claim as speculation, suspicion or fear (hedged; Hyland 2005).
_CONJECTURE_NOUNS = {
    "speculation",
    "speculations",
    "suspicion",
    "suspicions",
    "fear",
    "fears",
    "concern",
    "concerns",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "possibility",
    "prospect",
    "prospects",
    "likelihood",
    "worries",
    "worry",
    "guesswork",
    "conjecture",
    "hypothesis",
    "theory",
}
_POSSIBILITY = {
    "possible",
    "potential",
    "likely",
    "probable",
    "suspected",
    "prospective",
    "presumed",
    "rumoured",
    "rumored",
    "possibly",
    "probably",
    "perhaps",
    "maybe",
    "apparently",
    "seemingly",
    "presumably",
    "conceivably",
    "feared",
}
# Doubt markers on the claim itself (WTW "words to watch"; Recasens et al. 2013).
_DOUBT = {
    "alleged",
    "allegedly",
    "purported",
    "purportedly",
    "so-called",
    "supposed",
    "supposedly",
    "ostensible",
    "ostensibly",
    "claimed",
    "unproven",
    "unverified",
    "unsubstantiated",
}
_WHAT_SAY = re.compile(
    r"\bwhat\s+(?:[\w’'.-]+\s+){1,4}?(?:say|says|said|claim|claims|claimed|alleged?|alleges|"
    r"call|calls|called|describe[sd]?|term(?:s|ed)?)\s+(?:is|are|was|were|has been|have been|"
    r"had been|to be|as)\b",
    re.IGNORECASE,
)
# Predicates that discredit a claim (MPQA strong negative; lexicons.md §4.4 DISMISSIVE).
_DISMISSIVE = {
    "groundless",
    "baseless",
    "unfounded",
    "false",
    "untrue",
    "fabricated",
    "fabrication",
    "fabrications",
    "fiction",
    "nonsense",
    "absurd",
    "ridiculous",
    "slander",
    "slanderous",
    "lie",
    "lies",
    "fake",
    "distorted",
    "hoax",
    "bogus",
    "speculative",
    "misinformation",
    "disinformation",
    "propaganda",
    "smear",
    "smears",
    "cover-up",
    "whitewash",
    "sham",
    "hysteria",
    "stunt",
    "invented",
    "concocted",
    "fantasy",
    "pretext",
    "myth",
    "fairy",
    "provocation",
    "shakedown",
    "witch-hunt",
    "scam",
    "grab",
}
_COPULA = {"is", "are", "was", "were", "be", "been", "being", "seem", "seems", "remain", "remains"}
_NONCOMMENT = re.compile(
    r"\b(?:declin|refus|refrain)\w*\s+(?:from\s+|to\s+)?comment\w*"
    r"|\b(?:did|does|do|would|will|could)\s*(?:n[’']t|\s+not)\s+(?:\w+\s+)?comment\w*"
    r"|\bno\s+comment\b|\bno\s+point\s+in\s+commenting\b|\bwithout\s+commenting\b"
    r"|\b(?:neither|not)\s+(?:to\s+)?confirm\w*\s+(?:n?or\s+)den\w+"
    r"|\bdon[’']t\s+comment|\bnot\s+to\s+comment\b"
    r"|\b(?:declin|refus)\w*\s+to\s+(?:say|discuss|confirm|elaborate|answer)\b"
    r"|\b(?:has|have|had)\s*(?:n[’']t|\s+not)\s+(?:yet\s+|publicly\s+)?comment\w*"
    r"|\bnot\s+(?:immediately\s+)?(?:respond|reply|return)\w*\s+(?:to\s+)?(?:\w+\s+)?"
    r"(?:requests?|calls?|messages?|emails?)\s+(?:\w+\s+)?(?:for|seeking)\s+comment\b"
    r"|\bcould\s*(?:n[’']t|\s+not)\s+be\s+reached\s+for\s+comment\b"
    r"|\b(?:could\s*n[’']t|could\s+not|cannot|can[’']t|(?:was|were|is|are|been)\s+unable\s+to|"
    r"not\s+(?:been\s+)?able\s+to)\s+(?:\w+ly\s+)?(?:verify|confirm|corroborate)\w*",
    re.IGNORECASE,
)
# Every _NONCOMMENT match contains one of these words (case-insensitively), so a span
# without them is not scanned (:func:`_noncomments`).
_NONCOMMENT_WORDS = ("comment", "confirm", "declin", "refus", "verify", "corroborate")
# Letters that re.IGNORECASE matches to an ASCII letter but str.lower() does not map to it
# (the Kelvin sign does lower-case to "k"); a span with one is always scanned.
_IGNORECASE_EXTRA = ("İ", "ı", "ſ")


def _noncomments(text: str, start: int, end: int) -> list[re.Match]:
    """The matches of ``_NONCOMMENT.finditer(text, start, end)`` (``0 <= start``).

    Most sentences contain none of :data:`_NONCOMMENT_WORDS`; a substring test on the
    lower-cased span is several times cheaper than the scan.
    """
    seg = text[start:end]
    low = seg.lower()
    if not any(w in low for w in _NONCOMMENT_WORDS) and not any(
        c in seg for c in _IGNORECASE_EXTRA
    ):
        return []
    return list(_NONCOMMENT.finditer(text, start, end))


# What an unverified account is about: "could not independently verify who was responsible"
_VERIFY_TOPIC = re.compile(
    r"\s+(?:who|whether|the\s+(?:claims?|reports?|allegations?|accounts?|accusations?))\b",
    re.IGNORECASE,
)
# Negated possibility before the claim: "it is simply not possible for staff to change
# those times", "impossible for anyone to have", "there is no way that" (a denial, CT-).
_NOT_POSSIBLE = re.compile(
    r"\b(?:not\s+(?:\w+\s+)?(?:possible|able)|impossible|no\s+way)\b", re.IGNORECASE
)
# A conditional right after a label: "the allegations, if proved, could cost"
_POST_CONDITIONAL = re.compile(
    r"\s*,\s*(?:if|unless)\s+(?:\w+\s+){0,3}?(?:proved|proven|confirmed|true|substantiated|"
    r"established|verified|correct|accurate|upheld)\b",
    re.IGNORECASE,
)
_QUESTION_FRAME = {"whether"}
_FRONTED_SUB = {
    "when",
    "while",
    "whilst",
    "although",
    "though",
    "as",
    "since",
    "because",
    "if",
    "unless",
    "after",
    "before",
    "whereas",
    "asked",
    "pressed",
    "speaking",
    "questioned",
    "despite",
    "amid",
}
_PRONOUNS = {"it", "this", "that", "them"}

# Fallback reporting-cue lexicon, used only when framing.attribution is unavailable, and
# to supplement its records. Classes follow gold/GUIDELINES.md Layer 1 and lexicons.md §4.3.
_FALLBACK_CUES = {
    "neutral": [
        "say",
        "said",
        "tell",
        "told",
        "add",
        "report",
        "reportedly",
        "announce",
        "explain",
        "note",
        "state",
        "stated",
        "according to",
        "estimate",
        "believe",
        "think",
        "assess",
        "assessment",
        "write",
        "wrote",
        "publish",
    ],
    "distancing": [
        "claim",
        "assert",
        "insist",
        "maintain",
        "allege",
        "allegation",
        "accuse",
        "accusation",
        "contend",
        "argue",
        "speculation",
        "suspicion",
        "charge",
    ],
    "endorsing": [
        "confirm",
        "show",
        "reveal",
        "acknowledge",
        "admit",
        "prove",
        "demonstrate",
        "establish",
        "verify",
    ],
    "denial": [
        "deny",
        "denial",
        "dismiss",
        "reject",
        "refute",
        "rebut",
        "dispute",
        "describe as false",
    ],
    "evaluative": [
        "describe",
        "label",
        "call",
        "hail",
        "laud",
        "warn",
        "vow",
        "pledge",
        "promise",
        "assure",
        "condemn",
        "criticize",
        "criticise",
        "voice concern",
        "voiced concern",
        "cite",
    ],
}
_FALLBACK_TERMS = [
    (cls, t) for cls, words in _FALLBACK_CUES.items() for t in _parse_pattern("|".join(words))
]
_FALLBACK_KEY = tuple(t for _, t in _FALLBACK_TERMS)
# each term also as a one-term tuple, built once (the term index is found by identity)
_FALLBACK_ONE = [(cls, t, (t,)) for cls, t in _FALLBACK_TERMS]
# position of each term in _FALLBACK_ONE, by identity (the term index holds these objects)
_FALLBACK_POS = {id(t): k for k, (_, t, _) in enumerate(_FALLBACK_ONE)}
_DISTANCING_NOUNS = {
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "assertion",
    "assertions",
    "speculation",
    "suspicion",
    "suspicions",
}

_REPORT_NOUNS = {
    "report",
    "reports",
    "assessment",
    "assessments",
    "estimate",
    "estimates",
    "finding",
    "findings",
    "intelligence",
}

_RANK = {
    "denial": 5,
    "distancing": 4,
    "neutral": 2,
    "endorsing": 2,
    "evaluative": 1,
    "non-comment": 0,
}


# --------------------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------------------


@dataclass
class _Mention:
    claim_id: str
    kind: str  # explicit | anaphoric
    i: int  # first unit
    j: int  # one past last unit
    head: int  # unit index of the predicate / label head
    start: int
    end: int


_STRONG_BOUNDARY = re.compile(r";|:(?!\s*[“\"‘'])|[.!?]\s+[A-Z]")


def _between_ok(text: str, a: int, b: int) -> bool:
    """No strong clause boundary (``;``, sentence-internal colon, new sentence) in text[a:b]."""
    return not _STRONG_BOUNDARY.search(text[a:b])


def _origin_foreign(text: str, units, claim, k: int) -> bool:
    """True when unit ``k`` is a hyphenated non-agent origin ('Western-supplied')."""
    if k <= 0:
        return False
    prev, cur = units[k - 1], units[k]
    joined = text[prev.end : cur.start] in {"-", "–"}
    return joined and not _find(claim.agent, units, k - 1, k)


def _explicit_mentions(
    doc, units: list[_Unit], claim: Claim, active: bool, seen: bool = False
) -> list[_Mention]:
    """Explicit mentions of ``claim`` among a sentence's units.

    ``active``: the claim was mentioned in the last few sentences; ``seen``: it was
    mentioned earlier in the document. Either makes an agentless passive of the action
    on the object ("ballots were deliberately discarded", "the intrusion was carried
    out by a unit ...") a mention: the agent is recoverable from the discourse, as in
    FactBank's treatment of event mentions whose source is inherited from context
    (Saurí & Pustejovsky 2009).
    """
    text = doc.text
    n = len(units)
    actions = _find(claim.action, units)
    uses = _find(claim.recipient_action, units)
    trans = _find(claim.transaction, units)
    if not (actions or uses or trans):
        return []  # every mention below is anchored on one of these
    agents = _find(claim.agent, units)
    recips = _find(claim.recipient, units)
    objects = _find(claim.object, units)
    agent_idx = {i for a, b in agents for i in range(a, b)}
    recip_idx = {i for a, b in recips for i in range(a, b)}
    mentions: list[_Mention] = []

    def add(i, j, head):
        if any(m.i <= head < m.j for m in mentions):
            return
        mentions.append(
            _Mention(claim.claim_id, "explicit", i, j, head, units[i].start, units[j - 1].end)
        )

    def slot_after(k, preps, pool, window=6, skip=0):
        """Unit index of a ``prep + pool`` phrase within ``window`` units after ``k``;
        ``skip`` modifier units may stand between the preposition and the pool term
        ("stolen by Russian-speaking hackers")."""
        for q in range(k + 1, min(n - 1, k + window + 1)):
            if units[q].lower in preps:
                for r in range(q + 1, min(n, q + 2 + skip)):
                    if r in pool:
                        return r
                    if units[r].lower in preps:
                        break
        return None

    def origin_before(k, window=3, floor=0):
        """Agent as prenominal modifier/possessive within ``window`` units before ``k``."""
        return any(q in agent_idx for q in range(max(floor, k - window), k))

    def foreign_from(k, window=8, passive=False):
        """A from/by phrase after ``k`` names a non-agent origin ("shells from Iran").
        After a passive, "from" + a common noun phrase is a place ("taken from the
        site"), not an origin."""
        for q in range(k + 1, min(n - 1, k + window + 1)):
            if units[q].lower in {"from", "by"}:
                if (
                    passive
                    and units[q].lower == "from"
                    and units[q + 1].lower in {"the", "a", "an", "its", "their", "his", "her"}
                ):
                    return False
                return (q + 1) not in agent_idx
        return False

    # 1. supply-side clause: action ... object, with an agent subject or a recipient slot.
    for a, b in actions:
        objs_after = [
            (p, r)
            for p, r in objects
            if b <= p <= b + 8 and _between_ok(text, units[a].start, units[p].start)
        ]
        objs_before = [(p, r) for p, r in objects if r == a or r == a - 1]
        # agentless passive: object + auxiliaries/negation/adverbs + participle
        # ("ballots had not been destroyed", "results were allegedly kept from")
        passive_before = [
            (p, r)
            for p, r in objects
            if r < a <= r + 5
            and units[a].lower.endswith(_PARTICIPLE_ENDINGS)
            and any(units[q].lower in _PASSIVE_AUX for q in range(r, a))
            and all(
                units[q].lower in _AUX
                or units[q].lower in _NEGATORS
                or units[q].lower in _DEGREE
                or units[q].lower.endswith("ly")
                for q in range(r, a)
            )
            and _between_ok(text, units[p].start, units[a].start)
        ]
        if _origin_foreign(text, units, claim, a):
            continue
        # recipient in a dative slot: "supplying Russia with", "sent Russia", "to Russia"
        dative = b in recip_idx or (b + 1 < n and units[b].lower in {"the"} and b + 1 in recip_idx)
        to_recip = slot_after(a, {"to", "for"}, recip_idx, 12) is not None
        by_agent = slot_after(a, {"by", "from", "between"}, agent_idx, 10, skip=2) is not None
        prior_agents = [q for q in agent_idx if q < a and a - q <= 30]
        q = a - 1
        while q >= 0 and (units[q].lower in _AUX or units[q].lower.endswith("ly")):
            q -= 1
        subj_agent = bool(prior_agents) and not (q >= 0 and q in recip_idx and q not in agent_idx)
        # an idiomatic action of three or more words is a whole predicate ("the regulator was
        # asleep at the wheel", "the watchdog simply looked the other way"): its subject agent
        # suffices, no object is needed
        if b - a >= 3 and q >= 0 and q in agent_idx:
            add(next(i for i, j in agents if i <= q < j), b, a)
            continue
        if objs_after:
            p, r = objs_after[0]
            if subj_agent or dative or to_recip or by_agent:
                # the clause's subject agent belongs to the mention ("possible that the
                # booster had triggered seizures"), so operators before it are in reach
                first = a
                if q >= 0 and q in agent_idx:
                    first = next(i for i, j in agents if i <= q < j)
                add(min(first, p), max(b, r), a)
                continue
        if objs_before:
            p, r = objs_before[0]
            # transfer noun phrase: "missile deliveries", "weapons provided ... by North Korea"
            if (
                origin_before(p)
                or by_agent
                or to_recip
                or subj_agent
                or (agent_idx and not foreign_from(a))
            ):
                add(p, b, a)
                continue
            if active and not foreign_from(a) and not _origin_foreign(text, units, claim, p):
                add(p, b, a)
                continue
        by_agent_far = slot_after(b - 1, {"by"}, agent_idx, 3, skip=6) is not None
        # the passive is the content of a report in the same sentence ("allies say he was
        # poisoned", "saying the figure was looted"): the reported event is the claim's
        reported = bool(passive_before) and any(
            units[q].lower in _REPORT_FORMS
            for q in range(max(0, passive_before[0][0] - 4), passive_before[0][0])
        )
        if (
            passive_before
            and (active or seen or by_agent_far or reported)
            and (by_agent_far or not foreign_from(b - 1, passive=True))
        ):
            p, r = passive_before[0]
            add(p, b, a)
            continue
        # "transfer of weapons", "deliveries of shells"
        if b < n and units[b].lower == "of":
            ofs = [(p, r) for p, r in objects if b < p <= b + 4]
            if ofs and not foreign_from(a):
                p, r = ofs[0]
                if agent_idx or recip_idx or active:
                    add(a, r, a)
                    continue
    # 2. recipient-side: use/import/receive ... object of North Korean origin.
    for a, b in uses:
        objs_after = [
            (p, r)
            for p, r in objects
            if b <= p <= b + 8 and _between_ok(text, units[a].start, units[p].start)
        ]
        objs_before = [(p, r) for p, r in objects if a - 4 <= r <= a]
        for p, r in objs_after:
            if (
                origin_before(p, floor=b)
                or slot_after(r - 1, {"from", "by"}, agent_idx, 6) is not None
            ):
                add(a, r, a)
                break
        else:
            for p, r in objs_before:
                if origin_before(p):
                    add(p, b, a)
                    break
    # 3. transaction terms that name the transfer on their own. They are nouns: a verbal
    # -ing/-ed form ("the similarity was striking" for "strike") is not one.
    literal = (
        {o.lower() for t in claim.transaction for opts in t.slots for o in opts} if trans else ()
    )
    for a, b in trans:
        w = units[b - 1].lower
        if w.endswith(("ing", "ed")) and not any(
            o == w or (o.endswith("*") and w.startswith(o[:-1])) for o in literal
        ):
            continue
        if a > 0 and (a - 1) in recip_idx and (a - 1) not in agent_idx:
            continue  # "Russian military help": the other direction
        if slot_after(b - 1, {"to"}, agent_idx, 2) is not None:
            continue
        # the event noun as subject of the action on the object: "air strike hit crowded market"
        subj_event = any(
            b <= a2 <= b + 1 and any(b2 <= p <= b2 + 4 for p, _ in objects) for a2, b2 in actions
        )
        if agent_idx or recip_idx or active or subj_event:
            add(a, b, a)
    mentions.sort(key=lambda m: m.i)
    return mentions


_LABEL_GAP_PUNCT = re.compile(r"[,;:.!?()“”\"]")


def _anaphoric_mentions(units, claim, text: str = "") -> list[_Mention]:
    """Anaphoric labels of ``claim``; a determiner + noun label also matches with one or
    two modifiers between them ("the whistleblower's account", "these baseless attacks",
    "the police narrative"), provided no punctuation intervenes."""
    found = _find(claim.anaphora, units)
    covered = {q for i, j in found for q in range(i, j)}
    n = len(units)
    # both rules below need a unit matching the label's head word
    labels = [t for t in claim.anaphora if len(t.slots) == 2 and _may_match(t.slots[1], units)]
    for term in labels:
        det, head = map(_slot_tests, term.slots)
        for i in range(n):
            if i in covered or not _slot_matches(det, units[i]):
                continue
            for k in (1, 2):
                j = i + 1 + k
                if j >= n or _slot_matches(head, units[j - 1]):
                    break
                if text and _LABEL_GAP_PUNCT.search(text[units[i].end : units[j].start]):
                    break
                if _slot_matches(head, units[j]):
                    found.append((i, j + 1))
                    covered.update(range(i, j + 1))
                    break
    # a bare label under a dismissive modifier: "based on fabricated claims"
    for term in labels:
        for q in range(1, n):
            if (
                q not in covered
                and units[q - 1].lower in _DISMISSIVE
                and _slot_matches(_slot_tests(term.slots[1]), units[q])
            ):
                found.append((q - 1, q + 1))
                covered.update((q - 1, q))
    found.sort()
    return [
        _Mention(claim.claim_id, "anaphoric", i, j, j - 1, units[i].start, units[j - 1].end)
        for i, j in found
    ]


# --------------------------------------------------------------------------------------
# Attribution and cue records
# --------------------------------------------------------------------------------------


def _subject_before(units, k: int) -> tuple[int, int, str]:
    """Crude subject of a verb at unit ``k``: the nearest capitalised run or pronoun before it."""
    skip = {
        "has",
        "have",
        "had",
        "also",
        "repeatedly",
        "then",
        "later",
        "already",
        "again",
        "openly",
        "publicly",
        "both",
        "all",
        "is",
        "was",
        "were",
        "are",
        "been",
        "had",
    }
    q = k - 1
    while q >= 0 and units[q].lower in skip:
        q -= 1
    if q < 0:
        return -1, -1, ""
    u = units[q]
    if u.lower in {"he", "she", "they", "we", "it", "i"}:
        return u.start, u.end, u.text
    if u.text[:1].isupper() or u.lower in {"officials", "government", "ministry"}:
        r = q
        while (
            r - 1 >= 0
            and (
                units[r - 1].text[:1].isupper()
                or units[r - 1].lower in {"of", "and", "the", "for", "s"}
            )
            and q - r < 6
        ):
            r -= 1
        while r < q and units[r].lower in {"of", "and", "the", "for"}:
            r += 1
        return units[r].start, u.end, None
    return -1, -1, ""


def _fallback_matches(units) -> list[tuple[int, list[tuple[int, int]]]]:
    """``(k, spans)`` for each built-in cue term ``_FALLBACK_ONE[k]`` that occurs in
    ``units``, in lexicon order; ``spans`` are those of ``_find((term,), units)``.

    One pass over the units with the whole lexicon's index finds where each term can
    start (a term can start only where it is among the unit's candidates), so only
    those positions are tried, instead of a scan of the sentence per term.
    """
    idx = _term_index(_FALLBACK_KEY)
    memo_get = idx[3].get
    starts: dict[int, list[int]] = {}  # lexicon position of a term -> where it can start
    for i, u in enumerate(units):
        cands = memo_get(u.forms)
        if cands is None:
            cands = _candidates(idx, u.forms)
        for t in cands:
            k = _FALLBACK_POS.get(id(t))
            if k is not None:
                pos = starts.setdefault(k, [])
                if not pos or pos[-1] != i:
                    pos.append(i)
    out = []
    for k in sorted(starts):
        term = _FALLBACK_ONE[k][1]
        spans, i = [], 0
        for p in starts[k]:
            if p < i:
                continue  # inside the previous match
            n = term.match_at(units, p)
            if n:
                spans.append((p, p + n))
                i = p + n
            else:
                i = p + 1
        if spans:
            out.append((k, spans))
    return out


def _fallback_attributions(doc, sid: int, units: list[_Unit], classes=None) -> list[dict]:
    """Minimal reporting-cue records (schema of framing.attribution) for one sentence.

    ``classes``: only the cues of these classes (default: all). Each term's records
    depend on that term alone, so the records of some classes are the subsequence of
    the full list with those classes.
    """
    recs = []
    for k, spans in _fallback_matches(units):
        cls, term, _ = _FALLBACK_ONE[k]
        if classes is not None and cls not in classes:
            continue
        for i, j in spans:
            u0, u1 = units[i], units[j - 1]
            lemma = term.raw
            if lemma in {
                "state",
                "note",
                "charge",
                "call",
                "show",
                "report",
                "claim",
                "assessment",
            }:
                # ambiguous nouns/verbs: need a verb form or a "that"-complement
                nxt = units[j].lower if j < len(units) else ""
                if not (u1.lower != lemma or nxt in {"that", "of", "from", "by", "among"}):
                    continue
            if lemma == "maintain" and j < len(units) and units[j].lower not in {"that"}:
                if not re.match(r"\s*[,]", doc.text[u1.end : u1.end + 2]):
                    continue
            s, e, stext = -1, -1, ""
            if lemma == "according to":
                k = j
                while k < len(units) and not re.search(
                    r"[,;]", doc.text[units[k - 1].end : units[k].start]
                ):
                    k += 1
                if k > j:
                    s, e = units[j].start, units[k - 1].end
            else:
                s, e, stext = _subject_before(units, i)
                if u1.lower in _DISTANCING_NOUNS or lemma in {"speculation", "suspicion"}:
                    src = [
                        q
                        for q in range(j, min(len(units) - 1, j + 2))
                        if units[q].lower in {"among", "by", "from"}
                    ]
                    if src:
                        q = src[0] + 1
                        r = q
                        while r + 1 < len(units) and units[r + 1].text[:1].isupper():
                            r += 1
                        s, e = units[q].start, units[r].end
                    elif i > 0 and units[i - 1].text[:1].isupper():
                        s, e = units[i - 1].start, units[i - 1].end
                    else:
                        s, e = -1, -1
            stext = doc.text[s:e] if s >= 0 else ""
            recs.append(
                {
                    "doc_id": doc.doc_id,
                    "sentence_id": sid,
                    "cue_start": u0.start,
                    "cue_end": u1.end,
                    "cue": doc.text[u0.start : u1.end],
                    "cue_lemma": lemma,
                    "cue_class": cls,
                    "source_start": s,
                    "source_end": e,
                    "source_text": stext,
                    "source_canonical": stext or "Unspecified",
                    "affiliation": "unresolved" if stext else "Unspecified",
                    "direct_quote": False,
                    "content_start": -1,
                    "content_end": -1,
                    "quoted_words": 0,
                }
            )
    return recs


def _default_attributions(doc) -> list[dict] | None:
    try:
        from framing.attribution import find_attributions  # noqa: PLC0415
    except ImportError:
        return None
    return list(find_attributions(doc))


def _default_cues(doc) -> list[dict]:
    try:
        from framing.lexicons import find_cues  # noqa: PLC0415
    except ImportError:
        return []
    # only hedge cues are read (``_mention_ops``); loading the other lexicons is wasted work
    return list(find_cues(doc, ["hedges"]))


# --------------------------------------------------------------------------------------
# Status of one mention
# --------------------------------------------------------------------------------------


@dataclass
class _Op:
    status: str
    start: int
    end: int
    source: str | None
    main: bool = True
    rank: int = 0
    depth: int = 0  # higher = closer to the claim


_CLAUSE_BOUNDARY = re.compile(
    r";|,\s+(?:raising|prompting|sparking|adding|saying|noting|citing|"
    r"while|whereas|but|although|though)\b"
)


def _boundary_between(text: str, a: int, b: int) -> bool:
    """A clause boundary that ends a reporting cue's scope: ``;`` or ``, <verb>-ing``."""
    return bool(_CLAUSE_BOUNDARY.search(text[a:b]))


_LABEL_NOUNS = _DISTANCING_NOUNS | _CONJECTURE_NOUNS


def _scopes(att: dict, m: _Mention, text: str, units) -> bool:
    """Does attribution ``att`` scope over mention ``m``?"""
    cs, ce = att.get("content_start", -1), att.get("content_end", -1)
    cue_s, cue_e = att["cue_start"], att["cue_end"]
    lemma = str(att.get("cue_lemma", "")).lower()
    cue_word = text[cue_s:cue_e].lower().replace("’", "'")
    if cs is not None and ce is not None and cs >= 0 and ce > cs:
        if cs < m.end and m.start < ce:
            return True
    # nominal cue right after the claim NP: "arms trade allegations"
    if cue_word.split()[-1:] and cue_word.split()[-1] in _LABEL_NOUNS:
        if 0 <= cue_s - m.end <= 3:
            return True
    if lemma in {"according to", "reportedly"}:
        return not _boundary_between(text, min(cue_e, m.end), max(cue_s, m.start))
    if cue_s >= m.end and att.get("cue_class") != "denial":
        # a short final or "as X maintains" clause governs the claim, whatever content
        # span the attribution layer gave the cue
        return _reporting_tail(text, m.end, cue_s, cue_e)
    if cs is not None and cs >= 0 and ce > cs:
        return False
    if cue_e <= m.start:
        return not _boundary_between(text, cue_e, m.start) and _between_ok(text, cue_e, m.start)
    return False


_CLAUSE_END = re.compile(r"[,;]|[.!?](?:\s|$)")
_WORD = re.compile(r"\w+")


def _reporting_tail(text: str, m_end: int, cue_s: int, cue_e: int) -> bool:
    """Cue in a short clause after the claim: '..., Kirby said.', '..., as Seoul maintains,'."""
    seg_start = max(
        text.rfind(",", m_end, cue_s), text.rfind("”", m_end, cue_s), text.rfind('"', m_end, cue_s)
    )
    if seg_start < 0 or not _between_ok(text, m_end, cue_s):
        return False
    nxt = _CLAUSE_END.search(text[cue_e:])
    seg_end = cue_e + (nxt.start() if nxt else len(text) - cue_e)
    seg = text[seg_start + 1 : seg_end]
    words = _WORD.findall(seg)
    if not words or len(words) > 12:
        return False
    final = nxt is None or text[cue_e + nxt.start()] in ".!?"
    return final or words[0].lower() == "as"


def _in_fronted_subordinate(text: str, sent_start: int, units, m: _Mention) -> bool:
    if not units or units[0].lower not in _FRONTED_SUB:
        return False
    comma = text.find(",", units[0].end)
    return comma != -1 and m.end <= comma


def _confirmed(text: str, floor: int, at: int) -> bool:
    """A confirming verb governs the conjecture word at ``at`` ("confirmed what its members
    had long suspected", "confirmed fears that"): no hedge."""
    seg = text[max(floor, at - 50) : at].lower()
    if ";" in seg:
        seg = seg[seg.rfind(";") + 1 :]
    return _CONFIRMING_RE.search(seg) is not None


_FOR_THAT = re.compile(r"\s+(?:for|that)\b")
# the claim's predicate before a negated-evidence phrase: "X has no basis", "X is without"
_PREDICATE_END = re.compile(
    r"\b(?:has|have|had|is|are|was|were|holds?|carr(?:y|ies))"
    r"(?:[^,;]{0,40}\s+and)?\s*[“\"‘']?\s*$"
)
_COMMA_SEMI_COLON = re.compile(r"[,;:]")
_CONFIRMED_CONJ = _CONJECTURE_VERBS | _CONJECTURE_NOUNS | _POSSIBILITY


# a prepositional post-modifier between a nominal mention and its predicate
_POSTMODIFIER = re.compile(r"\s+(?:from|to|of|by|between|for|in|with)\s[^,;:.!?“”\"]*\s")
# words that end a passive subject when scanning back from its verb
_SUBJECT_STOP = frozenset(
    {"that", "and", "but", "or", "because", "if", "when", "while", "which", "who", "whether"}
)


# "Asked whether X, Y said: “Absolutely not.”": the answer to the question denies X
_NEGATIVE_ANSWER_RE = re.compile(
    r"[\s,:–—-]*[“\"‘']?\s*(?:no|absolutely not|certainly not|definitely not|of course not|"
    r"not at all|not true|never|nonsense|that is not true|that's not true)\b",
    re.IGNORECASE,
)


def _negative_answer(text: str, sent, units, q: int, m: _Mention, atts) -> _Op | None:
    """A denial when the question frame at unit ``q`` is a fronted "Asked whether ..."
    and the reporting cue of the main clause introduces a negative answer."""
    if q > 3 or units[0].lower != "asked":
        return None
    for a in atts:
        if a["cue_start"] <= m.end or a.get("cue_class") == "non-comment":
            continue
        if _NEGATIVE_ANSWER_RE.match(text, a["cue_end"], sent.end):
            src = a.get("source_canonical") or "Unspecified"
            return _Op("denied", a["cue_start"], a["cue_end"], src, rank=5)
    return None


def _mention_ops(
    doc, sid, units, m: _Mention, atts, cues, claim_active_prev, claim=None
) -> list[_Op]:
    text = doc.text
    claim_agent = claim.agent if claim is not None else ()
    sent = doc.sentences[sid]
    ops: list[_Op] = []
    k0 = m.i
    head = m.head
    scoping = [a for a in atts if _scopes(a, m, text, units)]
    # a fronted conditional clause ("If the strike is confirmed, ...") is hypothetical: its
    # cues do not scope over the main clause, and a sourceless verification verb in it
    # ("is confirmed", "are proved") is not an attribution at all
    cond_end = None
    if units[0].lower in _CONDITIONALS:
        c = text.find(",", units[0].end, sent.end)
        cond_end = c if c != -1 else None
    if cond_end is not None:
        scoping = [
            a
            for a in scoping
            if not (
                a["cue_start"] < cond_end
                and (m.start > cond_end or a.get("source_canonical") in (None, "Unspecified"))
            )
        ]
    # --- attributions
    for a in scoping:
        cls = a.get("cue_class", "neutral")
        src = a.get("source_canonical") or "Unspecified"
        if cls == "denial":
            ops.append(_Op("denied", a["cue_start"], a["cue_end"], src, rank=5))
        elif cls == "distancing":
            word = text[a["cue_start"] : a["cue_end"]].lower()
            if word in _CONJECTURE_NOUNS or word in _CONJECTURE_VERBS:
                if _confirmed(text, sent.start, a["cue_start"]):
                    continue  # "confirmed what its members had long suspected"
                ops.append(_Op("hedged", a["cue_start"], a["cue_end"], src, rank=3, depth=2))
            ops.append(_Op("attributed-distanced", a["cue_start"], a["cue_end"], src, rank=2))
        elif cls == "non-comment":
            cue_m = _Mention("", "", 0, 0, 0, a["cue_start"], a["cue_end"])
            if _in_fronted_subordinate(
                text, sent.start, units, cue_m
            ) and not _in_fronted_subordinate(text, sent.start, units, m):
                continue
            ops.append(_Op("other", a["cue_start"], a["cue_end"], src, rank=4))
        else:
            ops.append(
                _Op("attributed", a["cue_start"], a["cue_end"], src, rank=1, depth=-a["cue_start"])
            )
    # denial cues after the mention: passive ("were denied") is main; active is appositive.
    for a in atts:
        if a.get("cue_class") != "denial" or a in scoping or a["cue_start"] < m.end:
            continue
        before = text[max(sent.start, a["cue_start"] - 12) : a["cue_start"]].lower().split()
        passive = bool(before) and before[-1] in {"was", "were", "been", "is", "are", "be"}
        if _between_ok(text, m.end, a["cue_start"]):
            ops.append(
                _Op(
                    "denied",
                    a["cue_start"],
                    a["cue_end"],
                    a.get("source_canonical") or "Unspecified",
                    main=passive,
                    rank=5,
                )
            )
    inner_src = None
    if scoping:
        inner = max(scoping, key=lambda a: a["cue_start"] if a["cue_start"] < m.start else -1)
        inner_src = inner.get("source_canonical") or "Unspecified"
        # a claim inside a direct quotation is the quoted speaker's
    # --- dismissive predicate after the claim ("reports ... were 'groundless'")
    for q in range(m.j, len(units)):
        if units[q].lower in _DISMISSIVE:
            pre = [u.lower for u in units[m.j : q]]
            if any(w in _COPULA for w in pre[-4:]) or (pre and pre[-1] == "as"):
                ops.append(_Op("denied", units[q].start, units[q].end, inner_src, rank=5))
                break
        if ";" in text[units[q - 1].end if q > 0 else 0 : units[q].start]:
            break
    framing_cue = any(
        str(a.get("cue_lemma", "")).lower()
        in {"call", "describe", "label", "term", "brand", "dismiss"}
        and a["cue_end"] <= m.start
        for a in atts
    )
    if framing_cue and not any(o.status == "denied" for o in ops):
        for q in range(m.j, min(len(units), m.j + 8)):
            if units[q].lower in _DISMISSIVE and _between_ok(text, m.end, units[q].start):
                ops.append(_Op("denied", units[q].start, units[q].end, inner_src, rank=5))
                break
    # dismissive modifier before or inside the label: "baseless allegations", "false
    # claims", "these baseless attacks"
    inside = list(range(k0, m.j - 1)) if m.kind == "anaphoric" else []
    for q in list(range(max(0, k0 - 2), k0)) + inside:
        if units[q].lower in _DISMISSIVE:
            ops.append(
                _Op("denied", units[q].start, units[q].end, inner_src or "Unspecified", rank=5)
            )
    # --- negated claim predicate: "has not supplied", "never sent"; a negative
    # determiner on a passive subject: "no valid ballot had been destroyed"
    if m.kind == "explicit":
        lo = min(head - 3, m.i - 2)
        if any(units[q].lower in _PASSIVE_AUX for q in range(max(0, head - 3), head)):
            # a negative determiner on the passive subject: "no rope was ever attached",
            # "that no North Korean missiles were delivered"
            for q in range(head - 1, max(-1, head - 8), -1):
                if units[q].lower in _SUBJECT_STOP:
                    break
                if units[q].lower in {"no", "not", "none"}:
                    lo = min(lo, q)
                    break
        # "not a single euro was paid", "not one bullet was fired"
        while lo > 0 and units[lo].lower in {"a", "single", "one"}:
            lo -= 1
        for q in range(max(0, lo), head):
            if (
                units[q].lower in _NEGATORS
                or units[q].lower in {"nobody", "none", "neither", "nor"}
                or units[q].lower.endswith("n't")
            ):
                ops.append(_Op("denied", units[q].start, units[q].end, inner_src, rank=5))
                break
        else:
            # negated nominal mention: "had not been involved in any collision", "never
            # took part in any cartel"
            q = m.i - 1
            gap = 0
            while (
                q >= 0
                and gap < 6
                and (
                    units[q].lower in _AUX
                    or units[q].lower
                    in {
                        "any",
                        "a",
                        "an",
                        "such",
                        "in",
                        "of",
                        "part",
                        "involved",
                        "involvement",
                        "taken",
                        "took",
                        "take",
                        "kind",
                    }
                    or units[q].lower.endswith("ly")
                )
            ):
                if units[q].lower in _NEGATORS:
                    break
                q -= 1
                gap += 1
            if (
                q >= 0
                and q < m.i - 1
                and (units[q].lower in _NEGATORS or units[q].lower.endswith("n't"))
                and any(units[r].lower == "any" for r in range(q + 1, m.i))
            ):
                ops.append(_Op("denied", units[q].start, units[q].end, inner_src, rank=5))
    # --- negated possibility before the claim: "not possible for staff to go back and
    # change those times"
    for mt in _NOT_POSSIBLE.finditer(text, max(sent.start, m.start - 60), m.start):
        seg = text[mt.end() : m.start]
        if (
            _FOR_THAT.match(seg)
            and _between_ok(text, mt.end(), m.start)
            and "," not in seg
            and ";" not in seg
        ):
            ops.append(_Op("denied", mt.start(), mt.end(), inner_src, rank=5))
            break
    # --- negated evidence before or after the claim: "there is no evidence that X",
    # "saw nothing to suggest X", "X has no basis in evidence"
    for mt in _NO_EVIDENCE.finditer(text, max(sent.start, m.start - 80), sent.end):
        if mt.end() <= m.start:
            ok = _between_ok(text, mt.end(), m.start) and not _boundary_between(
                text, mt.end(), m.start
            )
        elif mt.start() >= m.end:
            # predicate of the claim: "X has no basis", "X is without foundation"
            seg = text[m.end : mt.start()]
            ok = (
                len(seg) <= 60
                and _between_ok(text, m.end, mt.start())
                and "," not in seg
                and ";" not in seg
                and _PREDICATE_END.search(seg) is not None
            )
        else:
            ok = False
        if ok:
            ops.append(_Op("denied", mt.start(), mt.end(), inner_src, rank=5))
            break
    # --- negated relation to the agent after the claim: "caused by a fever unrelated to
    # the vaccine", "the result of a dry winter, not of the dam"
    agent_spans = _find(claim_agent, units, m.j) if claim_agent else []
    for a_i, _a_j in agent_spans:
        seg_s, seg_e = m.end, units[a_i].start
        if seg_e - seg_s > 80 or not _between_ok(text, seg_s, seg_e):
            continue
        rel = list(_NEG_RELATION.finditer(text, seg_s, seg_e))
        if rel and seg_e - rel[-1].end() <= 12:
            ops.append(_Op("denied", rel[-1].start(), rel[-1].end(), inner_src, rank=5))
            break
    # --- non-comment (sentence-level, but not across the main/fronted-subordinate divide)
    sub_m = _in_fronted_subordinate(text, sent.start, units, m)
    for mt in _noncomments(text, sent.start, sent.end):
        sub_c = _in_fronted_subordinate(
            text, sent.start, units, _Mention("", "", 0, 0, 0, mt.start(), mt.end())
        )
        if sub_c and not sub_m:
            continue
        src = None
        k = next((q for q, u in enumerate(units) if u.start >= mt.start()), None)
        if k is not None:
            s, e, stext = _subject_before(units, k)
            src = text[s:e] if s >= 0 else None
        src = next(
            (
                a.get("source_canonical")
                for a in atts
                if a.get("cue_class") == "non-comment"
                and a["cue_start"] >= mt.start() - 2
                and a["cue_start"] < mt.end()
            ),
            src,
        )
        ops.append(_Op("other", mt.start(), mt.end(), src or "Unspecified", rank=4))
    # --- questions
    if text[sent.start : sent.end].rstrip("”\"’' ").endswith("?") and not doc.in_quote(
        m.start, m.end
    ):
        ops.append(_Op("other", sent.end - 1, sent.end, inner_src, rank=4))
    for q in range(max(0, k0 - 15), k0):
        # an indirect question scopes over its clause: "investigating whether alfalfa sprouts
        # from a local grower are behind the outbreak"; a comma ends a long one
        if (
            units[q].lower in _QUESTION_FRAME
            and _between_ok(text, units[q].end, m.start)
            and (k0 - q <= 6 or not _COMMA_SEMI_COLON.search(text[units[q].end : m.start]))
        ):
            answer = _negative_answer(text, sent, units, q, m, atts)
            if answer is not None:
                ops.append(answer)  # "Asked whether she had doped, her coach said: 'No.'"
            else:
                ops.append(_Op("other", units[q].start, units[q].end, inner_src, rank=4))
            break
    # --- hedges: modal on the claim predicate
    if m.kind == "explicit":
        # modal before the predicate ("may supply"), or before a fronted/causative object
        # ("could have had their bank details stolen")
        for q0, extra in ((head - 1, set()), (m.i - 1, _CAUSATIVE_GAP)):
            if q0 >= head - 1 and extra:
                break
            q = q0
            gap = 0
            while q >= 0 and gap <= 3:
                w = units[q].lower
                if w in _MODALS:
                    ops.append(
                        _Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=3)
                    )
                    break
                if w in _MODAL_GAP or w in extra or w.endswith("ly"):
                    q -= 1
                    gap += 1
                    continue
                break
            if any(o.status == "hedged" for o in ops):
                break
    if m.kind == "explicit" and not any(o.status == "hedged" for o in ops):
        for q in range(max(0, head - 8), head):
            if (
                units[q].lower in _MODALS
                and q + 1 < head
                and "," not in text[units[q].end : units[head].start]
            ):
                nxt = [u.lower for u in units[q + 1 : min(head, q + 3)]]
                if any(
                    w in {"be", "become", "remain", "turn"} or w.startswith("becom") for w in nxt
                ):
                    ops.append(
                        _Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=3)
                    )
                    break
    for q in range(max(0, k0 - 12), k0):
        # commas inside a that-clause are appositives ("appears to show that the transport
        # secretary, Graham Pryce, ordered ..."); without "that" a comma ends the scope
        if not _EPISTEMIC_VERBS & units[q].forms:
            continue
        that = any(u.lower == "that" for u in units[q + 1 : min(k0, q + 4)])
        if (
            (k0 - q <= 8 or that)
            and _between_ok(text, units[q].end, m.start)
            and not _boundary_between(text, units[q].end, m.start)
            and (that or "," not in text[units[q].end : m.start])
        ):
            ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=3))
            break
    # conditional / hypothetical frame
    # the consequent of a fronted conditional is hypothetical when a modal governs it ("If
    # the strike is confirmed, it would be the deadliest attack on civilians")
    if cond_end is not None and m.start > cond_end:
        for q, u in enumerate(units):
            if cond_end < u.start < m.start and u.lower in _CONSEQUENT_MODALS:
                ops.append(_Op("hedged", u.start, u.end, inner_src, rank=3, depth=2))
                break
    # a conditional right after the label: "the allegations, if proved, could cost"
    post = _POST_CONDITIONAL.match(text, m.end)
    if post and post.end() <= sent.end:
        ops.append(_Op("hedged", m.end, post.end(), inner_src, rank=3, depth=3))
    for q in range(k0 - 1, -1, -1):
        if units[q].lower in _CONDITIONALS:
            if "," not in text[units[q].end : m.start].replace("”,", "").replace(",”", ""):
                ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=3))
            break
    for q in range(max(0, k0 - 4), k0):
        if (
            units[q].lower in _HYPOTHETICAL
            and q + 1 < len(units)
            and (units[q + 1].lower.endswith("ing") or units[q + 1].lower == "to")
        ):
            ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=3))
            break
    # conjecture noun introducing the claim: "suspicions that", "fears of"
    for q in range(max(0, k0 - 15), k0):
        if (
            units[q].lower in _CONJECTURE_NOUNS
            and q + 1 < len(units)
            and units[q + 1].lower in {"that", "of", "over", "about", "among"}
            and _between_ok(text, units[q].end, m.start)
            and not _boundary_between(text, units[q].end, m.start)
        ):
            if not any(
                o.status == "hedged" and o.start == units[q].start for o in ops
            ) and not _confirmed(text, sent.start, units[q].start):
                ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=2))
    # conjecture verb with a that-clause or raised subject: "grounds to suspect” that X
    # ..." (appositive commas inside the clause do not end its scope), "investigators
    # suspect Zelenka was paid"
    for q in range(max(0, k0 - 15), k0):
        if units[q].lower not in _CONJECTURE_VERBS or q + 1 >= len(units):
            continue
        nxt = units[q + 1].lower
        that_clause = nxt == "that"
        raised = q + 1 <= k0 <= q + 3 and "," not in text[units[q].end : m.start]
        if (
            (that_clause or raised)
            and _between_ok(text, units[q].end, m.start)
            and ";" not in text[units[q].end : m.start]
            and not _confirmed(text, sent.start, units[q].start)
            and not any(o.status == "hedged" and o.start == units[q].start for o in ops)
        ):
            ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=2))
            break
    # inquiry: "a price-fixing probe", "an investigation into (suspected) price-fixing"
    if m.kind == "explicit":
        after = units[m.j].lower if m.j < len(units) else ""
        into = [
            q
            for q in range(max(0, k0 - 4), k0 - 1)
            if units[q].lower in _INQUIRY_NOUNS and units[q + 1].lower in {"into", "of"}
        ]
        if after in _INQUIRY_NOUNS or into:
            q = m.j if after in _INQUIRY_NOUNS else into[0]
            ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=1))
    # possibility adjective/adverb on the claim
    for q in range(max(0, k0 - 3), min(len(units), head + 1)):
        if (
            q < head
            and units[q].lower in _POSSIBILITY
            and q not in range(m.i, m.j)
            or (units[q].lower in _POSSIBILITY and q < head and q >= k0)
        ):
            ops.append(_Op("hedged", units[q].start, units[q].end, inner_src, rank=3, depth=3))
            break
    for c in cues:
        if c.get("layer") != "hedge" or c.get("negated"):
            continue
        cat = str(c.get("category", "")).lower()
        if cat == "other" and m.end <= c["char_start"] <= m.end + 60:
            # litotes of possibility after the claim: "foreign involvement cannot be ruled
            # out", "arms deliveries from X to Y cannot be ruled out"
            gap = text[m.end : c["char_start"]]
            if len(gap) <= 20 and not re.search(r"[,;:]", gap) or _POSTMODIFIER.fullmatch(gap):
                ops.append(
                    _Op("hedged", c["char_start"], c["char_end"], inner_src, rank=3, depth=3)
                )
            continue
        if cat == "other" and units and m.start - 60 <= c["char_end"] <= m.start:
            # litotes before the claim: "we cannot rule out (that) foreign bots ..."
            ke = [q for q, u in enumerate(units) if u.end == c["char_end"]]
            if ke and k0 - 2 <= ke[0] < k0 and _between_ok(text, c["char_end"], m.start):
                ops.append(
                    _Op("hedged", c["char_start"], c["char_end"], inner_src, rank=3, depth=3)
                )
            continue
        if cat not in {"modal", "adverb", "adjective", "other"}:
            continue
        if units and m.start - 30 <= c["char_start"] < m.end:
            ks = [q for q, u in enumerate(units) if u.start == c["char_start"]]
            if ks and (head - 3 <= ks[0] < head or k0 - 3 <= ks[0] < k0):
                if units[ks[0]].lower in {"about", "around", "almost", "nearly", "more"}:
                    continue
                if _confirmed(text, sent.start, c["char_start"]):
                    continue
                ops.append(
                    _Op("hedged", c["char_start"], c["char_end"], inner_src, rank=3, depth=3)
                )
    # --- doubt markers on the claim
    for q in range(max(0, k0 - 3), m.j):
        w = units[q].lower
        if (
            w == "called"
            and q > 0
            and units[q - 1].lower == "so"
            and text[units[q - 1].end : units[q].start] == "-"
        ):
            w = "so-called"
        if w in _DOUBT and not (
            w == "claimed" and q + 1 < len(units) and units[q + 1].lower == "that"
        ):
            if w == "claimed" and q not in range(k0 - 1, m.j):
                continue
            ops.append(
                _Op(
                    "attributed-distanced",
                    units[q].start,
                    units[q].end,
                    _inner_source(scoping, m) or "Unspecified",
                    rank=2,
                    depth=1,
                )
            )
            break
    for mt in _WHAT_SAY.finditer(text, max(sent.start, m.start - 60), m.start + 1):
        if _between_ok(text, mt.end(), m.start) and m.start - mt.end() < 40:
            verb = re.search(
                r"(say|says|said|claim\w*|alleg\w*|call\w*|describ\w*|term\w*)\s+\S+\s*\S*$",
                mt.group(0),
                re.IGNORECASE,
            )
            vs = mt.start() + verb.start(1) if verb else mt.start()
            ve = mt.start() + verb.end(1) if verb else mt.end()
            rest = [a for a in scoping if not (mt.start() <= a["cue_start"] < mt.end())]
            ops.append(
                _Op(
                    "attributed-distanced",
                    vs,
                    ve,
                    _inner_source(rest, m) or "Unspecified",
                    rank=2,
                    depth=1,
                )
            )
    # --- an anaphoric label that is itself a report noun: "the accusations", "the UK's assessment"
    label = units[m.head].lower
    if m.kind == "anaphoric" and (
        not scoping
        # a distancing label keeps its distance under a neutral cue that is not a
        # reporting frame of the claim ("has not published any records to support the
        # allegation")
        or (
            label in _LABEL_NOUNS
            and all(a.get("cue_class") in {"neutral", "endorsing", "evaluative"} for a in scoping)
        )
    ):
        src = None
        if m.head > m.i and units[m.head - 1].lower.endswith("'s"):
            src = (
                text[units[m.i].start : units[m.head - 1].end].removesuffix("’s").removesuffix("'s")
            )
            src = re.sub(r"^(?:the|The)\s+", "", src)
        if label in _CONJECTURE_NOUNS and not scoping:
            # "The rumour spread after ...": the claim as conjecture (hedged)
            ops.append(
                _Op(
                    "hedged",
                    units[m.head].start,
                    units[m.head].end,
                    src or "Unspecified",
                    rank=3,
                    depth=2,
                )
            )
        if label in _DISTANCING_NOUNS:
            ops.append(
                _Op(
                    "attributed-distanced",
                    units[m.head].start,
                    units[m.head].end,
                    src or "Unspecified",
                    rank=2,
                    depth=-1,
                )
            )
        elif label in _REPORT_NOUNS:
            ops.append(
                _Op(
                    "attributed",
                    units[m.head].start,
                    units[m.head].end,
                    src or "Unspecified",
                    rank=1,
                    depth=-1,
                )
            )
    # --- inside a direct quotation: the quoted speaker's words; also a predicate in
    # quotation marks in the writer's sentence ("as ministers ‘plot to axe’ subsidies")
    hs, he = units[m.head].start, units[m.head].end
    if not any(o.main for o in ops) and (doc.in_quote(m.start, m.end) or doc.in_quote(hs, he)):
        ms, me = (m.start, m.end) if doc.in_quote(m.start, m.end) else (hs, he)
        q = next(q for q in doc.quotes if q.start < ms and me <= q.end)
        spk = next(
            (
                a
                for a in atts
                if a.get("direct_quote")
                and a.get("content_start", -1) >= 0
                and a["content_start"] <= q.start + 1
                and q.end - 1 <= a["content_end"]
            ),
            None,
        )
        ops.append(
            _Op(
                "attributed",
                q.start,
                q.end,
                spk.get("source_canonical") if spk else "Unspecified",
                rank=1,
            )
        )
    # a conjecture that a confirming verb governs is no longer a hedge or a distance
    # ("the raids confirmed what its members had long suspected: that the market was rigged")
    return [
        o
        for o in ops
        if not (
            o.status in {"hedged", "attributed-distanced"}
            and text[o.start : o.end].lower() in _CONFIRMED_CONJ
            and _confirmed(text, sent.start, o.start)
        )
    ]


def _inner_source(scoping: list[dict], m: _Mention) -> str | None:
    before = [a for a in scoping if a["cue_start"] < m.start]
    if not before:
        return _outer_source(scoping)
    return max(before, key=lambda a: a["cue_start"]).get("source_canonical")


def _outer_source(scoping: list[dict]) -> str | None:
    if not scoping:
        return None
    return min(scoping, key=lambda a: a["cue_start"]).get("source_canonical")


def _decide(ops: list[_Op]) -> tuple[str, str | None, _Op | None]:
    """Primary and secondary status of one mention from its operators."""
    main = [o for o in ops if o.main]
    side = [o for o in ops if not o.main]
    if not main:
        primary, op = "asserted", None
    else:
        den = [o for o in main if o.status == "denied"]
        oth = [o for o in main if o.status == "other"]
        hed = [o for o in main if o.status == "hedged"]
        dist = [o for o in main if o.status == "attributed-distanced"]
        att = [o for o in main if o.status == "attributed"]
        if den:
            op = den[0]
        elif oth:
            op = oth[0]
        elif hed:
            op = max(hed, key=lambda o: (o.depth, o.start))
        elif dist:
            # prefer a cue over a doubt marker for the source, a doubt marker for the cue span
            op = max(dist, key=lambda o: (o.source not in (None, "Unspecified"), -o.depth, o.start))
        else:
            op = max(att, key=lambda o: o.start)
        primary = op.status
    secondary = None
    if primary == "denied":
        if any(o.status == "other" for o in main):
            secondary = "other"
    elif primary == "hedged":
        # the hedge is itself a sourced conjecture ("speculation among Western officials")
        if any(
            o.status == "attributed-distanced"
            and o.start == op.start
            and o.source not in (None, "Unspecified")
            for o in main
        ):
            secondary = "attributed-distanced"
    elif primary == "other" and any(o.status == "denied" for o in side):
        secondary = "denied"
    if secondary is None and side:
        s = next((o.status for o in side if o.status != primary), None)
        secondary = s
    return primary, secondary, op


# --------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------


def find_claims(
    doc,
    claims,
    cues=None,
    attributions=None,
    *,
    window: int = 8,
    supplement: bool = True,
    skip_zones=("byline", "boilerplate"),
) -> list[dict]:
    """Find the sentences of ``doc`` that mention each claim, with the claim's status.

    Parameters
    ----------
    doc : framing.text.Doc
    claims : list of Claim, or path to a ``claims.csv``
    cues : list of dict, optional
        Records of :func:`framing.lexicons.find_cues` for ``doc`` (hedge cues with
        category modal/adverb/adjective that sit on the claim's predicate count as
        hedges). Computed when None and the module is available.
    attributions : list of dict, optional
        Records of :func:`framing.attribution.find_attributions` for ``doc``. Computed
        when None and the module is available.
    window : int, default=8
        An anaphoric label, or a bare transfer noun ("weapons deliveries") with no
        party named, counts only when the claim was mentioned in the same sentence or
        in one of the ``window`` sentences before (the discourse state). News copy often
        returns to a claim after several paragraphs of other material ("The embassy
        dismissed the allegations" eight sentences after the accusation); on the held-out
        sets 8 recovered such mentions on four of five sets with precision unchanged
        or 0.02 lower, where 3 missed them.
    supplement : bool, default=True
        Add the module's small built-in reporting-cue records for cues the given
        attributions do not cover (or use them alone when none are available).
    skip_zones : tuple of str
        Sentence zones never coded.

    Returns
    -------
    list of dict
        One record per (sentence, claim), keys :data:`CLAIM_COLUMNS`. ``cue_start``
        and ``cue_end`` are the deciding cue's span (``-1`` for ``asserted``);
        ``source_canonical`` is the source giving the primary status (None for the
        writer's voice); ``mention`` is ``explicit`` or ``anaphoric``.

    Examples
    --------
    >>> from framing.text import analyse
    >>> c = Claim.from_row({"claim_id": "c", "description": "d", "agent": "North Korea",
    ...     "action": "suppl*|send|sent", "object": "weapon*|missile*", "recipient": "Russia",
    ...     "anaphora": "the claims"})
    >>> doc = analyse("Kirby claimed that North Korea had sent missiles to Russia. "
    ...     "Moscow dismissed the claims.", "x")
    >>> [(r["sentence_id"], r["status"], r["mention"]) for r in find_claims(doc, [c], [], [])]
    [(0, 'attributed-distanced', 'explicit'), (1, 'denied', 'anaphoric')]
    """
    if isinstance(claims, (str, Path)):
        claims = load_claims(claims)
    if attributions is None:
        attributions = _default_attributions(doc)
    if cues is None:
        cues = _default_cues(doc)
    attributions = list(attributions or [])
    by_sent: dict[int, list[dict]] = {}
    for a in attributions:
        by_sent.setdefault(int(a["sentence_id"]), []).append(a)
    cues_by_sent: dict[int, list[dict]] = {}
    for c in cues or []:
        cues_by_sent.setdefault(int(c["sentence_id"]), []).append(c)
    out: list[dict] = []
    last_seen: dict[str, int] = {}
    words = _doc_words(doc)
    gate = _claim_gate(claims)
    for sid, sent in enumerate(doc.sentences):
        if sent.zone in skip_zones:
            continue
        units = _units(doc, sid, words)
        if not units:
            continue
        atts = _LazyAttributions(doc, sid, units, by_sent.get(sid, []), supplement)
        possible = gate.possible(units)
        for claim in claims:
            active = claim.claim_id in last_seen and sid - last_seen[claim.claim_id] <= window
            seen = claim.claim_id in last_seen
            mentions = (
                _explicit_mentions(doc, units, claim, active, seen)
                if claim.claim_id in possible
                else []
            )
            kind = "explicit"
            if not mentions and active:
                mentions = _anaphoric_mentions(units, claim, doc.text)
                if not mentions:
                    mentions = _pronoun_mentions(units, atts, claim, sid, last_seen, doc.text)
                if not mentions:
                    mentions = _generic_mentions(units, atts, claim, doc.text)
                kind = "anaphoric"
            prev = out[-1] if out and out[-1]["claim_id"] == claim.claim_id else None
            cont = (
                prev is not None
                and prev["sentence_id"] == sid - 1
                and _quote_continuation(doc, sid, units, by_sent.get(sid, []))
            )
            if not mentions and cont:
                mentions = _continuation_mentions(units, claim, doc.text)
                kind = "anaphoric"
            if not mentions:
                continue
            last_seen[claim.claim_id] = sid
            rec = _sentence_record(
                doc, sid, units, claim, mentions, atts, cues_by_sent.get(sid, []), kind
            )
            if cont:
                # a quotation that continues the previous sentence's quote keeps its
                # speaker and, unless it takes a stance of its own, that speaker's stance
                if rec["status"] in {"attributed", "asserted"}:
                    for k in ("status", "secondary_status", "cue_start", "cue_end"):
                        rec[k] = prev[k]
                if (
                    rec["source_canonical"] in (None, "Unspecified")
                    or rec["status"] == prev["status"]
                ):
                    rec["source_canonical"] = prev["source_canonical"]
            out.append(rec)
    return out


class _LazyAttributions:
    """The attribution records of one sentence, with the built-in fallback cues the given
    records do not cover; computed on first use (most sentences mention no claim).

    :meth:`of_classes` gives the records of some cue classes only, computing only those
    classes' fallback cues (the discourse-level mentions read denial or stance cues).
    """

    __slots__ = ("_args", "_records", "_fallback")

    def __init__(self, doc, sid: int, units, given: list, supplement: bool) -> None:
        self._args = (doc, sid, units, given, supplement)
        self._records: list | None = None
        self._fallback: dict[str, list] = {}  # cue class -> fallback records, all of them

    def _extra(self, classes) -> list:
        """Fallback records of ``classes`` that overlap no given record, in lexicon order."""
        doc, sid, units, given, _ = self._args
        missing = [c for c in _FALLBACK_CUES if c in classes and c not in self._fallback]
        if missing:
            for c in missing:
                self._fallback[c] = []
            for x in _fallback_attributions(doc, sid, units, missing):
                self._fallback[x["cue_class"]].append(x)
        return [
            x
            for c in _FALLBACK_CUES
            if c in classes
            for x in self._fallback[c]
            if not any(
                x["cue_start"] < a["cue_end"] and a["cue_start"] < x["cue_end"] for a in given
            )
        ]

    def _get(self) -> list:
        if self._records is None:
            _, _, _, given, supplement = self._args
            atts = list(given)
            if supplement:
                atts += self._extra(_FALLBACK_CUES)
            self._records = atts
        return self._records

    def of_classes(self, classes) -> list:
        """The records whose ``cue_class`` is in ``classes``, in order."""
        if self._records is not None:
            return [a for a in self._records if a.get("cue_class") in classes]
        _, _, _, given, supplement = self._args
        out = [a for a in given if a.get("cue_class") in classes]
        if supplement:
            out += self._extra(classes)
        return out

    def __iter__(self):
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())

    def __getitem__(self, i):
        return self._get()[i]

    def __bool__(self) -> bool:
        return bool(self._get())


def _records_of(atts, classes) -> list:
    """The records of ``atts`` whose ``cue_class`` is in ``classes``, in order."""
    if isinstance(atts, _LazyAttributions):
        return atts.of_classes(classes)  # only these classes' fallback cues are computed
    return [a for a in atts if a.get("cue_class") in classes]


def _quote_continuation(doc, sid: int, units, sent_atts) -> bool:
    """Sentence ``sid`` is a quotation that continues a quote of the previous sentence.

    It opens inside a direct quotation, has no attribution cue of its own outside the
    quotation, and the previous sentence holds a quotation (its speaker is the one
    credited there).
    """
    if not units or sid == 0 or not doc.in_quote(units[0].start, units[0].end):
        return False
    for a in sent_atts:
        if not doc.in_quote(a["cue_start"], a["cue_end"]):
            return False
    prev = doc.sentences[sid - 1]
    return any(q.start < prev.end and prev.start < q.end for q in doc.quotes)


_DEMONSTRATIVES = {"this", "that", "these", "those", "it"}
_PRONOUN_FOLLOW = {
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "'s",
    "once",
    "again",
    "before",
    "in",
    "on",
    "at",
    "for",
    "to",
    "and",
    "or",
    "but",
    "because",
    "all",
    "simply",
    "just",
}


def _continuation_mentions(units, claim, text: str) -> list[_Mention]:
    """A demonstrative or 'it' standing for the claim in a quote continuation: "This is a
    smear cooked up by ...", "They tried this once before"."""
    out = []
    for q, u in enumerate(units):
        if u.lower not in _DEMONSTRATIVES:
            continue
        nxt = units[q + 1].lower if q + 1 < len(units) else ""
        closes = q + 1 == len(units) or re.match(r"\s*[,.;:!?”\"’—–]", text[u.end : u.end + 2])
        subject = q == 0 and u.lower != "that" and nxt in _COPULA | {"has", "have", "had"}
        obj = q > 0 and u.lower in {"this", "that", "it"} and (closes or nxt in _PRONOUN_FOLLOW)
        if subject or obj:
            out.append(_Mention(claim.claim_id, "anaphoric", q, q + 1, q, u.start, u.end))
            break
    return out


# Generic objects of a denial that stand for the claim under discussion ("denied any
# involvement", "rejected any wrongdoing") and the topic of a non-comment ("would not
# comment on an ongoing case").
_GENERIC_DENIED = {
    "involvement",
    "wrongdoing",
    "wrongdoings",
    "responsibility",
    "complicity",
    "guilt",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "accusation",
    "accusations",
    "claim",
    "claims",
    "report",
    "reports",
}
_GENERIC_TOPIC = {
    "case",
    "matter",
    "issue",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "reports",
    "report",
    "investigation",
    "it",
    "them",
    "speculation",
}


def _generic_mentions(units, atts, claim, text: str) -> list[_Mention]:
    """Mentions without the claim's agent or object, once the claim is under discussion:
    a negative-quantifier subject of the action ("Nobody poisoned anyone"), a generic
    object of a denial ("denied any involvement"), the topic of a non-comment ("would
    not comment on an ongoing case")."""
    out = []
    for a, b in _find(claim.action, units):
        q = a - 1
        while q >= 0 and units[q].lower in _AUX:
            q -= 1
        if q >= 0 and (
            units[q].lower in {"nobody", "none"}
            or (units[q].lower == "one" and q > 0 and units[q - 1].lower == "no")
        ):
            return [_Mention(claim.claim_id, "explicit", q, b, a, units[q].start, units[b - 1].end)]
    for a in _records_of(atts, {"denial"}):
        for q, u in enumerate(units):
            if u.start < a["cue_end"] or u.start - a["cue_end"] > 12:
                continue
            if u.lower in _GENERIC_DENIED:
                out.append(_Mention(claim.claim_id, "anaphoric", q, q + 1, q, u.start, u.end))
                break
            if u.lower not in {"any", "all", "the", "every", "some"}:
                break
    if out:
        return out
    noncomments = _noncomments(text, units[0].start, units[-1].end)
    for mt in noncomments:
        for q, u in enumerate(units):
            if u.start < mt.end() or u.start - mt.end() > 30:
                continue
            verify_topic = (
                q > 0
                and units[q - 1].end <= mt.end()
                and re.search(r"(?:verify|confirm|corroborate)\w*$", mt.group(0), re.IGNORECASE)
                and _VERIFY_TOPIC.match(text, mt.end()) is not None
            )
            if verify_topic or (
                u.lower in _GENERIC_TOPIC
                and any(units[r].lower in {"on", "about"} for r in range(max(0, q - 3), q))
            ):
                out.append(_Mention(claim.claim_id, "anaphoric", q, q + 1, q, u.start, u.end))
                break
        if out:
            break
    if not out:
        # a non-comment with no topic of its own, while the claim is under discussion:
        # "The Pentagon has not commented.", "did not respond to requests for comment."
        for mt in noncomments:
            if _EMPTY_TAIL.fullmatch(text, mt.end(), units[-1].end + 1):
                q = max(r for r, u in enumerate(units) if u.start < mt.end())
                u = units[q]
                out.append(_Mention(claim.claim_id, "anaphoric", q, q + 1, q, u.start, u.end))
                break
    return out


# what may follow a non-comment that has no topic: time, manner, the sentence end
_EMPTY_TAIL = re.compile(
    r"(?:\s*,?\s*(?:on|by|late|early|this|last|yet|so\s+far|immediately|publicly|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|"
    r"morning|afternoon|evening|night|the)\b)*[\s.”\"’']*",
    re.IGNORECASE,
)


def _pronoun_mentions(units, atts, claim, sid, last_seen, text="") -> list[_Mention]:
    """'denied it': a pronoun object of a stance cue, the claim in the previous sentence."""
    if last_seen.get(claim.claim_id) != sid - 1:
        return []
    out = []
    for a in _records_of(atts, {"denial", "distancing", "endorsing"}):
        for q, u in enumerate(units):
            if not (0 <= u.start - a["cue_end"] <= 2 and u.lower in _PRONOUNS):
                continue
            nxt = units[q + 1].lower if q + 1 < len(units) else ""
            closes = q + 1 == len(units) or re.match(r"\s*[,.;:!?)—–-]", text[u.end : u.end + 3])
            if closes or nxt in {"and", "or", "but", "as", "in", "on", "again", "outright"}:
                out.append(_Mention(claim.claim_id, "anaphoric", q, q + 1, q, u.start, u.end))
    return out


def _sentence_record(doc, sid, units, claim, mentions, atts, cues, kind) -> dict:
    text = doc.text
    results = []
    for m in mentions:
        ops = _mention_ops(doc, sid, units, m, atts, cues, None, claim)
        primary, secondary, op = _decide(ops)
        sub = _in_fronted_subordinate(text, doc.sentences[sid].start, units, m)
        results.append((sub, m, primary, secondary, op))
    mains = [r for r in results if not r[0]] or results
    order = {
        "denied": 0,
        "hedged": 1,
        "attributed-distanced": 2,
        "attributed": 3,
        "other": 4,
        "asserted": 5,
    }
    best = min(
        mains,
        key=lambda r: (
            order[r[2]],
            -(r[4] is not None and r[4].source not in (None, "Unspecified")),
        ),
    )
    _, m, primary, secondary, op = best
    if secondary is None:
        secondary = next((r[2] for r in results if r[2] != primary), None)
    return {
        "doc_id": doc.doc_id,
        "sentence_id": sid,
        "claim_id": claim.claim_id,
        "status": primary,
        "secondary_status": secondary,
        "cue_start": op.start if op is not None else -1,
        "cue_end": op.end if op is not None else -1,
        "source_canonical": op.source if op is not None else None,
        "mention": kind,
    }


def claim_profile(claims_df: pd.DataFrame, articles: pd.DataFrame, claim_ids=None) -> pd.DataFrame:
    """Per-outlet distribution of claim statuses, long form.

    Parameters
    ----------
    claims_df : pandas.DataFrame
        Records of :func:`find_claims` (needs ``doc_id``, ``claim_id``, ``status``).
    articles : pandas.DataFrame
        Needs ``doc_id`` and ``outlet``; a categorical ``outlet`` fixes the outlet order
        (otherwise order of first appearance).
    claim_ids : sequence of str, optional
        Claims to report (default: those in ``claims_df``), so a claim no outlet
        mentions still gets zero rows.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, claim_id, status, n, share``: one row per outlet x claim x
        status in :data:`STATUSES`, zeros kept. ``share`` is ``n`` over the outlet's
        mentioning sentences for that claim (NaN when it has none). ``outlet`` and
        ``status`` are ordered categoricals.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> cl = pd.DataFrame({"doc_id": ["a", "a", "b"], "claim_id": "c",
    ...                    "status": ["hedged", "denied", "hedged"]})
    >>> p = claim_profile(cl, arts)
    >>> p[p.status == "hedged"][["outlet", "n", "share"]].to_string(index=False)
    'outlet  n  share\\n     X  1    0.5\\n     Y  1    1.0'
    """
    outlets = articles["outlet"]
    if isinstance(outlets.dtype, pd.CategoricalDtype):
        order = list(outlets.cat.categories)
    else:
        order = list(dict.fromkeys(outlets.astype(str)))
    if claim_ids is None:
        claim_ids = list(dict.fromkeys(claims_df["claim_id"].astype(str))) if len(claims_df) else []
    doc_outlet = dict(zip(articles["doc_id"].astype(str), articles["outlet"].astype(str)))
    df = claims_df.assign(outlet=claims_df["doc_id"].astype(str).map(doc_outlet))
    unknown = df["outlet"].isna()
    if unknown.any():
        logger.warning("%d claim rows have a doc_id not in articles; dropped", int(unknown.sum()))
        df = df[~unknown]
    counts = df.groupby(["outlet", "claim_id", "status"]).size()
    full = pd.MultiIndex.from_product(
        [order, list(claim_ids), list(STATUSES)], names=["outlet", "claim_id", "status"]
    )
    n = counts.reindex(full, fill_value=0).astype("int64")
    out = n.rename("n").reset_index()
    totals = out.groupby(["outlet", "claim_id"], sort=False)["n"].transform("sum")
    out["share"] = (out["n"] / totals.where(totals > 0)).astype("float64")
    out["outlet"] = pd.Categorical(out["outlet"], categories=order, ordered=True)
    out["status"] = pd.Categorical(out["status"], categories=list(STATUSES), ordered=True)
    return out.reset_index(drop=True)


_GOLD_STATUS = {"asserted-as-fact": "asserted"}


def evaluate_claims(pred_df: pd.DataFrame, gold_df: pd.DataFrame, sentences=None) -> dict:
    """Score predicted claim sentences against gold.

    Gold sentences are matched to predicted sentences of the same document by overlap
    of their character spans (the predicted row with the largest overlap wins).

    Parameters
    ----------
    pred_df : pandas.DataFrame
        :func:`find_claims` records with ``sentence_start`` and ``sentence_end``
        columns, or without them when ``sentences`` is given.
    gold_df : pandas.DataFrame
        Gold records: ``doc`` (or ``doc_id``), ``status``, ``sentence_start``,
        ``sentence_end``. ``asserted-as-fact`` is mapped to ``asserted``.
    sentences : pandas.DataFrame, optional
        ``doc_id, sentence_id, start, end`` (as in ``sentences.csv``), to locate
        predicted sentences.

    Returns
    -------
    dict
        ``n_gold``, ``n_pred``, ``accuracy`` (correct primary status over all gold
        sentences; a missed sentence counts as wrong), ``precision`` and ``recall`` of
        claim-mentioning sentences, ``kappa`` (Cohen) and ``alpha`` (Krippendorff)
        over the gold sentences with a missed sentence labelled ``none``, and
        ``pairs``: a DataFrame of the aligned labels.

    References
    ----------
    Cohen (1960); Krippendorff (2004), computed with
    :class:`nltk.metrics.agreement.AnnotationTask`.

    Examples
    --------
    >>> gold = pd.DataFrame({"doc": ["0", "0"], "status": ["denied", "hedged"],
    ...     "sentence_start": [0, 50], "sentence_end": [40, 90]})
    >>> pred = pd.DataFrame({"doc_id": ["0", "0"], "status": ["denied", "attributed"],
    ...     "sentence_start": [0, 50], "sentence_end": [40, 90]})
    >>> r = evaluate_claims(pred, gold)
    >>> r["accuracy"], r["precision"], r["recall"]
    (0.5, 1.0, 1.0)
    """
    from nltk.metrics.agreement import AnnotationTask  # noqa: PLC0415

    gold = gold_df.rename(columns={"doc": "doc_id"}).copy()
    gold["doc_id"] = gold["doc_id"].astype(str)
    gold["status"] = gold["status"].replace(_GOLD_STATUS)
    pred = pred_df.copy()
    pred["doc_id"] = pred["doc_id"].astype(str)
    if "sentence_start" not in pred.columns:
        if sentences is None:
            raise ValueError("pred_df has no sentence_start/sentence_end; pass sentences")
        sents = sentences.rename(columns={"start": "sentence_start", "end": "sentence_end"})
        sents = sents.assign(doc_id=sents["doc_id"].astype(str))
        pred = pred.merge(
            sents[["doc_id", "sentence_id", "sentence_start", "sentence_end"]],
            on=["doc_id", "sentence_id"],
            how="left",
        )
    rows = []
    matched_pred = set()
    for g in gold.itertuples(index=False):
        cand = pred[pred["doc_id"] == g.doc_id]
        ov = cand["sentence_end"].clip(upper=g.sentence_end) - cand["sentence_start"].clip(
            lower=g.sentence_start
        )
        ov = ov[ov > 0]
        if len(ov):
            k = ov.idxmax()
            matched_pred.add(k)
            rows.append((g.doc_id, g.sentence_start, g.status, pred.at[k, "status"]))
        else:
            rows.append((g.doc_id, g.sentence_start, g.status, "none"))
    pairs = pd.DataFrame(rows, columns=["doc_id", "sentence_start", "gold", "pred"])
    n_gold, n_pred = len(gold), len(pred)
    hits = int((pairs["pred"] != "none").sum())
    # precision: predicted sentences that overlap some gold sentence of the same doc
    tp_pred = 0
    for p in pred.itertuples():
        g = gold[gold["doc_id"] == p.doc_id]
        if ((g["sentence_start"] < p.sentence_end) & (p.sentence_start < g["sentence_end"])).any():
            tp_pred += 1
    accuracy = float((pairs["gold"] == pairs["pred"]).mean()) if n_gold else float("nan")
    kappa = alpha = float("nan")
    if n_gold:
        data = [("gold", str(i), lab) for i, lab in enumerate(pairs["gold"])]
        data += [("pred", str(i), lab) for i, lab in enumerate(pairs["pred"])]
        task = AnnotationTask(data=data)
        if pairs["gold"].nunique() + pairs["pred"].nunique() > 2:
            kappa, alpha = float(task.kappa()), float(task.alpha())
    return {
        "n_gold": n_gold,
        "n_pred": n_pred,
        "accuracy": accuracy,
        "precision": tp_pred / n_pred if n_pred else float("nan"),
        "recall": hits / n_gold if n_gold else float("nan"),
        "kappa": kappa,
        "alpha": alpha,
        "pairs": pairs,
    }
