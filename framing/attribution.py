"""Attribution and voices: who is quoted, with which reporting verb, and how much.

For each attribution relation in an article this module finds the *cue* (a
reporting verb, noun, adverb or phrase), the *source* (possibly implicit) and
the *content* (clause, quotation or proposition-like noun phrase), classifies
the cue by stance (``neutral``, ``distancing``, ``endorsing``, ``denial``,
``evaluative``, ``non-comment``) and resolves the source to an actor of a
per-corpus actor table. Voice profiles summarise, per outlet, whose words are
printed and with which verbs.

No parser or POS tagger is available offline, so the extractor uses the
reporting-verb lexicon (``framing/lexicons/reporting_verbs.tsv``) plus local
syntactic heuristics over tokens: leftward subject search to the clause
boundary, inversion ("..., said X"), appositions ("X, the foreign minister,
said"), participial controllers ("Describing ..., X said"), passives with and
without a *by*-agent, nominal cues with a complement ("claims that ...") and the
headline colon ("Kremlin: ...").

References
----------
.. [1] Pareti, S. (2016). PARC 3.0: A corpus of attribution relations.
   *Proceedings of LREC 2016*, 3914-3920. (cue / source / content scheme)
.. [2] Krestel, R., Bergler, S. & Witte, R. (2008). Minding the source:
   automatic tagging of reported speech in newspaper articles. *LREC 2008*.
.. [3] Bergler, S. (1992). *Evidential Analysis of Reported Speech*. PhD
   thesis, Brandeis University.
.. [4] Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013).
   Linguistic models for analyzing and detecting biased language. *ACL 2013*.
.. [5] Saurí, R. & Pustejovsky, J. (2009). FactBank: a corpus annotated with
   event factuality. *Language Resources and Evaluation* 43(3), 227-268.
.. [6] Thompson, G. & Ye, Y. (1991). Evaluation in the reporting verbs used in
   academic papers. *Applied Linguistics* 12(4), 365-382.
.. [7] Caldas-Coulthard, C. R. (1994). On reporting reporting. In M. Coulthard
   (ed.), *Advances in Written Text Analysis*. Routledge.
"""

from __future__ import annotations

import csv
import json
import logging
import operator
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from itertools import accumulate, repeat
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from framing.lexicons import EVIDENCE_NOUNS
from framing.text import Doc

logger = logging.getLogger(__name__)

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "CUE_CLASSES",
    "CueEntry",
    "ReportingVerbs",
    "Actors",
    "load_reporting_verbs",
    "load_actors",
    "find_attributions",
    "voice_profile",
    "load_gold_attributions",
    "evaluate_attributions",
]

ATTRIBUTION_COLUMNS = [
    "doc_id",
    "sentence_id",
    "cue_start",
    "cue_end",
    "cue",
    "cue_lemma",
    "cue_class",
    "source_start",
    "source_end",
    "source_text",
    "source_canonical",
    "affiliation",
    "direct_quote",
    "content_start",
    "content_end",
    "quoted_words",
]
CUE_CLASSES = ("neutral", "distancing", "endorsing", "denial", "evaluative", "non-comment")
#: Values of the ``constraint`` column of the reporting-verb lexicon (its header documents them).
CONSTRAINTS = (
    "any",
    "clause",
    "animate",
    "animate-clause",
    "passive-by",
    "directive",
    "as-object",
)
UNSPECIFIED = "Unspecified"
UNRESOLVED = "unresolved"

# --------------------------------------------------------------------------------------
# closed-class word lists (general English; used by the token heuristics)
# --------------------------------------------------------------------------------------
DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "any",
    "no",
    "such",
    "every",
    "each",
    "both",
    "some",
    "many",
    "several",
    "all",
}
NOUN_DETERMINERS = DETERMINERS - {"both", "all", "many", "several", "some"} | {"that"}
AUX = {
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "'s",
}
BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"}
NEGATION = {"not", "never", "n't"}
PRE_VERB_ADVERBS = {
    "also",
    "repeatedly",
    "openly",
    "publicly",
    "officially",
    "separately",
    "previously",
    "earlier",
    "later",
    "again",
    "already",
    "still",
    "once",
    "then",
    "now",
    "often",
    "too",
    "recently",
    "reportedly",
    "similarly",
    "further",
    "firmly",
    "swiftly",
    "flatly",
    "categorically",
    "explicitly",
    "privately",
    "initially",
    "subsequently",
    "yet",
    "just",
    "even",
    "only",
    "first",
    "had",
    "has",
    "have",
    "will",
    "would",
    "could",
    "might",
    "may",
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "been",
    "being",
    "be",
    "however",
    "nonetheless",
    "nevertheless",
    "meanwhile",
    "reportedly",
    "allegedly",
    "always",
    "sometimes",
    "seldom",
    "ever",
    "long",
    "instead",
    "therefore",
    "thus",
    "likewise",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
REFLEXIVES = {"itself", "himself", "herself", "themselves", "ourselves", "myself"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their", "our", "my"}
PREPOSITIONS = {
    "in",
    "on",
    "at",
    "of",
    "to",
    "for",
    "from",
    "with",
    "by",
    "about",
    "after",
    "before",
    "during",
    "since",
    "amid",
    "among",
    "against",
    "over",
    "under",
    "into",
    "through",
    "between",
    "without",
    "within",
    "via",
    "like",
    "than",
    "as",
    "upon",
    "toward",
    "towards",
    "across",
    "despite",
    "following",
    "until",
}
CONJ_STOP = {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "if",
    "because",
    "but",
    "or",
    "nor",
    "so",
    "although",
    "though",
    "whether",
    "what",
    "how",
    "why",
    "than",
    "not",
    "no",
    "there",
    "here",
    "it's",
    "as",
}
SUBORDINATORS = {"while", "after", "before", "when", "by", "in", "without", "since", "upon", "on"}
TIME_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
}
TIME_LEAD = {"on", "last", "this", "earlier", "late", "early", "next", "in", "at", "later"}
# heads of role or institution phrases that may take a post-modifier ("representative to
# the UN", "spokesman for the ministry", "head of the Kremlin", "secretary of state")
ROLE_NOUNS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "ministry",
    "president",
    "official",
    "officials",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
    "representative",
    "secretary",
    "head",
    "chief",
    "director",
    "leader",
    "leaders",
    "member",
    "members",
    "agency",
    "daily",
    "newspaper",
    "government",
    "department",
    "office",
    "council",
    "committee",
    "commission",
    "service",
    "services",
    "intelligence",
    "military",
    "army",
    "authorities",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "diplomat",
    "diplomats",
    "prosecutor",
    "prosecutors",
    "lawmaker",
    "lawmakers",
    "senator",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "commander",
    "general",
    "police",
    "outlet",
    "broadcaster",
    "network",
    "correspondent",
    "people",
    "residents",
    "witnesses",
    "observers",
    "critics",
    "statement",
    "ministers",
    "counterpart",
    "spokespeople",
    "press",
    "channel",
    "organization",
    "organisation",
    "group",
    "party",
    "team",
    "administration",
    "cabinet",
    "staff",
    "embassy",
    "mission",
    "presidency",
    "kremlin",
    "officer",
    "officers",
    "aide",
    "aides",
    "allies",
    "ally",
    "partners",
    "nations",
    "countries",
    "country",
    "state",
    "states",
    "sides",
    "court",
    "judge",
    "judges",
    "tribunal",
    "panel",
    "jury",
    "regulator",
    "regulators",
}
# lower-case titles and occupations that stand before a name in inverted attributions
# ("said company spokesman Derek Olsen", "said chief executive Birgitte Holm", "said pensioner
# Alan Dobson"); a title ends in one of these words or in an agent-noun suffix
TITLE_NOUNS = {
    "executive",
    "economist",
    "pensioner",
    "coach",
    "manager",
    "captain",
    "founder",
    "professor",
    "lawyer",
    "attorney",
    "resident",
    "student",
    "teacher",
    "campaigner",
    "activist",
    "researcher",
    "scientist",
    "editor",
    "organiser",
    "organizer",
    "councillor",
    "councilor",
    "commissioner",
    "judge",
    "justice",
    "chancellor",
    "chairwoman",
    "chairman",
    "chairperson",
    "inspector",
    "superintendent",
    "sergeant",
    "detective",
    "constable",
    "surgeon",
    "doctor",
    "nurse",
    "farmer",
    "witness",
    "survivor",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "owner",
    "strategist",
    "analyst",
    "engineer",
    "pilot",
    "worker",
    "veteran",
    "mp",
    "mep",
    "dean",
    "principal",
    "bishop",
    "priest",
    "rabbi",
    "imam",
}
TITLE_SUFFIXES = ("man", "woman", "person", "er", "or", "ist", "ian", "ent", "ant")
# adjectives that may stand before a capitalised word inside a source NP ("a former Aurora
# engineer", "a senior Pentagon official")
SOURCE_PREMODIFIERS = {
    "former",
    "senior",
    "junior",
    "deputy",
    "acting",
    "top",
    "retired",
    "veteran",
    "outgoing",
    "incoming",
    "interim",
    "unnamed",
    "anonymous",
    "local",
    "independent",
    "then",
    "chief",
}
# generic heads of a definite description of an organisation ("the company", "a company
# spokesman", "the club", "the carrier")
COMPANY_NOUNS = {
    "company",
    "firm",
    "group",
    "consortium",
    "club",
    "carrier",
    "airline",
    "bank",
    "lender",
    "insurer",
    "operator",
    "manufacturer",
    "maker",
    "drugmaker",
    "automaker",
    "retailer",
    "developer",
    "utility",
    "charity",
    "union",
    "regulator",
    "side",
    "team",
    "startup",
    "conglomerate",
    "supplier",
    "broadcaster",
    "publisher",
    "university",
    "hospital",
    "board",
}
PERSON_ROLE_NOUNS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "official",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
    "representative",
    "secretary",
    "head",
    "chief",
    "director",
    "leader",
    "senator",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "commander",
    "general",
    "counterpart",
    "aide",
    "officer",
    "prosecutor",
    "lawmaker",
    "diplomat",
    "analyst",
    "expert",
    "correspondent",
}
MEDIA_NOUNS = {
    "news",
    "daily",
    "newspaper",
    "agency",
    "outlet",
    "broadcaster",
    "network",
    "channel",
    "paper",
    "tabloid",
    "media",
    "wire",
}
ORG_NOUNS = {
    "ministry",
    "government",
    "department",
    "office",
    "council",
    "committee",
    "commission",
    "service",
    "intelligence",
    "military",
    "army",
    "administration",
    "embassy",
    "mission",
    "kremlin",
    "organization",
    "organisation",
    "party",
}
PLURAL_COLLECTIVE = {
    "two",
    "both",
    "leaders",
    "sides",
    "partners",
    "countries",
    "nations",
    "ministers",
    "governments",
    "allies",
    "officials",
    "diplomats",
}
REPORT_NOUNS = {
    "briefing",
    "briefings",
    "report",
    "reports",
    "statement",
    "statements",
    "data",
    "figures",
    "estimate",
    "estimates",
    "assessment",
    "assessments",
    "documents",
    "analysis",
    "survey",
    "records",
    "findings",
}
POSTMODIFIER_PREPS = {
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("knowledge", "of"),
    ("involved", "in"),
    ("present", "at"),
}
QUOTE_OPEN = {"“", '"', "‘", "«"}
QUOTE_CLOSE = {"”", '"', "’", "»"}
CLAUSE_PUNCT = {".", "!", "?", ";", ":", "–", "—", "(", ")"}
SPEECH_VERBS_NONCOMMENT = {
    "comment",
    "say",
    "confirm",
    "respond",
    "elaborate",
    "discuss",
    "answer",
    "reply",
    "disclose",
    "specify",
    "address",
}
CONTENTFUL_TELL_OBJECTS = {
    "reporters",
    "journalists",
    "lawmakers",
    "parliament",
    "me",
    "us",
    "him",
    "her",
    "them",
    "the",
    "a",
    "an",
    "state",
    "local",
}
DEMONYM_SUFFIXES = ("an", "ern", "ese", "ish", "ian", "i")
NON_DEMONYM = {
    "japan",
    "iran",
    "sudan",
    "taiwan",
    "oman",
    "jordan",
    "pakistan",
    "afghanistan",
    "kazakhstan",
    "uzbekistan",
    "azerbaijan",
    "bhutan",
    "vatican",
    "brazil",
    "mali",
    "hawaii",
    "kuwait",
    "haiti",
    "delhi",
    "helsinki",
    "tbilisi",
    "peskov",
    "kim",
}
FINITE_MARKERS = AUX | {"wants", "want", "plans", "needs", "seeks", "intends", "sees", "knows"}
# verbs whose passive takes a raising/extraposed complement: "is believed to", "it is said that"
RAISING_LEMMAS = {
    "say",
    "report",
    "believe",
    "think",
    "expect",
    "allege",
    "estimate",
    "suspect",
    "claim",
    "consider",
    "rumour",
    "rumor",
    "understand",
    "know",
    "fear",
    "assume",
}
# participles of a reduced relative whose by-phrase is not the subject
# ("records reviewed by X show")
AGENT_PARTICIPLES = {
    "seen",
    "reviewed",
    "obtained",
    "examined",
    "published",
    "compiled",
    "leaked",
    "released",
    "analysed",
    "analyzed",
    "collected",
    "gathered",
    "filed",
}
# one-word headline kickers before a colon that name a genre, not a speaker
HEADLINE_LABELS = {
    "analysis",
    "exclusive",
    "explainer",
    "comment",
    "opinion",
    "editorial",
    "factbox",
    "breaking",
    "update",
    "live",
    "watch",
    "interview",
    "review",
    "feature",
    "insight",
    "profile",
    "timeline",
    "fact-check",
    "factcheck",
    "podcast",
    "video",
    "photos",
    "poll",
    "q&a",
    "correction",
    "obituary",
    "letters",
    "view",
    "perspective",
    "special",
    "focus",
}
# words before a cue form that make it a noun ("member states"), and cue + next-word compounds
NOUN_MODIFIERS = {
    "member",
    "island",
    "nation",
    "city",
    "federal",
    "sovereign",
    "gulf",
    "baltic",
    "arab",
    "african",
    "european",
    "small",
    "neighbouring",
    "neighboring",
    "rogue",
    "frontline",
    "coastal",
    "landlocked",
    "nuclear",
    "client",
    "vassal",
    "buffer",
}
COMPOUND_NOUNS = {("think", "tank"), ("think", "tanks"), ("note", "verbale")}
HONORIFICS = {"mr", "ms", "mrs", "dr", "prof", "sen", "rep", "gen", "gov"}
DEMONYM_TO_PLACE = {
    # general English demonyms -> a place name the actor table can resolve
    "russian": "Russia",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "ukrainian": "Ukraine",
    "chinese": "China",
    "japanese": "Japan",
    "iranian": "Iran",
    "korean": "Korea",
    "french": "France",
    "german": "Germany",
    "israeli": "Israel",
    "european": "European Union",
}

# Unions of the lists above that the heuristics test on every token or source; built once
# here because ``w in A | B`` inside a function builds a new set at each test.
_NOUN_DETERMINERS_NOT_THAT = NOUN_DETERMINERS - {"that"}
_NEGATED_PRE_VERB = PRE_VERB_ADVERBS | {"not", "never", "n't"}
_PREPOSITIONS_NEAR = PREPOSITIONS | {"near"}
_PARTICIPLE_LEFT = {","} | SUBORDINATORS | {"to", "from", "and", "by", "thus", "also"}
_NOT_PREMODIFIERS = DETERMINERS | PREPOSITIONS | CONJ_STOP | AUX
_CLAUSE_LEAD_WORDS = PREPOSITIONS | {"to", "reporters", "journalists"}
_REPORT_OR_DATA_NOUNS = REPORT_NOUNS | {"information", "data"}
# groups of people who speak ("Furious customers blasted the firm"), besides ROLE_NOUNS
_PEOPLE_NOUNS = frozenset(
    "people customers residents protesters demonstrators campaigners activists critics "
    "voters fans supporters opponents workers employees parents students teachers doctors "
    "nurses patients farmers victims survivors families relatives neighbours neighbors "
    "locals villagers shoppers passengers users consumers investors shareholders "
    "lawmakers legislators politicians scientists researchers economists observers "
    "witnesses citizens members veterans athletes players owners tenants landlords "
    "drivers pilots soldiers troops police".split()
)
# states after an agentless "feared" ("feared dead", "feared stolen")
_FEARED_STATES = frozenset(
    "dead killed missing lost drowned trapped stolen kidnapped abducted injured hurt "
    "buried compromised".split()
)
# participles of access, not authorship: "documents seen/obtained by the newspaper"
_ACCESS_PARTICIPLES = frozenset({"seen", "reviewed", "obtained", "examined", "leaked"})
_TELL_OBJECT_WORDS = CONTENTFUL_TELL_OBJECTS | ROLE_NOUNS | {"in", "at", "to"}
_TITLE_PREMODIFIERS = DETERMINERS | ROLE_NOUNS | MEDIA_NOUNS | SOURCE_PREMODIFIERS
_ROLE_MEDIA_REPORT_NOUNS = ROLE_NOUNS | MEDIA_NOUNS | REPORT_NOUNS
_PERSON_OR_TITLE_NOUNS = PERSON_ROLE_NOUNS | TITLE_NOUNS
_PERSON_OR_COMPANY_NOUNS = PERSON_ROLE_NOUNS | COMPANY_NOUNS
_ROLE_HOLDER_HEADS = PERSON_ROLE_NOUNS | {
    "officials",
    "sources",
    "aides",
    "diplomats",
    "spokespeople",
}


# --------------------------------------------------------------------------------------
# text normalisation
# --------------------------------------------------------------------------------------
def _fold_char(ch: str) -> str:
    if ch in "’‘`´":
        return "'"
    if ch in "\u00a0\u2009\u202f":
        return " "
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c)) or ch
    low = base.lower()
    return low[0] if low else ch


class _FoldTable(dict):
    """``str.translate`` table filled lazily: each character is folded once per process."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _fold_ascii(text: str) -> str:
    # what the table gives for ASCII: lower case, and the backtick is an apostrophe
    return text.lower().replace("`", "'")


def fold(text: str) -> str:
    """Length-preserving fold: lower case, accents stripped, curly apostrophes to ``'``.

    ASCII text goes through ``str.lower``; other characters through a ``str.translate``
    table whose per-character rule runs once per distinct character. A long text (a whole
    article) is folded run by run, as ``translate`` is several times slower than ``lower``
    per character and most characters of an English article are ASCII.

    Examples
    --------
    >>> fold("Zajárova’s")
    "zajarova's"
    """
    if text.isascii():
        return _fold_ascii(text)
    if len(text) < 200:
        return text.translate(_FOLD_TABLE)
    out = []
    pos = 0
    for m in _NON_ASCII_RE.finditer(text):
        out.append(_fold_ascii(text[pos : m.start()]))
        out.append(m.group().translate(_FOLD_TABLE))
        pos = m.end()
    out.append(_fold_ascii(text[pos:]))
    return "".join(out)


_POSSESSIVE_END_RE = re.compile(r"'s$")
_LEADING_DET_RE = re.compile(r"^(the|both|a|an)\s+")
_HONORIFIC_DOT_RE = re.compile(r"\b(mr|ms|mrs|dr)\.?\s+")
_SPACES_RE = re.compile(r"\s+")
_ORDINAL_RE = re.compile(r"\d+(st|nd|rd|th)")
_SAYS_TAIL_RE = re.compile(r"[\s\w.,’'\-]*[.!?]?")


@lru_cache(maxsize=65536)
def _norm_name(text: str) -> str:
    """Normalise a name for alias lookup (fold, drop determiners, honorific dots, 's).

    Memoised (bounded): a pure function of ``text``, called for every alias match and
    source span, and the same few thousand names recur across the articles of a corpus.
    """
    s = fold(text).strip(" ,.;:")
    s = _POSSESSIVE_END_RE.sub("", s)
    s = _LEADING_DET_RE.sub("", s)
    s = _HONORIFIC_DOT_RE.sub(r"\1 ", s)
    s = _SPACES_RE.sub(" ", s)
    return s.strip()


# --------------------------------------------------------------------------------------
# lexicon
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CueEntry:
    """One lexicon row: a reporting verb, noun, adverb or phrase and its stance class."""

    lemma: str
    pos: str
    cue_class: str
    constraint: str = "any"
    sources: str = ""
    note: str = ""


@dataclass
class ReportingVerbs:
    """The reporting-verb lexicon, indexed by token sequences of its surface forms.

    Attributes
    ----------
    frame : pandas.DataFrame
        The lexicon table (one row per lemma and part of speech).
    index : dict
        Maps a tuple of folded tokens to the list of :class:`CueEntry` it can realise.
    max_len : int
        Longest form in tokens.
    """

    frame: pd.DataFrame
    index: dict = field(default_factory=dict)
    max_len: int = 1

    def lookup(self, words: tuple[str, ...]) -> list[CueEntry]:
        """Entries whose surface form is exactly ``words`` (folded tokens)."""
        return self.index.get(tuple(words), [])

    def _scan_tables(self) -> tuple[dict[str, tuple[int, ...]], frozenset, frozenset]:
        """Lookup tables for the token heuristics.

        Returns
        -------
        by_first : dict
            First token of a form -> the token lengths of the forms it starts, longest
            first (at most ``max_len``): the cue scan skips the many tokens that start no
            form instead of trying every length at every token.
        verb_words, noun_words : frozenset
            Single tokens with a verb (noun) entry, i.e. ``w`` such that
            ``any(x.pos == "verb" for x in self.lookup((w,)))``.

        Built once per lexicon object; rebuilt if ``index`` or ``max_len`` are replaced or
        ``index`` changes size.
        """
        state = (id(self.index), len(self.index), self.max_len)
        cached = self.__dict__.get("_scan_tables_cache")
        if cached is None or cached[0] != state:
            by_first: dict[str, set[int]] = {}
            verb_words: set[str] = set()
            noun_words: set[str] = set()
            for key, entries in self.index.items():
                if 1 <= len(key) <= self.max_len:
                    by_first.setdefault(key[0], set()).add(len(key))
                if len(key) == 1:
                    if any(x.pos == "verb" for x in entries):
                        verb_words.add(key[0])
                    if any(x.pos == "noun" for x in entries):
                        noun_words.add(key[0])
            tables = (
                {w: tuple(sorted(ls, reverse=True)) for w, ls in by_first.items()},
                frozenset(verb_words),
                frozenset(noun_words),
            )
            cached = (state, tables)
            self.__dict__["_scan_tables_cache"] = cached
        return cached[1]


def load_reporting_verbs(path=None) -> ReportingVerbs:
    """Load the reporting-verb lexicon (TSV with a ``#`` comment header).

    Parameters
    ----------
    path : str or Path, optional
        A user TSV with columns ``lemma, forms, pos, cue_class, constraint, sources``
        (``note`` optional). Default: the packaged ``reporting_verbs.tsv``.

    Returns
    -------
    ReportingVerbs

    Examples
    --------
    >>> rv = load_reporting_verbs()
    >>> [e.cue_class for e in rv.lookup(("claimed",))]
    ['distancing']
    >>> rv.lookup(("according", "to"))[0].lemma
    'according to'
    """
    if path is None:
        where = "the packaged reporting_verbs.tsv"
        text = (resources.files("framing") / "lexicons" / "reporting_verbs.tsv").read_text(
            encoding="utf-8"
        )
    else:
        where = str(path)
        text = Path(path).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    required = {"lemma", "forms", "pos", "cue_class"}
    if not rows or not required <= set(rows[0]):
        raise ValueError(f"{where}: reporting-verb lexicon needs columns {sorted(required)}")
    frame = pd.DataFrame(rows).fillna("")
    for col in ("constraint", "sources", "note"):
        if col not in frame:
            frame[col] = ""
    frame["constraint"] = frame["constraint"].replace("", "any")
    for col, known in (("cue_class", CUE_CLASSES), ("constraint", CONSTRAINTS)):
        bad = frame[~frame[col].isin(known)]
        if len(bad):
            raise ValueError(
                f"{where}: unknown {col} values: {sorted(set(bad[col]))} (lemma "
                f"{bad['lemma'].iloc[0]!r}; known: {list(known)})"
            )
    index: dict = {}
    max_len = 1
    for row in frame.itertuples(index=False):
        entry = CueEntry(
            row.lemma, row.pos, row.cue_class, row.constraint, row.sources, getattr(row, "note", "")
        )
        forms = [f for f in str(row.forms).split("|") if f.strip()] or [row.lemma]
        for form in forms:
            key = tuple(fold(form).split())
            index.setdefault(key, []).append(entry)
            max_len = max(max_len, len(key))
    return ReportingVerbs(frame, index, max_len)


# --------------------------------------------------------------------------------------
# actors
# --------------------------------------------------------------------------------------
#: Entries a per-table memo of :class:`Actors` may hold before it is cleared.
_MEMO_LIMIT = 50_000


@dataclass
class Actors:
    """A per-corpus actor table with alias resolution.

    Attributes
    ----------
    frame : pandas.DataFrame
        Columns ``canonical, aliases, affiliation, role, type``.

    Notes
    -----
    The alias index is built once by :meth:`from_frame`, and :meth:`resolve`,
    :meth:`info` and :meth:`government_of` memoise their answers in the instance, so
    a table is not meant to be modified after construction (build a new one instead).
    """

    frame: pd.DataFrame
    alias_map: dict = field(default_factory=dict)
    pattern: re.Pattern | None = None
    #: alias key -> every actor row listing it (more than one when a short alias such as
    #: "the ministry" names different actors in different articles of one corpus)
    alias_rows: dict = field(default_factory=dict)

    def __getstate__(self) -> dict:
        # the memos are caches: a pickled table (sent to stream or Dask workers) goes without
        state = dict(self.__dict__)
        state.pop("_memos", None)
        return state

    def _memo(self, name: str) -> dict:
        """A per-table memo for a pure function of the (fixed) alias index.

        Kept in the instance, so it lives exactly as long as the table; cleared when it
        reaches :data:`_MEMO_LIMIT` entries, so a long stream of articles cannot grow it
        without bound.
        """
        memo = self.__dict__.setdefault("_memos", {}).setdefault(name, {})
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        return memo

    def candidates(self, text: str) -> list[dict]:
        """Every actor an alias could name (one unless the alias is shared).

        Examples
        --------
        >>> a = Actors.from_frame(pd.DataFrame({"canonical": ["Lumio", "Minera Andina"],
        ...     "aliases": ["the company", "the company"], "affiliation": ["Lumio", "Andina"],
        ...     "role": ["", ""], "type": ["org", "org"]}))
        >>> [r["canonical"] for r in a.candidates("The company")]
        ['Lumio', 'Minera Andina']
        """
        return list(self.alias_rows.get(_norm_name(text), []))

    def _shared_alias_rows(self, text: str, canonical: str) -> list[dict]:
        """The actors the alias ``text`` can name or, when that is one actor only, those of
        the first alias inside ``text`` that names ``canonical`` and is shared.

        Memoised; the caller must not modify the returned list.
        """
        memo = self._memo("shared_alias_rows")
        key = (text, canonical)
        if key not in memo:
            cands = self.candidates(text)
            if len(cands) < 2:
                folded = fold(text)
                for s, e, r in self.find_all(folded):
                    if r["canonical"] == canonical and len(self.candidates(folded[s:e])) > 1:
                        cands = self.candidates(folded[s:e])
                        break
            memo[key] = cands
        return memo[key]

    def info(self, canonical: str) -> dict | None:
        """Row of an actor as a dict, or None."""
        memo = self._memo("info")  # a pandas filter per call is slow; the frame is fixed
        if canonical not in memo:
            hit = self.frame[self.frame["canonical"] == canonical]
            memo[canonical] = None if hit.empty else hit.iloc[0].to_dict()
        row = memo[canonical]
        return None if row is None else dict(row)

    def lookup(self, name: str) -> dict | None:
        """Exact alias lookup (after normalisation)."""
        key = _norm_name(name)
        return self.alias_map.get(key)

    def find_all(self, text: str, start: int = 0, end: int | None = None) -> list[tuple]:
        """All alias mentions in ``text[start:end]`` as ``(start, end, actor_row)``."""
        if self.pattern is None:
            return []
        folded = fold(text)
        end = len(text) if end is None else end
        out = []
        for m in self.pattern.finditer(folded, start, end):
            key = _norm_name(m.group(0))
            row = self.alias_map.get(key)
            if row is not None:
                out.append((m.start(), m.end(), row))
        return out

    def government_of(self, affiliation: str) -> dict | None:
        """The ``state`` actor of an affiliation (e.g. 'Russia' -> Russian government)."""
        memo = self._memo("government_of")
        if affiliation not in memo:
            hit = self.frame[
                (self.frame["affiliation"] == affiliation) & (self.frame["type"] == "state")
            ]
            memo[affiliation] = None if hit.empty else hit.iloc[0].to_dict()
        row = memo[affiliation]
        return None if row is None else dict(row)

    def resolve(self, text: str) -> dict | None:
        """Resolve a source span to an actor by alias, head-alias or surname match.

        The alias must cover the whole span, or end at the span's head (its end, or the
        end of the first comma-separated segment: "X, the foreign minister").

        Examples
        --------
        >>> a = Actors.from_frame(pd.DataFrame({"canonical": ["Maria Zakharova"],
        ...     "aliases": ["Zakharova|Maria Zajárova"], "affiliation": ["Russia"],
        ...     "role": ["spokesperson"], "type": ["person"]}))
        >>> a.resolve("his spokesperson, Maria Zajárova")["canonical"]
        'Maria Zakharova'
        >>> a.resolve("Ms. Zakharova")["canonical"]
        'Maria Zakharova'
        """
        # memoised per table: the same source spans recur within and across articles
        memo = self._memo("resolve")
        if text not in memo:
            memo[text] = self._resolve(text)
        return memo[text]

    def _resolve(self, text: str) -> dict | None:
        if not text:
            return None
        row = self.lookup(text)
        if row is not None:
            return row
        folded = fold(text).rstrip(" ,.;:")
        folded = re.sub(r"'s$", "", folded)
        heads = {len(folded)}
        suffix = _COMPANY_SUFFIX_RE.search(folded)
        if suffix:  # "Apple Inc." names the actor "Apple"
            heads.add(suffix.start())
        comma = folded.find(",")
        if comma > 0:
            heads.add(len(folded[:comma].rstrip()))
        best = None
        for s, e, r in self.find_all(folded):
            if e in heads and (best is None or (e, e - s) > (best[1], best[1] - best[0])):
                best = (s, e, r)
        if best is not None:
            return best[2]
        # honorific + surname ("Mr. Nebenzia" -> person whose alias ends with the surname)
        toks = folded.split()
        if len(toks) >= 2 and toks[0].rstrip(".") in HONORIFICS:
            return self.alias_map.get(toks[-1])
        return None

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Actors:
        """Build the alias index from a table with the actors.csv columns."""
        frame = frame.fillna("").copy()
        for col in ("canonical", "aliases", "affiliation", "role", "type"):
            if col not in frame:
                frame[col] = ""
        alias_map: dict = {}
        alias_rows: dict = {}
        for row in frame.to_dict("records"):
            names = [row["canonical"]] + [a for a in str(row["aliases"]).split("|") if a.strip()]
            if row["type"] == "person":
                last = row["canonical"].split()[-1]
                names.append(last)
            for name in names:
                key = _norm_name(name)
                if key and key not in alias_map:
                    alias_map[key] = row
                if key and all(r["canonical"] != row["canonical"] for r in alias_rows.get(key, [])):
                    alias_rows.setdefault(key, []).append(row)
        keys = sorted(alias_map, key=len, reverse=True)
        pattern = None
        if keys:
            # Longest alias first. The alternatives are grouped by their first character
            # (keeping that order inside a group): aliases with different first characters
            # never match at the same position, so the matches are those of the flat
            # alternation, but the regex engine tries one group per position, not every alias.
            groups: dict[str, list[str]] = {}
            for k in keys:
                groups.setdefault(k[0], []).append(k[1:])
            body = "|".join(
                re.escape(first)
                + "(?:"
                + "|".join(re.escape(rest).replace(r"\ ", r"\s+") for rest in rests)
                + ")"
                for first, rests in groups.items()
            )
            pattern = re.compile(r"(?<![\w'])(?:" + body + r")(?![\w])")
        return cls(frame, alias_map, pattern, alias_rows)


def load_actors(path) -> Actors:
    """Load a per-corpus ``actors.csv``.

    Parameters
    ----------
    path : str or Path
        CSV with columns ``canonical, aliases, affiliation, role, type``; aliases are
        ``|``-separated (transliterations, honorific forms, titles). A directory is taken
        to hold ``actors.csv``.

    Returns
    -------
    Actors
    """
    path = Path(path)
    if path.is_dir():
        path = path / "actors.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"canonical", "aliases", "affiliation"} - set(frame.columns)
    if missing:
        raise ValueError(f"{path}: actors table lacks columns {sorted(missing)}")
    return Actors.from_frame(frame)


# --------------------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------------------
@dataclass
class _Cand:
    start: int  # token index of first cue token
    end: int  # token index after last cue token
    entry: CueEntry
    sent: int


@dataclass
class _Attr:
    sent: int
    cue_tok: tuple[int, int]
    entry: CueEntry
    lemma: str
    cue_class: str
    src: tuple[int, int] | None = None  # token span
    src_text: str = ""
    content: tuple[int, int] | None = None  # char span
    nested: bool = False
    controller: str = ""  # "", "sentence-initial", "mid", "cited"
    actor: dict | None = None
    canonical: str = UNSPECIFIED
    affiliation: str = UNSPECIFIED
    src_kind: str = ""


class _Extractor:
    def __init__(self, doc: Doc, actors: Actors | None, verbs: ReportingVerbs):
        self.doc = doc
        self.text = doc.text
        self.toks = doc.tokens
        # per token: lower-cased form and word flag (cached on the Doc, shared with the other
        # layers), capitalisation
        self.low, self.words = doc.token_lowers(), doc.word_mask()
        # capitalised, counting elided particles of names ("d'Orsay", "l'Humanité")
        self.caps = [
            t[2][:1].isupper() or (t[2][:2].lower() in _ELIDED and t[2][2:3].isupper())
            for t in doc.tokens
        ]
        self.actors = actors
        self.verbs = verbs
        self.by_first, self.verb_words, self.noun_words = verbs._scan_tables()
        self.n = len(self.toks)
        # plain lists: indexing a numpy array per token is several times slower
        self.tq = doc.token_quote.tolist()
        self.ts = doc.token_sentence.tolist()
        # first and last token of each sentence, in one pass over the tokens
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for k, si in enumerate(self.ts):
            if si not in first:
                first[si] = k
            last[si] = k
        self.sent_bounds = {
            i: (first[i], last[i] + 1) if i in first else (0, 0) for i in range(len(doc.sentences))
        }
        # character offsets where a quotation starts / ends (for the quote-mark predicates)
        self.quote_starts = {q.start for q in doc.quotes}
        self.quote_ends = {q.end for q in doc.quotes}
        # quotations are sorted by start (``find_quotes``): their starts, for bisection, and
        # the furthest end among the first k + 1 (``quote_reach[k]``), which tells a backward
        # scan for the quotations around a position where to stop
        self.quote_start_list = [q.start for q in doc.quotes]
        self.quote_reach = list(accumulate((q.end for q in doc.quotes), max))
        self._qw_index: tuple[list[int], list[int]] | None = None

    def quoted_word_index(self) -> tuple[list[int], list[int]]:
        """Token start offsets, and for each token index the number of word tokens inside
        a direct quotation before it (built on first use)."""
        if self._qw_index is None:
            quoted = map(operator.ge, self.tq, repeat(0))  # token inside a quotation
            prefix = list(accumulate(map(operator.and_, self.words, quoted), initial=0))
            self._qw_index = (self.doc._starts_of("token", self.toks), prefix)
        return self._qw_index

    # ---- token predicates -------------------------------------------------------------
    def cap(self, i: int) -> bool:
        return self.caps[i]

    def word(self, i: int) -> bool:
        return self.words[i]

    def is_close_quote(self, i: int) -> bool:
        t = self.toks[i].text
        if t not in QUOTE_CLOSE:
            return False
        return self.toks[i].end in self.quote_ends or t in {"”", "»"}

    def is_open_quote(self, i: int) -> bool:
        t = self.toks[i].text
        if t not in QUOTE_OPEN:
            return False
        return self.toks[i].start in self.quote_starts or t in {"“", "«"}

    def demonym(self, i: int) -> bool:
        w = self.low[i]
        if not self.cap(i) or w in NON_DEMONYM or self.toks[i].text.isupper() or "." in w:
            return False
        return w in DEMONYM_TO_PLACE or (len(w) > 4 and w.endswith(DEMONYM_SUFFIXES))

    def title_case(self, lo: int, hi: int) -> bool:
        words = [i for i in range(lo, hi) if self.word(i) and self.toks[i].text[:1].isalpha()]
        content = [i for i in words if len(self.low[i]) > 3]
        return bool(content) and sum(self.cap(i) for i in content) / len(content) > 0.7

    # ---- cue candidates ---------------------------------------------------------------
    def candidates(self) -> list[_Cand]:
        out: list[_Cand] = []
        low, n, index, by_first = self.low, self.n, self.verbs.index, self.by_first
        nxt = 0  # first token not covered by the previous cue
        # only tokens that start some form can start a cue
        for i in [k for k, w in enumerate(low) if w in by_first]:
            if i < nxt:
                continue
            found = None
            # longest form first, trying only the lengths of forms that start with low[i]
            for L in by_first[low[i]]:
                if L > n - i:
                    continue
                entries = index.get(tuple(low[i : i + L]))
                if entries:
                    found = (L, entries)
                    break
            if found is None:
                continue
            L, entries = found
            sent = int(self.ts[i])
            # prefer verb readings, nouns are checked separately
            for e in sorted(entries, key=lambda e: e.pos != "verb"):
                out.append(_Cand(i, i + L, e, sent))
            nxt = i + L
        return out

    # ---- noun-phrase helpers ----------------------------------------------------------
    def np_ok(self, i: int) -> bool:
        """Token may be part of a source noun phrase."""
        t = self.toks[i].text
        w = self.low[i]
        if self._number_name(i):
            return True  # "No 10", "No. 10 Downing Street"
        if w in {"’", "'"} or t in {"-", "‑"}:
            return False
        if not self.word(i):
            return t == "." and i > 0 and self.low[i - 1] in HONORIFICS
        if w in PREPOSITIONS or w in CONJ_STOP or w in AUX or w in NEGATION:
            return False
        if w in PRONOUNS:
            return True
        if self.cap(i) or w in DETERMINERS or w in ROLE_NOUNS or w in REPORT_NOUNS:
            return True
        if w.endswith("'s") or w.endswith("s'"):
            return True
        if _ORDINAL_RE.fullmatch(w):
            return True  # "the 9th U.S. Circuit Court of Appeals"
        if w.endswith(("-year-old", "-year-olds")):
            return True  # "a 19-year-old from Syria"
        if w.endswith("ly") or w[0].isdigit():
            return False
        if self.verbs.lookup((w,)):
            return False
        return w.isalpha() or "-" in w

    def _number_name(self, i: int) -> bool:
        """Token ``i`` is part of a numbered name: "No 10", "No. 10", "Number 10"."""
        toks, n = self.toks, len(self.toks)

        def text(k: int) -> str:
            return toks[k].text if 0 <= k < n else ""

        t = text(i)
        if t in {"No", "Number"}:
            return text(i + 1)[:1].isdigit() or (text(i + 1) == "." and text(i + 2)[:1].isdigit())
        if t == ".":
            return text(i - 1) == "No" and text(i + 1)[:1].isdigit()
        if t[:1].isdigit():
            return text(i - 1) in {"No", "Number"} or (text(i - 1) == "." and text(i - 2) == "No")
        return False

    def np_left(self, j: int, lo: int) -> tuple[int, int] | None:
        """Noun phrase ending at token ``j`` (inclusive), walking left to ``lo``."""
        end = j
        while j >= lo and not self.word(j) and self.toks[j].text != ".":
            j -= 1
            end = j
        if (
            lo < j
            and self.toks[j].text == "."
            and self.low[j - 1] in _NAME_SUFFIX_ABBREVIATIONS
            and self.toks[j - 1].end == self.toks[j].start
        ):
            j -= 1  # "Halden Foods Inc. said": the abbreviation's period ends the name
        if j < lo or not self.np_ok(j):
            return None
        start = j
        k = j
        seen_and = False
        while k - 1 >= lo:
            p = k - 1
            w = self.low[p]
            if self.low[start] in PRONOUNS:
                break
            if (
                w in _NAME_PARTICLES
                and self.cap(start)
                and p - 1 >= lo
                and self.word(p - 1)
                and (self.cap(p - 1) or self.low[p - 1] in _NAME_PARTICLES)
            ):
                k = p  # a particle inside a name: "Ursula von der Leyen", "Charles de Gaulle"
                start = p
                continue
            if (
                w == "."
                and p - 1 >= lo
                and self.cap(start)
                and len(self.toks[p - 1].text) == 1
                and self.toks[p - 1].text.isupper()
                and self.toks[p - 1].end == self.toks[p].start
            ):
                k = p - 1  # an initial inside a name: "George W. Bush", "N. Korea"
                start = p - 1
                continue
            if w in {"of", "to", "for", "at"} and p - 1 >= lo and self.low[p - 1] in ROLE_NOUNS:
                k = p
                start = p
                continue
            if (
                w in {"of", "for", "on"}
                and self.cap(start)
                and p - 1 >= lo
                and self.word(p - 1)
                and self.cap(p - 1)
            ):
                k = p  # inside a name: "Court of Appeals", "Office for ... Affairs"
                start = p
                continue
            if (
                w == "the"
                and self.cap(start)
                and p - 2 >= lo
                and self.low[p - 1] in {"of", "for", "on"}
                and self.word(p - 2)
                and self.cap(p - 2)
            ):
                k = p - 1  # "Office for the Coordination of Humanitarian Affairs"
                start = p - 1
                continue
            if w in PREPOSITIONS and p - 1 >= lo and (self.low[p - 1], w) in POSTMODIFIER_PREPS:
                k = p - 1  # "officials familiar with the talks"
                start = k
                continue
            if (
                self.low[start] in DETERMINERS
                and self.low[start] not in POSSESSIVE_PRONOUNS
                and w not in {"and", ","}
                and not (self.cap(start) and self.cap(p) and self.word(p) and start > lo + 1)
            ):
                break  # (a capitalised determiner inside a name goes on: "Count Every Vote")
            if w == "and" and p - 1 >= lo and self.np_ok(p - 1) and self.low[p - 1] not in PRONOUNS:
                seen_and = True
                k = p
                start = p
                continue
            if w == "," and seen_and and p - 1 >= lo and self.np_ok(p - 1) and self.cap(p - 1):
                k = p
                continue
            if w in {"of", "to", "for", "at"} and p - 1 >= lo and self.low[p - 1] in ROLE_NOUNS:
                k = p
                continue
            if (
                self.low[start] in DETERMINERS
                and self.low[start] not in POSSESSIVE_PRONOUNS
                and not (self.cap(start) and self.cap(p) and self.word(p) and start > lo + 1)
            ):
                break
            if self.np_ok(p):
                if (
                    self.word(p)
                    and not self.cap(p)
                    and self.cap(start)
                    and self.low[start] not in DETERMINERS
                    and w not in _TITLE_PREMODIFIERS
                    and not w.endswith("'s")
                    and not _ORDINAL_RE.fullmatch(w)
                ):
                    break  # "follows Western claims": a plain lower-case word is not a title
                k = p
                start = p
                continue
            break
        start = k
        while start <= end and self.low[start] in {"and", ","}:
            start += 1
        return (start, end + 1) if start <= end else None

    def np_right(self, i: int, hi: int, allow_apposition: bool = True) -> tuple[int, int] | None:
        """Noun phrase starting at token ``i``, walking right to ``hi``."""
        if (
            i >= hi
            or not self.np_ok(i)
            and not (self.toks[i].text == "." and i > 0 and self.low[i - 1] in HONORIFICS)
        ):
            return None
        if self.low[i] in PRONOUNS:
            return (i, i + 1)
        k = i
        while k < hi:
            w = self.low[k]
            if k > i and (
                w in TIME_WORDS
                or w in {"last", "this", "next", "every", "late", "early"}
                and k + 1 < hi
                and self.low[k + 1] in TIME_WORDS
            ):
                break  # "by Greenpeace last week"
            if (
                k > i
                and w in {"of", "on", "for"}
                and self.low[k - 1] in _INSTITUTION_HEADS
                and self.cap(k - 1)
                and k + 2 < hi
                and self.low[k + 1] == "the"
                and self.cap(k + 2)
                and self.low[k + 2] not in TIME_WORDS
                and not self.low[k - 1].endswith("'s")
            ):
                k += 2  # "the Institute for the Study of War"
                continue
            if (
                k > i
                and self.word(k)
                and not self.cap(k)
                and self.cap(k - 1)
                and not self._number_name(k)
                and w not in _ROLE_MEDIA_REPORT_NOUNS
                and w != "and"
                and not self.low[k - 1].endswith("'s")
                and not self.demonym(k - 1)
                and w not in self.noun_words
                and (
                    w.endswith("ed")
                    or w in self.verb_words
                    or k + 1 >= hi
                    or self.low[k + 1]
                    in DETERMINERS | PREPOSITIONS | PRONOUNS | REFLEXIVES | {"that"}
                    or not self.word(k + 1)
                )
            ):
                break  # "Putin met at ...", "Kim said": a verb after a name ends the NP
            if (
                k > i
                and self.word(k)
                and not self.cap(k)
                and w.endswith("ed")
                and k + 1 < hi
                and self.low[k - 1] not in DETERMINERS | SOURCE_PREMODIFIERS
                and self.low[k + 1] in DETERMINERS | POSSESSIVE_PRONOUNS
            ):
                break  # "Sweden's central bank lowered its rate": a finite verb ends the NP
            if k > i and w in PREPOSITIONS and (self.low[k - 1], w) in POSTMODIFIER_PREPS:
                k += 1  # "people familiar with the matter"
                continue
            if (
                k > i
                and w in {"of", "on", "for"}
                and self.cap(k - 1)
                and k + 1 < hi
                and self.cap(k + 1)
                and self.low[k + 1] not in TIME_WORDS
                and self.word(k - 1)
                and not self.low[k - 1].endswith("'s")
            ):
                k += 1  # "the Center on Budget and Policy Priorities", "Institute for ..."
                continue
            if self.np_ok(k) and not (
                k > i
                and self.low[k] in DETERMINERS
                and self.low[k - 1] not in {"and", ","} | PREPOSITIONS
                and self.low[k] not in POSSESSIVE_PRONOUNS
            ):
                k += 1
                continue
            if w == "and" and k + 1 < hi and self.np_ok(k + 1):
                k += 1
                continue
            if (
                w in {"of", "to", "for", "at"}
                and k > i
                and self.low[k - 1] in ROLE_NOUNS
                and k + 1 < hi
                and self.np_ok(k + 1)
            ):
                k += 1
                continue
            if (
                w == ","
                and allow_apposition
                and k + 1 < hi
                and self.np_ok(k + 1)
                and self.low[k + 1] not in PRONOUNS
                and (self.cap(k + 1) or self.low[k + 1] in DETERMINERS)
            ):
                # apposition: ", Tass." / ", Maria Zakharova." (runs to the end of the clause)
                m = k + 1
                while m < hi and self.np_ok(m) and self.low[m] not in TIME_WORDS:
                    m += 1
                if m >= hi or not self.word(m) and self.toks[m].text in {".", ",", ";", "”"}:
                    k = m
                break
            break
        while k > i and not self.word(k - 1) and self.toks[k - 1].text != ".":
            k -= 1
        if (
            k > i
            and self.toks[k - 1].text == "."
            and not (k - 2 >= i and self.low[k - 2] in HONORIFICS)
        ):
            k -= 1
        return (i, k) if k > i else None

    def skip_time_left(self, j: int, lo: int) -> int:
        """Skip a time adverbial ending at ``j`` ("on Wednesday", "earlier this month")."""
        k = j
        while k >= lo and (
            self.low[k] in TIME_WORDS
            or self.low[k].isdigit()
            or (self.low[k] == "." and k > lo and self.low[k - 1] in TIME_WORDS)
        ):
            k -= 1
        if k < j:
            while k >= lo and self.low[k] in TIME_LEAD | {"this", "last", "earlier", "month"}:
                k -= 1
            return k
        return j

    def skip_time_right(self, i: int, hi: int) -> int:
        k = i
        while k < hi:
            w = self.low[k]
            if (
                w in TIME_LEAD
                and k + 1 < hi
                and (self.low[k + 1] in TIME_WORDS or self.low[k + 1] in {"this", "last"})
            ):
                k += 1
                continue
            if w in TIME_WORDS or w in {
                "this",
                "last",
                "earlier",
                "later",
                "separately",
                "also",
                "again",
                "publicly",
                "repeatedly",
            }:
                k += 1
                continue
            if w == "." and k > i and self.low[k - 1] in TIME_WORDS:
                k += 1
                continue
            if (
                w.isdigit()
                and k > i
                and (
                    self.low[k - 1] in TIME_WORDS
                    or (self.low[k - 1] == "." and k - 2 >= i and self.low[k - 2] in TIME_WORDS)
                )
            ):
                k += 1
                continue
            break
        return k

    # ---- subject search ---------------------------------------------------------------
    def subject_left(self, c: int, lo: int) -> tuple[int, int] | None:
        j = c - 1
        while j >= lo:
            w = self.low[j]
            if w in PRE_VERB_ADVERBS or w in NEGATION or w.endswith("n't") or w in AUX:
                j -= 1
                continue
            if (
                w.endswith("ly")
                and len(w) > 4
                and self.word(j)
                and not self.cap(j)
                and j - 1 >= lo
                and self.word(j - 1)
            ):
                j -= 1  # any manner/stance adverb: "finally admitted", "sharply criticised"
                continue
            if (w in TIME_WORDS or w.isdigit()) and not self._number_name(j):
                k = self.skip_time_left(j, lo)
                if k < j:
                    j = k
                    continue
            break
        if j < lo:
            return None
        w = self.low[j]
        if w in {"and", "but"} or w in {"to", "from"}:
            return None
        if self.is_close_quote(j) and j - 1 >= lo and self.low[j - 1] in {",", ".", "?", "!"}:
            return None  # '"We were lucky," said ...': the words before are the quotation
        if w == ",":
            # "X, the foreign minister, said" / "Moscow, for its part, said" /
            # "Cogat, the body that oversees aid, said" / "Jane Doe, 41, from Leeds, said"
            for _ in range(3):
                k = j - 1
                while k >= lo and self.low[k] != "," and not self.is_close_quote(k):
                    k -= 1
                if k < lo or self.low[k] != ",":
                    return None
                seg = (k + 1, j)
                if seg[0] >= seg[1]:
                    return None
                first = self.low[seg[0]]
                before = self.np_left(k - 1, lo)
                parenthetical = (
                    first in PREPOSITIONS
                    or first.endswith("ly")
                    or first in PRE_VERB_ADVERBS
                    or first.endswith("ing")
                    or first in {"who", "which", "whose"}
                    or self.participle_phrase(seg)
                )
                if before is None:
                    if parenthetical or self.appositive(seg):
                        j = k  # another comma-bounded segment further left
                        continue
                    return None
                before = self.extend_left(before, lo)
                if parenthetical:
                    return before
                if all(self.np_ok(m) for m in range(*seg)):
                    return (before[0], seg[1])
                if self.appositive(seg):
                    if (
                        self.cap(seg[0])
                        and self.cap(seg[1] - 1)
                        and self.actors is not None
                        and self.actors.resolve(
                            self.text[self.toks[seg[0]].start : self.toks[seg[1] - 1].end]
                        )
                    ):
                        return (before[0], seg[1])  # "The state's top official, Secretary X,"
                    return before
                return None
            return None
        if w in POSSESSIVE_PRONOUNS:
            return None
        if w == "who" and j - 1 >= lo and self.low[j - 1] == ",":
            return (j, j + 1)  # "Karin Holt, a strategist, who estimates": resolved later
        return self.extend_left(self.np_left(j, lo), lo)

    def participle_phrase(self, seg: tuple[int, int]) -> bool:
        """A comma-bounded participle phrase: "released on Monday", "issued late", "written
        by her lawyer" (not an appositive noun phrase such as "retired judge Mary Hanrahan")."""
        a, b = seg
        first = self.low[a]
        if self.cap(a) or not (first.endswith("ed") or first in _IRREGULAR_PARTICIPLES):
            return False
        if b - a == 1:
            return True
        nxt = self.low[a + 1]
        return (
            nxt in PREPOSITIONS
            or nxt in TIME_WORDS
            or nxt.endswith("ly")
            or nxt
            in {
                "late",
                "early",
                "earlier",
                "jointly",
            }
        )

    def extend_left(self, span: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
        """Grow a subject NP leftwards over post-modifying PPs and a 'who' relative clause
        that stand between the head noun and the verb: "Survivors in the worst-hit town of
        Erciş accused", "Residents who gathered at a shelter at Redmond High School described".
        """
        if span is None:
            return None
        s, e = span
        for _ in range(4):
            p = s - 1
            if p - 1 < lo or self.low[p] not in {"in", "at", "of", "from", "for", "on", "with"}:
                break
            if self.low[p - 1] == ",":
                break  # "..., with campaigners warning": a new phrase, not a post-modifier
            if self.low[p] in {"in", "on", "at"} and self.low[s] in TIME_WORDS:
                break
            prev = self.np_left(p - 1, lo)
            if prev is None:
                break
            head = self.low[prev[1] - 1]
            if (
                head in PRONOUNS
                or head in DETERMINERS
                or head.endswith(("ed", "ing"))
                or head in TIME_WORDS
                or self.verbs.lookup((head,))
            ):
                break
            s = prev[0]
        # a bare relative clause: NP who VERB ... (no commas, at most eight tokens)
        r = s - 1
        while r >= lo and r >= s - 8 and self.word(r) and self.low[r] != "who":
            r -= 1
        if r >= lo and r < s - 1 and self.low[r] == "who" and not self.cap(r + 1):
            ante = self.np_left(r - 1, lo) if r - 1 >= lo else None
            if ante is not None and self.low[ante[1] - 1] not in PRONOUNS:
                s = ante[0]
        return (s, e)

    def lower_title_name(self, i: int, hi: int) -> bool:
        """Lower-case title words followed by a capitalised name: "company spokesman Derek
        Olsen", "chief executive Birgitte Holm", "pensioner Alan Dobson"."""
        k = i
        while (
            k < hi
            and k < i + 4
            and self.word(k)
            and not self.cap(k)
            and (self.toks[k].text.isalpha() or "-of-" in self.low[k])
            and self.low[k] not in DETERMINERS | PREPOSITIONS | CONJ_STOP | AUX | PRONOUNS
        ):
            k += 1
        if k == i or k >= hi or not self.cap(k) or not self.word(k):
            return False
        # "mother-of-two Kerry Blake", "father-of-three": the head is the first part
        last = self.low[k - 1].split("-")[0] if "-of-" in self.low[k - 1] else self.low[k - 1]
        return (
            last in TITLE_NOUNS
            or last in PERSON_ROLE_NOUNS
            or last in ROLE_NOUNS
            or (len(last) > 4 and last.endswith(TITLE_SUFFIXES))
        )

    def appositive(self, seg: tuple[int, int]) -> bool:
        """A comma-bounded appositive that is more than a bare NP: "a treaty ally of the
        Philippines", "the Israeli defence body that oversees aid", an age ("41")."""
        lo, hi = seg
        if hi - lo > 16:
            return False
        first = self.low[lo]
        if hi - lo == 1 and first.isdigit():
            return True
        if not (first in DETERMINERS or first in ROLE_NOUNS or self.cap(lo)):
            return False
        if first in PRONOUNS or self.verbs.lookup((first,)):
            return False
        return all(self.word(m) or self.toks[m].text in {"-", "’", "'", "."} for m in range(lo, hi))

    def sentence_subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """First noun phrase of the main clause (after a leading adverbial)."""
        i = lo
        for d in range(lo, min(hi, lo + 10)):  # dateline "SEATTLE (AP) — ", "VAN, Turkey (AFP) –"
            if (
                self.toks[d].text in {"—", "–"}
                and d > lo
                and any(
                    self.toks[m].text.isupper() and len(self.toks[m].text) > 1 for m in range(lo, d)
                )
                and all(self.cap(m) or not self.word(m) for m in range(lo, d))
            ):
                i = d + 1
                break
        while i < hi and not self.word(i):
            i += 1
        if i >= hi:
            return None
        w = self.low[i]
        if (
            w in PREPOSITIONS
            or w in SUBORDINATORS
            or w in CONJ_STOP
            or w.endswith("ing")
            or w.endswith("ly")
            or w in {"however", "meanwhile", "but", "and", "later", "soon", "so", "yet", "then"}
        ):
            k = i
            while k < hi and self.low[k] != ",":
                k += 1
            if k < hi and w not in {"but", "and", "so", "yet", "then"}:
                i = k + 1
            elif w in {"but", "and", "so", "yet", "then"}:
                i += 1
            else:
                return None
        while i < hi and not self.word(i):
            i += 1
        return self.np_right(i, hi, allow_apposition=False)

    # ---- main passes ------------------------------------------------------------------
    def run(self) -> list[_Attr]:
        attrs: list[_Attr] = []
        cands = self.candidates()
        taken: set[int] = set()
        attrs.extend(self.headline_colons())
        noncomment = self.negated_speech(cands)
        for a in noncomment:
            taken.update(range(*a.cue_tok))
        attrs.extend(noncomment)
        by_start: dict = {}
        for c in cands:
            by_start.setdefault(c.start, []).append(c)
        for start in sorted(by_start):
            if start in taken:
                continue
            for c in by_start[start]:
                a = self.analyse_cue(c, taken)
                if a is not None:
                    attrs.append(a)
                    taken.update(range(c.start, c.end))
                    taken.update(range(*a.cue_tok))
                    break
        attrs.sort(key=lambda a: a.cue_tok[0])
        self.resolve_controllers(attrs)
        self.assign_content(attrs)
        return attrs

    def headline_colons(self) -> list[_Attr]:
        out = []
        for si, s in enumerate(self.doc.sentences):
            if not (s.zone == "headline" or (si == 0 and s.start == 0)):
                continue
            lo, hi = self.sent_bounds[si]
            for k in range(lo + 1, min(hi, lo + 7)):
                if self.toks[k].text != ":":
                    continue
                if k - lo == 1 and self.low[lo] in HEADLINE_LABELS:
                    break  # "Analysis: ...", "Exclusive: ..." label the genre, not a speaker
                words = [self.toks[m].text for m in range(lo, k) if self.word(m)]
                if len(words) >= 3 and all(w.isupper() for w in words):
                    break  # a shouted tabloid kicker ("FURY ON THE FARMS: ..."), not a speaker
                if (
                    all(
                        self.word(m) and (self.cap(m) or self.low[m] in ROLE_NOUNS | {"the"})
                        for m in range(lo, k)
                    )
                    and k + 1 < hi
                ):
                    e = CueEntry("headline-colon", "punct", "neutral", "any", "GOLD-G")
                    a = _Attr(si, (k, k + 1), e, "headline-colon", "neutral", src=(lo, k))
                    a.content = (self.toks[k + 1].start, self.toks[hi - 1].end)
                    out.append(a)
                break
        return out

    def negated_speech(self, cands: list[_Cand]) -> list[_Attr]:
        out = []
        for c in cands:
            if c.entry.cue_class == "non-comment":
                if self.tq[c.start] >= 0:
                    continue
                lo, _ = self.sent_bounds[c.sent]
                a = _Attr(c.sent, (c.start, c.end), c.entry, c.entry.lemma, "non-comment")
                a.src = self.subject_left(c.start, lo)
                if a.src is None:
                    a.controller = "mid"
                out.append(a)
                continue
            if c.entry.pos != "verb" or c.entry.lemma not in SPEECH_VERBS_NONCOMMENT:
                continue
            if self.tq[c.start] >= 0:
                continue
            lo, _ = self.sent_bounds[c.sent]
            j = c.start - 1
            while j >= lo and self.low[j] in {
                "publicly",
                "immediately",
                "officially",
                "directly",
                "specifically",
                "yet",
                "also",
            }:
                j -= 1
            if j < lo or not (self.low[j] in NEGATION or self.low[j].endswith("n't")):
                src = self.subject_left(c.start, lo)
                if src is not None:
                    # "Neither company responded", "Neither the White House nor the Pentagon
                    # responded": the subject's own negation
                    before = self.low[max(lo, src[0] - 1) : src[0] + 1]
                    if "nor" in before and "neither" in self.low[lo : src[0]]:
                        n = max(i for i in range(lo, src[0]) if self.low[i] == "neither")
                        src = (n + 1, src[1])
                    elif "neither" not in before:
                        continue
                    e = CueEntry(f"not {c.entry.lemma}", "phrase", "non-comment", "any", "OWN")
                    a = _Attr(c.sent, (c.start, c.end), e, e.lemma, "non-comment")
                    a.src = src
                    out.append(a)
                continue
            k = j
            if self.low[j] in NEGATION and j - 1 >= lo and self.low[j - 1] in AUX:
                k = j - 1
            e = CueEntry(f"not {c.entry.lemma}", "phrase", "non-comment", "any", "OWN")
            a = _Attr(c.sent, (k, c.end), e, e.lemma, "non-comment")
            a.src = self.subject_left(k, lo)
            out.append(a)
        return out

    def has_clause_after(self, i: int, hi: int) -> bool:
        """A clause, quotation or colon follows token ``i`` (complement of a reporting verb)."""
        i = self.skip_time_right(i, hi)
        # skip a prepositional adverbial before "that" ("in a post on X on Thursday that")
        k = i
        steps = 0
        while (
            k < hi
            and steps < 14
            and self.low[k] not in {"that", ",", ".", ":"}
            and not self.is_open_quote(k)
        ):
            k += 1
            steps += 1
        if (
            k < hi
            and (self.low[k] in {"that", ":"} or self.is_open_quote(k))
            and (k == i or self.low[i] in _CLAUSE_LEAD_WORDS)
        ):
            return True
        if i >= hi:
            return False
        w = self.low[i]
        if w in {"that", ":", "whether", "how", "what", "why", "if"} or self.is_open_quote(i):
            return True
        if w in PRONOUNS or self.cap(i) or w in DETERMINERS:
            m = i
            while m < min(hi, i + 9) and self.low[m] not in {",", ".", ";"}:
                if m > i and (
                    self.low[m] in FINITE_MARKERS
                    or self.low[m].endswith("ed")
                    or self.low[m].endswith("n't")
                ):
                    return True
                if (
                    m > i
                    and self.low[m].endswith("s")
                    and not self.cap(m)
                    and self.low[m - 1] not in DETERMINERS
                    and m > i + 1
                ):
                    return True
                m += 1
        return False

    def content_left_pattern(self, c: _Cand, src: tuple[int, int] | None, lo: int, hi: int) -> bool:
        """'..., X said.' / '“...,” X said' / '..., said X.'"""
        first = src[0] if src and src[0] < c.start else c.start
        if first <= lo:
            return False
        p = first - 1
        return self.low[p] in {",", ":"} or self.is_close_quote(p) or self.low[p] == "as"

    def is_noun_use(self, c: _Cand, lo: int) -> bool:
        if c.start <= lo:
            return False
        p = self.low[c.start - 1]
        if p in _NOUN_DETERMINERS_NOT_THAT:
            return True
        if p.endswith("'s") or (self.demonym(c.start - 1) and self.low[c.start].endswith("s")):
            return True
        if p in {"of", "for", "with", "amid", "about", "against", "over"} and not self.low[
            c.start
        ].endswith("ing"):
            return True
        if p in NOUN_MODIFIERS:
            return True  # "member states", "island states"
        if c.end < len(self.low) and (self.low[c.start], self.low[c.end]) in COMPOUND_NOUNS:
            return True  # "think tank"
        return False

    def analyse_cue(self, c: _Cand, taken: set[int]) -> _Attr | None:
        e = c.entry
        lo, hi = self.sent_bounds[c.sent]
        first = self.low[c.start]
        in_quote = self.tq[c.start] >= 0
        if self.cap(c.start) and c.start > lo and not self.title_case(lo, hi) and e.pos != "prep":
            return None  # proper name ("United States")
        if e.pos == "prep":
            if in_quote:
                return None
            return self.according_to(c, lo, hi)
        if e.pos == "adv":
            a = _Attr(c.sent, (c.start, c.end), e, e.lemma, e.cue_class)
            a.src_kind = "implicit"
            return a
        if e.pos == "noun":
            if in_quote:
                return None
            return self.nominal(c, lo, hi)
        if e.pos == "punct":
            return None
        # verbs and verb phrases
        if in_quote and (first.endswith("ing") or e.cue_class == "non-comment"):
            return None
        if (
            first in {"call", "calls", "called", "calling"}
            and c.end < hi
            and self.low[c.end] in {"for", "on", "off", "up", "in", "back", "out"}
        ):
            return None
        if c.start > lo and self.low[c.start - 1] == "so-called":
            return None
        if self.is_noun_use(c, lo) and not (
            first.endswith("ed") and c.start - 1 >= lo and self.low[c.start - 1] in BE
        ):
            return None
        if (
            first
            in {
                "alleged",
                "purported",
                "suspected",
                "reported",
                "estimated",
                "believed",
                "so-called",
            }
            and c.end < hi
            and self.word(c.end)
            and not (
                self.low[c.end] in {"that", "to", "by", "in", "on", "last", "this"}
                or self.low[c.end] in PREPOSITIONS
            )
            and c.start > lo
            and (self.low[c.start - 1] not in AUX | PRE_VERB_ADVERBS)
        ):
            # attributive participle: "the alleged transfer", "an estimated range"
            if not (
                c.start > lo
                and self.np_ok(c.start - 1)
                and self.low[c.start - 1] not in DETERMINERS
                and self.cap(c.end) is False
                and self.low[c.end] in PRONOUNS
            ):
                if c.start - 1 >= lo and (
                    self.low[c.start - 1] in DETERMINERS
                    or not self.np_ok(c.start - 1)
                    or self.low[c.start - 1] in {"with", "of"}
                ):
                    return None
        if (
            first.endswith("ed")
            and c.start > lo
            and c.end < hi
            and self.word(c.end)
            and not self.cap(c.end)
            and (
                self.low[c.start - 1] in DETERMINERS or self.low[c.start - 1] in _PREPOSITIONS_NEAR
            )
            and self.low[c.start - 1] not in {"as", "by", "than", "like"}
            and self.low[c.end] not in PREPOSITIONS | CONJ_STOP | PRONOUNS | DETERMINERS
        ):
            return None  # prenominal participle: "near disputed shoal", "the reported talks"
        a = _Attr(c.sent, (c.start, c.end), e, e.lemma, e.cue_class)
        prev = self.low[c.start - 1] if c.start > lo else ""
        if e.constraint == "as-object" and (
            not self.as_complement(c.end, hi)
            or prev in BE
            or (prev.endswith("ly") and c.start - 2 >= lo and self.low[c.start - 2] in BE)
        ):
            return None  # "regards X as Y" only: not "as regards", not "is widely regarded as"
        # ---- passive / evidential --------------------------------------------------
        if (
            first.endswith(("ed", "id", "ld", "wn", "ht"))
            and first not in {"said", "told"}
            or first in {"said", "told", "thought", "shown", "understood"}
        ):
            be_before = prev in BE or (
                prev in _NEGATED_PRE_VERB and c.start - 2 >= lo and self.low[c.start - 2] in BE
            )
            nxt = self.low[c.end] if c.end < hi else ""
            # "X (is) accused of Y", "a tanker suspected of ferrying": the active verb needs
            # its object before "of", so a participle followed by "of" is passive and X is
            # the accused, never the accuser
            passive_of = first in {"accused", "suspected"} and nxt == "of"
            # "details feared stolen", "three feared dead": an agentless belief like "believed to"
            feared_state = e.lemma == "fear" and nxt in _FEARED_STATES
            reduced = (
                e.lemma in RAISING_LEMMAS
                and (nxt == "to" or feared_state)
                and prev
                and (
                    prev == ","
                    or (
                        self.word(c.start - 1)
                        and not self.cap(c.start - 1)
                        and not prev.endswith("ly")
                        and prev not in PRE_VERB_ADVERBS
                        and prev
                        not in PRONOUNS | AUX | DETERMINERS | PREPOSITIONS | CONJ_STOP | {"and"}
                    )
                )
            )
            by = None
            for m in range(c.end, min(hi, c.end + 6)):
                if self.low[m] == "by":
                    by = m
                    break
                if self.low[m] in {",", ".", "that"}:
                    break
            # reduced relative: "the tritium readings reported by Greenpeace"
            reduced_rel = (
                by == c.end
                and first.endswith("ed")
                and self.word(c.start - 1)
                and not self.cap(c.start - 1)
                and prev not in PRONOUNS | AUX | DETERMINERS | PREPOSITIONS | CONJ_STOP | BE
            )
            if (
                (be_before and prev != "'s")
                or reduced
                or reduced_rel
                or (prev == "as" and by is not None)
                or (e.constraint == "passive-by" and by is not None)
                or passive_of
            ):
                if e.constraint == "passive-by" and by is None:
                    return None
                if be_before and prev in {"has", "have", "had"}:
                    pass
                else:
                    if by is not None and (
                        be_before
                        or prev == "as"
                        or reduced
                        or e.constraint == "passive-by"
                        or prev not in PRONOUNS
                    ):
                        src = self.np_right(by + 1, hi)
                        if (
                            src is not None
                            and e.constraint in {"animate", "animate-clause"}
                            and not self.animate(src)
                        ):
                            return None  # "is characterised by dry summers"
                        if src is not None:
                            a.src = src
                            a.src_kind = "agent"
                            if prev == "as":
                                a.controller = "relay"
                            return a
                    nxt2 = self.low[c.end] if c.end < hi else ""
                    expl = c.start - 2 >= lo and self.low[c.start - 2] in {"it", "is", "was"}
                    if (
                        passive_of
                        or reduced
                        or (
                            be_before
                            and e.lemma in RAISING_LEMMAS
                            and (nxt2 in {"to", "that"} or expl or feared_state)
                        )
                    ):
                        a.src_kind = "implicit"
                        return a
                    return None
            if e.constraint == "passive-by":
                return None
        # ---- participial -------------------------------------------------------------
        if first.endswith("ing") and prev == "without" and (c.end >= hi or not self.word(c.end)):
            return None  # "closed without warning.": nothing is said
        if first.endswith("ing") and prev not in BE:
            if first == "citing" or (e.lemma == "cite" and first.endswith("ing")):
                src = self.np_right(c.end, hi, allow_apposition=False)
                a.src = src
                a.src_kind = "cited"
                a.nested = True
                return a if src is not None else None
            if (
                c.start == lo
                or prev in _PARTICIPLE_LEFT
                or self.is_close_quote(c.start - 1)
                or prev in QUOTE_OPEN
            ):
                if c.start == lo or (prev in SUBORDINATORS and c.start - 1 == lo):
                    a.controller = "sentence-initial"
                else:
                    a.controller = "mid"
                if e.constraint in {
                    "clause",
                    "animate",
                    "animate-clause",
                } and not self.has_clause_after(c.end, hi):
                    return None
                return a
            # "with Ukraine alleging that ..." -> subject directly before
        # ---- inversion: '“...,” said X' / '..., announced his spokesperson, X.' ----------
        # ("X, for its part, rejected any involvement": a subject before a parenthetical
        # wins over an inverted reading of the object)
        # after a quotation that ends in punctuation ('“…,” said one engineer') the noun
        # phrase after the verb is the speaker whatever its first word
        after_quote = (
            c.start - 2 >= lo
            and self.is_close_quote(c.start - 1)
            and self.low[c.start - 2] in {",", ".", "?", "!"}
        )
        if (
            c.start > lo
            and (prev == "," or self.is_close_quote(c.start - 1))
            and c.end < hi
            and self.low[c.end] != "that"
            and (
                self.cap(c.end)
                or self.low[c.end] in DETERMINERS
                or self.lower_title_name(c.end, hi)
                # a hyphenated modifier before a name: "said pro-government MP Tom Reed"
                or ("-" in self.low[c.end] and c.end + 1 < hi and self.cap(c.end + 1))
                or (after_quote and self.word(c.end))
            )
            and self.low[c.end] not in PRONOUNS | {"it", "this"}
            and not (prev == "," and self.subject_left(c.start, lo) is not None)
        ):
            src = self.np_right(c.end, hi)
            if src is not None:
                after = src[1]
                after = self.skip_time_right(after, hi)
                if (
                    after >= hi
                    or self.low[after] in {".", ",", ";", "("} | PREPOSITIONS
                    or self.is_close_quote(after)
                ):
                    a.src = src
                    a.src_kind = "inverted"
                    return a
        # ---- subject to the left -----------------------------------------------------
        src = self.subject_left(c.start, lo)
        if src is None:
            if prev in {"and", "but"} or (first.endswith("ing") and prev not in BE):
                a.controller = "mid"
            elif in_quote:
                return None
            else:
                return None
        if src is not None:
            head = self.low[src[1] - 1]
            if head in {"this", "that", "these", "those", "which", "what"}:
                return None
            if e.constraint in {"animate", "animate-clause"} and not self.animate(src):
                return None
            if (
                e.constraint in {"animate", "animate-clause"}
                and src[0] - 2 >= lo
                and self.low[src[0] - 1] == "by"
                and self.low[src[0] - 2] in AGENT_PARTICIPLES
            ):
                return None  # "emails seen by the Courier show": the subject is the documents
            if in_quote and not self.tq[src[0]] >= 0:
                return None
            a.src = src
            a.src_kind = "subject"
        if e.constraint == "directive" and self.object_to_infinitive(c.end, hi):
            return None  # a request, no proposition: "urged the union to return to talks"
        if e.constraint in {"clause", "animate-clause"}:
            ok = self.has_clause_after(c.end, hi) or self.content_left_pattern(c, src, lo, hi)
            if e.lemma == "tell" or not ok:
                if not ok:
                    return None
        if in_quote:
            a.nested = True
        return a

    def as_complement(self, i: int, hi: int) -> bool:
        """An "as" complement or a colon follows within six tokens, after an optional object
        and with no other punctuation before it: "regards Lai as a “dangerous separatist”",
        "defended the agreement: one must reduce irregular migration"."""
        for k in range(i, min(hi, i + 7)):
            if self.low[k] in {"as", ":"}:
                return True
            if not self.word(k) or self.low[k] in {"that", "whether", "if"} | BE:
                return False
        return False

    def object_to_infinitive(self, i: int, hi: int) -> bool:
        """Tokens from ``i`` are an optional object and a to-infinitive ("the union to
        return", "member states in a letter to “proactively reject”", "to remain calm"),
        with no clause, quotation or punctuation before "to"."""
        k = i
        while k < hi and k < i + 9:
            w = self.low[k]
            if w == "to":
                m = k + 1
                while m < hi and self.is_open_quote(m):
                    m += 1
                return (
                    m < hi
                    and self.word(m)
                    and not self.cap(m)
                    and self.low[m] not in DETERMINERS | PRONOUNS
                )
            if (
                not self.word(k)
                or w in {"that", "whether", "if"}
                or w in FINITE_MARKERS
                or w in BE
                or (k > i and w in PRONOUNS and w not in {"him", "her", "them", "us", "me"})
            ):
                return False  # a clause: "told the paper it was going to close"
            k += 1
        return False

    def animate(self, src: tuple[int, int]) -> bool:
        s = self.text[self.toks[src[0]].start : self.toks[src[1] - 1].end]
        head = self.low[src[1] - 1]
        if head in PRONOUNS - {"it"}:
            return True
        if self.actors is not None and self.actors.resolve(s) is not None:
            return True
        if head in EVIDENCE_NOUNS:
            return False  # "Polls suggest", "Court records show" (capitalised or not)
        return head in ROLE_NOUNS or head in _PEOPLE_NOUNS or self.cap(src[1] - 1)

    def according_to(self, c: _Cand, lo: int, hi: int) -> _Attr | None:
        src = self.np_right(c.end, hi, allow_apposition=True)
        if (
            src is not None
            and all(not self.word(k) for k in range(lo, c.start))
            and (src[1] >= hi or self.low[src[1]] in {".", "!", "?"})
        ):
            # sentence-initial "According to X, the talks failed": the comma after X opens
            # the main clause, which is no apposition of X
            src = self.np_right(c.end, hi, allow_apposition=False)
        a = _Attr(c.sent, (c.start, c.end), c.entry, c.entry.lemma, c.entry.cue_class)
        if src is None:
            a.src_kind = "implicit"
            return a
        s, e = src
        if e < hi and self.low[e] in self.noun_words:
            e += 1  # "According to Western claims"
        if e + 1 < hi and self.low[e - 1] in _ACCESS_PARTICIPLES and self.low[e] == "by":
            # "documents seen by this newspaper": the documents speak; who saw them is part
            # of the description (an author, "figures compiled by X", is the source below)
            tail = self.np_right(e + 1, hi, allow_apposition=False)
            if tail is not None:
                e = tail[1]
        # strip a trailing time word ("Peskov Wednesday")
        while e - 1 > s and self.low[e - 1] in TIME_WORDS:
            e -= 1
        head = self.low[e - 1]
        nouns = [x for x in self.verbs.lookup((head,)) if x.pos == "noun"]
        if nouns and e - 1 > s and nouns[0].cue_class != "neutral":
            # "According to X's accusations" -> the stance noun is the cue
            n = nouns[0]
            a = _Attr(c.sent, (e - 1, e), n, n.lemma, n.cue_class)
            a.src = (s, e - 1)
            a.src_kind = "possessor"
            a.controller = "according-noun"
            return a
        if (
            head not in _REPORT_OR_DATA_NOUNS
            and e + 1 < hi
            and self.low[e] == "of"
            and not self.cap(e - 1)
            and self.word(e - 1)
            and self.low[e + 1] in DETERMINERS | {"a", "an"}
        ):
            tail = self.np_right(e + 1, hi, allow_apposition=False)
            if tail is not None:
                e = tail[1]  # "the minutes of the previous meeting"
        elif (
            head in REPORT_NOUNS
            and e - 1 > s
            and (self.cap(e - 2) or self.low[e - 2].endswith("'s") or self.demonym(e - 2))
        ):
            e -= 1  # "according to Kremlin briefings" -> Kremlin ("a preliminary report" stays)
        elif (
            (head in REPORT_NOUNS or head in {"information", "data"})
            and e < hi
            and self.low[e] in {"of", "from", "by"}
        ):
            # "according to information of the magazine Der Spiegel", "figures from the UN"
            owner = self.np_right(e + 1, hi, allow_apposition=False)
            if owner is not None:
                s, e = owner
        for m in range(s, min(e, hi - 2)):
            if self.low[m] in _REPORT_OR_DATA_NOUNS and (
                self.low[m + 1].endswith("ed") and self.low[m + 2] == "by"
            ):
                # "according to figures compiled by the ombudsman" -> the ombudsman
                owner = self.np_right(m + 3, hi, allow_apposition=False)
                if owner is not None:
                    s, e = owner
                break
        else:
            if (
                e + 1 < hi
                and self.low[e - 1] in _REPORT_OR_DATA_NOUNS
                and self.low[e].endswith("ed")
                and self.low[e + 1] == "by"
            ):
                owner = self.np_right(e + 2, hi, allow_apposition=False)
                if owner is not None:
                    s, e = owner  # "according to a report published by Poland's CERT"
        a.src = (s, e)
        a.src_kind = "according"
        return a

    def nominal(self, c: _Cand, lo: int, hi: int) -> _Attr | None:
        e = c.entry
        nxt = self.low[c.end] if c.end < hi else ""
        prev = self.low[c.start - 1] if c.start > lo else ""
        a = _Attr(c.sent, (c.start, c.end), e, e.lemma, e.cue_class)
        complement = nxt in {"that", "of", "about"}
        src = None
        k = c.end
        if nxt in {"among", "by", "from"}:
            m = self.np_right(c.end + 1, hi, allow_apposition=False)
            if m is not None and m[1] < hi and self.low[m[1]] == "that":
                src, complement, k = m, True, m[1]
        if complement and self.low[k] == "that":
            # relative clause, not a complement: "a claim that X denied" (object gap)
            m = k + 1
            while m < hi and self.low[m] not in {",", ".", ";", "–", "—"}:
                m += 1
            last = m - 1
            if (
                last > k
                and self.verbs.lookup((self.low[last],))
                and self.low[last] in self.verb_words
            ):
                return None
        premod = False
        if c.start > lo:
            p = c.start - 1
            if prev.endswith("'s") or prev in POSSESSIVE_PRONOUNS:
                pass
            elif (
                self.word(p)
                and prev not in _NOT_PREMODIFIERS
                and not prev.endswith("ly")
                and prev not in {"latest", "new", "recent"}
            ):
                premod = True
        if e.constraint == "clause" and not (complement and self.low[k] == "that"):
            return None
        if not complement and not premod:
            return None
        # verb reading: "Russia claims that" (capitalised non-demonym subject directly before)
        if (
            c.start > lo
            and self.low[c.start] in {"claims", "claim", "reports", "report"}
            and (
                prev in PRONOUNS
                or (self.cap(c.start - 1) and not self.demonym(c.start - 1))
                or prev in {"also", "repeatedly", "still"}
            )
        ):
            return None
        if src is None:
            # possessor / modifier source: "South Korea's latest accusations", "Western claims"
            j = c.start - 1
            while j >= lo and self.low[j] in {
                "latest",
                "new",
                "recent",
                "repeated",
                "renewed",
                "fresh",
                "earlier",
                "previous",
                "growing",
            }:
                j -= 1
            if j >= lo and (
                self.low[j].endswith("'s") or self.demonym(j) or self.low[j] in POSSESSIVE_PRONOUNS
            ):
                np = self.np_left(j, lo)
                if np is not None:
                    src = np
        if src is not None:
            a.src = src
            a.src_kind = "possessor"
        else:
            a.src_kind = "implicit"
        return a

    # ---- controllers and sources ------------------------------------------------------
    def resolve_controllers(self, attrs: list[_Attr]) -> None:
        by_sent: dict[int, list[_Attr]] = {}  # the attributions of each sentence, in order
        for a in attrs:
            by_sent.setdefault(a.sent, []).append(a)
        for a in attrs:
            if a.src is not None or a.src_kind == "implicit":
                continue
            lo, hi = self.sent_bounds[a.sent]
            same = [
                b
                for b in by_sent[a.sent]
                if b is not a and b.src is not None and b.src_kind in {"subject", "inverted"}
            ]
            if a.controller == "sentence-initial":
                later = [b for b in same if b.cue_tok[0] > a.cue_tok[0]]
                if later:
                    a.src = later[0].src
                else:
                    k = a.cue_tok[1]
                    while k < hi and self.low[k] != ",":
                        k += 1
                    k += 1
                    while k < hi and not self.word(k):
                        k += 1
                    a.src = self.np_right(k, hi, allow_apposition=False)
            else:
                earlier = [b for b in same if b.cue_tok[0] < a.cue_tok[0]]
                if earlier:
                    a.src = earlier[-1].src
                    a.nested = earlier[-1].nested
                else:
                    a.src = self.sentence_subject(lo, a.cue_tok[0])
            a.src_kind = "controller" if a.src is not None else "implicit"

    # ---- content -------------------------------------------------------------------
    def assign_content(self, attrs: list[_Attr]) -> None:
        # the attributions of each sentence, in the order of ``attrs`` (the rules below only
        # compare attributions of one sentence)
        by_sent: dict[int, list[_Attr]] = {}
        for a in attrs:
            by_sent.setdefault(a.sent, []).append(a)
        for a in attrs:
            if a.content is not None:
                continue
            lo, hi = self.sent_bounds[a.sent]
            c0, c1 = a.cue_tok
            end_tok = hi
            while end_tok > lo and self.toks[end_tok - 1].text in {".", "!", "?"}:
                end_tok -= 1
            later = [b for b in by_sent[a.sent] if b.cue_tok[0] > c1]
            for b in later:
                if (
                    b.controller == "mid"
                    and b.cue_tok[0] - 1 >= lo
                    and self.low[b.cue_tok[0] - 1] in {",", "by"}
                ):
                    end_tok = min(end_tok, b.cue_tok[0] - 1)
                if (
                    b.entry.pos == "prep"
                    and b.cue_tok[0] - 1 >= lo
                    and self.low[b.cue_tok[0] - 1] == ","
                ):
                    end_tok = min(end_tok, b.cue_tok[0] - 1)
            if a.controller == "sentence-initial":
                # "Describing X as “...,” Mr. Peskov said": the participial clause ends at
                # its comma (possibly inside the closing quotation mark)
                m = c1
                while m < end_tok and self.low[m] != ",":
                    m += 1
                if m < end_tok:
                    end_tok = m + 1 if m + 1 < end_tok and self.is_close_quote(m + 1) else m
            if a.src_kind == "agent" and a.src is not None and a.src[0] >= c1:
                # a by-agent: the content is what was reported, the noun phrase before the
                # cue ("the tritium readings reported by Greenpeace", "the claims were
                # reported by Greenpeace")
                e_tok = c0
                while e_tok > lo and self.low[e_tok - 1] in BE | AUX | _NEGATED_PRE_VERB:
                    e_tok -= 1
                s_tok = e_tok
                while (
                    s_tok > max(lo, e_tok - 8)
                    and self.word(s_tok - 1)
                    and self.low[s_tok - 1] not in CONJ_STOP | FINITE_MARKERS | {"that", "as"}
                    and (
                        self.low[s_tok - 1] not in self.verb_words
                        or (s_tok - 2 >= lo and self.low[s_tok - 2] in DETERMINERS)
                    )
                ):
                    s_tok -= 1
                    if self.low[s_tok] in DETERMINERS:
                        break  # the noun phrase starts at its determiner
                if s_tok < e_tok:
                    a.content = (self.toks[s_tok].start, self.toks[e_tok - 1].end)
                    continue
            left = False
            first_src = a.src[0] if a.src is not None else c0
            if a.src_kind in {"inverted"} or a.controller == "relay":
                left = True
            elif a.entry.pos == "prep" and c0 > lo and a.src is not None:
                after = self.skip_time_right(a.src[1], hi)
                left = after >= end_tok or self.low[after] in {".", ";"}
            elif (
                a.src is not None
                and a.src_kind == "subject"
                and first_src > lo
                and (self.low[first_src - 1] in {",", "as"} or self.is_close_quote(first_src - 1))
            ):
                after = self.skip_time_right(c1, hi)
                while after < hi and (self.low[after] in _TELL_OBJECT_WORDS or self.cap(after)):
                    after = self.skip_time_right(after + 1, hi)
                left = after >= end_tok or self.low[after] in {",", ".", ";"}
            if left:
                s_tok = lo
                e_tok = (first_src if a.src_kind not in {"inverted", "according"} else c0) - 1
                if a.controller == "relay":
                    e_tok = c0 - 1
                    prior = [
                        b for b in by_sent[a.sent] if b.cue_tok[0] < c0 and b.content is not None
                    ]
                    if prior:
                        a.content = prior[-1].content
                        continue
                while e_tok > s_tok and (
                    not self.word(e_tok - 1)
                    and not self.is_close_quote(e_tok - 1)
                    or self.low[e_tok - 1] in {"as"}
                ):
                    e_tok -= 1
                if e_tok > s_tok:
                    a.content = (self.toks[s_tok].start, self.toks[e_tok - 1].end)
                continue
            s_tok = c1
            if a.entry.pos == "prep" and a.src is not None:
                s_tok = a.src[1]
            elif a.src_kind in {"cited"} and a.src is not None:
                s_tok = a.src[1]
            s_tok = self.skip_time_right(s_tok, hi)
            # skip object of tell/inform/assure/warn and adverbials up to "that"
            for m in range(s_tok, min(end_tok, s_tok + 14)):
                if self.low[m] in FINITE_MARKERS or self.low[m] in self.verb_words:
                    break
                if self.low[m] in {"that", ":"}:
                    if all(self.low[x] not in {",", ";"} for x in range(s_tok, m)):
                        s_tok = m + 1
                    break
                if self.is_open_quote(m) or self.low[m] in {",", ";"}:
                    break
            while s_tok < end_tok and self.low[s_tok] in {",", ":", "that", "–", "—"}:
                s_tok += 1
            if s_tok < end_tok:
                a.content = (self.toks[s_tok].start, self.toks[end_tok - 1].end)
        # a cue inside the rightward content of an earlier cue is nested: quoted words in
        # that content are credited to the outer speaker (guidelines, direct_quote)
        for a in attrs:
            if a.controller in {"relay", "according-noun"} or a.entry.pos == "prep":
                continue
            cue_char = self.toks[a.cue_tok[0]].start
            for b in by_sent[a.sent]:
                if b is a or b.content is None or b.nested:
                    continue
                if (
                    b.cue_tok[0] < a.cue_tok[0]
                    and b.content[0] <= cue_char < b.content[1]
                    and b.content[0] > self.toks[b.cue_tok[0]].start
                ):
                    a.nested = True
        # quotations that run past the content end, or continue in the next sentence
        quotes, q_starts = self.doc.quotes, self.quote_start_list
        for a in attrs:
            if a.content is None:
                continue
            cs, ce = a.content
            # the quotations starting in [cs, ce), in order: as ``ce`` only grows and the
            # starts are sorted, the first one starting at or after ``ce`` ends the scan
            first_in = k = bisect_left(q_starts, cs)
            while k < len(quotes) and q_starts[k] < ce:
                if ce < quotes[k].end:
                    ce = quotes[k].end
                k += 1
            sent = self.doc.sentences[a.sent]
            if ce >= sent.end - 2 or ce <= self.toks[a.cue_tok[0]].start:
                nxt = a.sent + 1
                cue_end_char = self.toks[a.cue_tok[1] - 1].end
                tail = self.text[cue_end_char : sent.end]
                # (the cheap tests first; all four are side-effect free)
                if (
                    ce <= self.toks[a.cue_tok[0]].start
                    and nxt < len(self.doc.sentences)
                    and first_in < len(quotes)
                    and q_starts[first_in] < ce  # a quotation starts in [cs, ce)
                    and _SAYS_TAIL_RE.fullmatch(tail)
                ):
                    ns = self.doc.sentences[nxt]
                    k = bisect_left(q_starts, ns.start)  # the first quotation opening it
                    if (
                        k < len(quotes)
                        and q_starts[k] == ns.start
                        and not any(self.tq[b.cue_tok[0]] < 0 for b in by_sent.get(nxt, ()))
                    ):
                        q = quotes[k]
                        ce = max(ce, q.end)
                        a.continued = True  # type: ignore[attr-defined]
            a.content = (cs, ce)


def _quoted_words(ext: _Extractor, start: int, end: int) -> int:
    """Word tokens inside ``[start, end)`` that lie in a direct quotation.

    Binary search for the tokens starting in the span (as ``Doc.tokens_in``) and a prefix
    count of quoted word tokens; tokens are ordered and do not overlap, so only the last
    ones can run past ``end``.
    """
    starts, prefix = ext.quoted_word_index()
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    while hi > lo and ext.toks[hi - 1].end > end:
        hi -= 1
    return prefix[hi] - prefix[lo] if hi > lo else 0


_COORD_GAP_RE = re.compile(
    r"^\s*,?\s*(and|&)\s+((his|her|its|their|the)\s+)?"
    r"([\w’'\-.]+\s+){0,4}$",
    re.UNICODE,
)
_LEADING_BOTH_THE_RE = re.compile(r"^(both|the)\s+")
_POSSESSIVE_ALLIES_RE = re.compile(r"(its|their|his|her)\s+allies")
_LOCATIVE_TAIL_RE = re.compile(r"^(.*?\w)\s+(?:in|at|from|with|on)\s+")
# "researchers at X", "two senior officials from X", "a lawyer for X": the member's group
_MEMBER_OF_RE = re.compile(
    r"^(?:(?:a|an|the|one|two|three|four|five|several|some|many|other|senior|junior|"
    r"former|independent|local|lead|chief)\s+)*"
    r"(?:researchers?|analysts?|experts?|scientists?|engineers?|officials?|staff|"
    r"employees?|workers?|economists?|lawyers?|investigators?|inspectors?|monitors?|"
    r"observers?|spokes(?:man|woman|person)|representatives?|members?|doctors?|aides?|"
    r"strategists?|specialists?|campaigners?|activists?|volunteers?)"
    r"\s+(?:at|of|for|from|with)\s+(.+)$"
)
# where an organisation's name may end inside a longer noun phrase ("X in Nairobi")
_ORG_TAIL_RE = re.compile(r"\s+(?:in|based in|on|near|,)\s+|,")
_NP_CLAUSE_SPLIT_RE = re.compile(r"\s*,\s*|\s+(?:who|whose|which)\s+")
_DEMONYM_RES = [
    (re.compile(r"\b" + re.escape(dem) + r"\b"), place) for dem, place in DEMONYM_TO_PLACE.items()
]
_LEADING_BOTH_RE = re.compile(r"^(both)\s+", flags=re.I)
_COORD_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_POSSESSIVE_SUFFIX_RE = re.compile(r"[’']s$")


class _LatestIndex:
    """The entries ``(start, end, info)`` of a list in groups, each group sorted by start:
    "the latest entry before a position" in a few bisections instead of a scan of the list.

    ``latest`` answers ``max(pool, key=start)`` over the entries of some groups in a
    window, where ``pool`` lists them in list order: among entries of equal start the one
    listed first wins, as ``max`` returns the first maximal element. The list may grow by
    appending; the index catches up at its next query (and costs nothing until the first
    one), so the entries must not change once listed.

    Parameters
    ----------
    entries : list of tuple
        The indexed list (kept by reference).
    key : callable
        Entry -> group key (hashable); entries whose key is None are left out.
    """

    __slots__ = ("_entries", "_key", "_groups", "_seen")

    def __init__(self, entries: list, key):
        self._entries = entries
        self._key = key
        # group key -> (starts, list positions) of its entries, sorted by start
        self._groups: dict[object, tuple[list[int], list[int]]] = {}
        self._seen = 0  # entries[:_seen] are indexed

    def _catch_up(self) -> None:
        groups, key_of, entries = self._groups, self._key, self._entries
        for pos in range(self._seen, len(entries)):
            key = key_of(entries[pos])
            if key is None:
                continue
            start = entries[pos][0]
            group = groups.get(key)
            if group is None:
                groups[key] = ([start], [pos])
            elif group[0][-1] <= start:  # the common case: entries listed in order
                group[0].append(start)
                group[1].append(pos)
            else:  # after its equal starts, as they are listed earlier
                k = bisect_right(group[0], start)
                group[0].insert(k, start)
                group[1].insert(k, pos)
        self._seen = len(entries)

    def latest(self, keys, end: int, start: int | None = None) -> tuple | None:
        """The entry of a group in ``keys`` with the greatest start in ``[start, end)``
        (no lower bound when ``start`` is None), the first listed among equal starts;
        None when there is none."""
        if self._seen < len(self._entries):
            self._catch_up()
        best = None  # (start, -list position) of the best entry so far
        for key in keys:
            group = self._groups.get(key)
            if group is None:
                continue
            starts, positions = group
            k = bisect_left(starts, end) - 1
            if k < 0 or (start is not None and starts[k] < start):
                continue
            k = bisect_left(starts, starts[k], 0, k)  # the first of its equal starts
            if best is None or (starts[k], -positions[k]) > best:
                best = (starts[k], -positions[k])
        return None if best is None else self._entries[-best[1]]


def _type_key(entry: tuple[int, int, dict]):
    return entry[2].get("type")


def _type_affiliation_key(entry: tuple[int, int, dict]):
    return entry[2].get("type"), entry[2].get("affiliation")


_NAME_STOP_WORDS = (
    frozenset(
        ORG_NOUNS | MEDIA_NOUNS | COMPANY_NOUNS | TITLE_NOUNS | ROLE_NOUNS | PERSON_ROLE_NOUNS
    )
    | HONORIFICS
    | {"sir", "dame", "lord", "lady"}
)


# lower-case particles inside personal names ("Ursula von der Leyen", "Erik ten Hag")
_NAME_PARTICLES = frozenset(
    "von van der den de da di du del della la le ten ter bin bint ibn al el dos das".split()
)


def _is_person_name(words) -> bool:
    """Two to four capitalised words (name particles aside), none an organisation, title or
    role noun and no acronym ("Linda Osei", "Dale R. Rourke", "Ursula von der Leyen"; not
    "Clean Air Group", "UN Security Council")."""
    return _is_person_name_t(tuple(words))


@lru_cache(maxsize=16384)
def _is_person_name_t(words: tuple[str, ...]) -> bool:
    """:func:`_is_person_name` of a tuple, memoised."""
    caps = [w for w in words[1:-1] if w not in _NAME_PARTICLES]
    caps = [*words[:1], *caps, *words[-1:]] if len(words) > 1 else list(words)
    if not 2 <= len(caps) <= 4 or len(words) > 6:
        return False
    for w in caps:
        core = w.rstrip(".")
        if not core or not core[0].isupper() or fold(core) in _NAME_STOP_WORDS:
            return False
        if len(core) > 1 and core.isupper():
            return False  # an acronym
        if not core.replace("-", "").replace("'", "").replace("’", "").isalpha():
            return False
    return True


# capitalised titles before a name ("Prime Minister Mark Carney", "Rep. Dale Hutchins")
_NAME_TITLES = (
    _PERSON_OR_TITLE_NOUNS
    | HONORIFICS
    | {
        "prime",
        "deputy",
        "vice",
        "chief",
        "acting",
        "foreign",
        "former",
        "senior",
        "lord",
        "lady",
        "general",
        "secretary",
        "senator",
        "representative",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "sheikh",
        "colonel",
        "lieutenant",
        "major",
        "admiral",
        "marshal",
        "president",
        "minister",
        "ambassador",
        "speaker",
        "sir",
        "dame",
        "commodore",
        "commander",
        "brigadier",
        "secretary-general",
    }
)


def _role_word(w: str) -> bool:
    """A lower-case word that makes the name after it a person: a title or role noun
    ("spokesman", "judge", "chair"), an agent noun, or "mother-of-two"."""
    w = fold(w)
    if w in PREPOSITIONS or w in CONJ_STOP or w in DETERMINERS:
        return False
    return (
        w in _PERSON_OR_TITLE_NOUNS
        or w in {"chair", "head", "chief", "boss"}
        or "-of-" in w
        or (len(w) > 4 and w.endswith(TITLE_SUFFIXES) and not w.endswith("ment"))
    )


@lru_cache(maxsize=1)
def load_states() -> dict[str, dict]:
    """Name forms of the states in the shipped gazetteer, ``framing/lexicons/states.tsv``.

    A country or its capital used as a speaker is its government (GUIDELINES, layer 1:
    "Moscow / Russia (as speaker) -> Russian government"). Keys are the forms a source
    may take: each name and capital, and the government forms "<demonym> government",
    "<name> government", "<capital> government", "government of <name>". Acronyms (US,
    UAE) are kept as written and matched case-sensitively; every other key is folded. A
    form that two states share ("Congolese government") is left out.

    Returns
    -------
    dict
        Form -> ``{"canonical", "affiliation", "type": "state"}``.
    """
    text = (resources.files("framing") / "lexicons" / "states.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    forms: dict[str, dict] = {}
    shared: set[str] = set()
    for i, row in enumerate(rows, start=2):
        names = [n for n in row["names"].split("|") if n]
        if not names or not row["demonym"]:
            raise ValueError(f"states.tsv: row {i} needs names and a demonym")
        capitals = [c for c in row["capitals"].split("|") if c]
        not_alone = {n for n in row["not_alone"].split("|") if n}
        info = {
            "canonical": row["government"] or f"{row['demonym']} government",
            "affiliation": names[0],
            "type": "state",
        }
        keys = [n for n in names if n not in not_alone] + capitals
        keys += [f"{row['demonym']} government", info["canonical"]]
        keys += [f"{n} government" for n in names + capitals]
        keys += [f"government of {n}" for n in names]
        for key in dict.fromkeys(keys):
            key = key if key.isupper() else fold(key)
            if key in forms and forms[key]["affiliation"] != info["affiliation"]:
                shared.add(key)
            forms.setdefault(key, info)
    for key in shared:
        del forms[key]
    return forms


# heads of organisation names that a definite description ("the agency") refers back to
_DESCRIPTION_HEADS = frozenset(
    "agency authority union court tribunal board bank institute foundation association "
    "federation coalition alliance commission committee council ministry department embassy "
    "office bureau group club university hospital trust network observatory centre center "
    "fund programme program service corporation assembly parliament senate inquiry".split()
)

_STATE_POSSESSIVE_RE = re.compile(r"^(.+?)['’]s government$")


@lru_cache(maxsize=16384)
def _state_info(text: str) -> tuple | None:
    forms = load_states()
    t = text.strip()
    if t in forms and t.isupper():
        return tuple(forms[t].items())
    low = fold(t)
    if low.startswith("the "):
        low = low[4:]
    low = _STATE_POSSESSIVE_RE.sub(r"\1 government", low)
    hit = forms.get(low)
    return tuple(hit.items()) if hit is not None else None


def _state(text: str) -> dict | None:
    """The government a source naming a state stands for ("Beijing", "the United States",
    "the Seoul government", "China's government"), or None."""
    info = _state_info(text)
    return dict(info) if info is not None else None


def _title_or_role(w: str) -> bool:
    low = fold(w).rstrip(".")
    return (
        low in _NAME_TITLES
        or low.split("-")[0] in _NAME_TITLES  # "Vice-President", "Secretary-General"
        or (not w[:1].isupper() and _role_word(w))
        or "-of-" in low  # "Mum-of-three Karen Hollis"
    )


def _member_org_text(text: str) -> str | None:
    """What follows "Researchers at", "a spokesperson for" ... in a source, as written
    ("the Digital Rights Lab in Nairobi"), or None when the source is no such phrase."""
    t = text.strip()
    m = _MEMBER_OF_RE.match(fold(t))  # fold keeps the length: offsets index ``t``
    return t[m.start(1) :] if m is not None else None


@lru_cache(maxsize=16384)
def _member_org(text: str) -> str | None:
    """The named organisation members of which are the source ("Analysts at Jefferies",
    "Researchers at the Digital Rights Lab in Nairobi" -> "Jefferies", "Digital Rights
    Lab"); None when the organisation is not a name ("officials from the ministry"). With
    an actor table, :meth:`_Resolver._member_of` resolves the same phrase first."""
    org = _member_org_text(text)
    if org is None:
        return None
    org = _ORG_TAIL_RE.split(org, maxsplit=1)[0].strip()
    if org[:4].lower() == "the ":
        org = org[4:]
    words = org.split()
    if not words or len(words) > 6 or not words[0][:1].isupper() or fold(words[-1]) in PRONOUNS:
        return None
    return org


# a kind of organisation before its name: "the campaign group Clean Air Easton"
_ORG_KIND_NOUNS = frozenset(
    "group organisation organization charity firm company tank watchdog body coalition "
    "alliance network union ngo broadcaster newspaper outlet website platform startup lender "
    "bank insurer retailer airline carrier manufacturer maker chain supermarket developer "
    "operator consultancy agency institute foundation association party".split()
)


@lru_cache(maxsize=16384)
def _named_org(text: str) -> str | None:
    """The name after a lower-case kind of organisation ("local environmental group Clean Air
    Easton", "the think tank Chatham House" -> the name), or None; clauses after the
    noun phrase are not read ("a referee who analysed the match for the newspaper Sport")."""
    words = (_NP_CLAUSE_SPLIT_RE.split(text.strip())[0] or text).split()
    for k in range(1, len(words)):
        if words[k - 1][:1].islower() and fold(words[k - 1]) in _ORG_KIND_NOUNS:
            rest = words[k:]
            if (
                1 <= len(rest) <= 5
                and all(w[:1].isupper() or w in {"of", "for", "and", "the", "&"} for w in rest)
                and rest[-1][:1].isupper()
            ):
                return " ".join(rest)
    return None


@lru_cache(maxsize=16384)
def _person_name(text: str) -> str | None:
    """The personal name an unresolved source description gives, if any.

    "its chair, Linda Osei" and "Kremlin spokesman Dmitry Peskov" -> the name (the
    coding rules' canonical form of a person); a source that is a name already ("Linda
    Osei, 52") or has none ("the company") -> None.
    """
    parts = [p for p in _NP_CLAUSE_SPLIT_RE.split(text.strip()) if p]
    if not parts or _is_person_name(parts[0].split()):
        return None
    for i, part in enumerate(parts):
        words = part.split()
        if i > 0 and _is_person_name(words):
            return part  # appositive name: "its chair, Linda Osei"
        # a title or role word, then the name: "Kremlin spokesman Dmitry Peskov", "The
        # Tunisian President Kais Saied", "Tory MP Sir Graham Lowe", "Rep. Dale Hutchins"
        for k in range(1, len(words) - 1):
            if _title_or_role(words[k - 1]) and _is_person_name(words[k:]):
                return " ".join(words[k:])
    return None


def _resolved_head(text: str, source: tuple[int, int, dict]) -> str | None:
    """The last word (folded) of a resolved source in ``text``; None if unresolved."""
    s, e, info = source
    if info.get("affiliation") == UNRESOLVED:
        return None
    last = fold(text[s:e]).split()[-1:]
    return last[0] if last else None


def _row_info(row: dict) -> dict:
    """The resolved-source fields of an actors-table row."""
    return {"canonical": row["canonical"], "affiliation": row["affiliation"], "type": row["type"]}


def _first_latest(*found: tuple[int, int, dict] | None) -> tuple[int, int, dict] | None:
    """The found entry with the greatest start, the first one among equal starts (as
    ``max`` over the pools concatenated in this order)."""
    best = None
    for m in found:
        if m is not None and (best is None or m[0] > best[0]):
            best = m
    return best


class _Resolver:
    """Resolve source spans to actors: aliases, coordination, pronouns, descriptions.

    The resolved sources (``sources``, appended by :func:`find_attributions`) and the
    actor mentions are indexed by actor type (and affiliation, or head word) with
    :class:`_LatestIndex`, so that finding the antecedent of a pronoun or description
    costs a few bisections, not a scan of the article: resolution is linear in the length
    of the article.
    """

    def __init__(self, doc: Doc, actors: Actors | None, ext: _Extractor):
        self.doc = doc
        self.actors = actors
        self.ext = ext
        self.mentions: list[tuple[int, int, dict]] = []  # (start, end, info)
        # positions (ascending) of aliases that name one actor only, by actor: they decide
        # what a shared alias ("the ministry" of two articles) names at a point of the article
        self._unambiguous: dict[str, list[int]] = {}
        self._alias_spans: list[tuple[int, int]] = []  # every alias mention, by start
        if actors is not None:
            found = actors.find_all(doc.text)
            self._alias_spans = sorted((s, e) for s, e, _ in found)
            cands = [actors.candidates(doc.text[s:e]) for s, e, _ in found]
            for (s, e, row), rows in zip(found, cands):
                if len(rows) <= 1:
                    self._unambiguous.setdefault(row["canonical"], []).append(s)
            for (s, e, row), rows in zip(found, cands):
                row = self._pick(rows, s) or row
                self.mentions.append((s, e, _row_info(row)))
            self._coordinations()
        # resolved attribution sources, in resolution order (appended by find_attributions;
        # their infos do not change afterwards)
        self.sources: list[tuple[int, int, dict]] = []
        # surname -> (start, info) of unresolved named persons among the sources (None:
        # two people share it), kept up to date with ``sources`` by _surname_match
        self._surnames: dict[str, tuple[int, dict | None]] = {}
        self._surnames_seen = 0
        # folded last word of named sources -> [(start, info)] (for "the agency"), and the
        # name scans of _one_name_before, by key
        self._heads: dict[str, list[tuple[int, dict]]] = {}
        self._heads_seen = 0
        self._name_scans: dict = {}
        # the antecedent pools indexed by type (and affiliation); named mentions are those
        # written as names (capitalised), not common-noun aliases ("agency"); sources by the
        # last word of their text, if resolved
        text = doc.text
        self._mentions_by_type = _LatestIndex(self.mentions, _type_key)
        self._mentions_by_affiliation = _LatestIndex(self.mentions, _type_affiliation_key)
        self._named_by_type = _LatestIndex(
            self.mentions, lambda m: m[2].get("type") if text[m[0] : m[0] + 1].isupper() else None
        )
        self._sources_by_type = _LatestIndex(self.sources, _type_key)
        self._sources_by_affiliation = _LatestIndex(self.sources, _type_affiliation_key)
        # (the key functions refer to the text, not to self: no reference cycle, so the
        # resolver is freed as soon as find_attributions returns)
        self._sources_by_head = _LatestIndex(self.sources, partial(_resolved_head, text))

    def _coordinations(self) -> None:
        text = self.doc.text
        ms = sorted(self.mentions, key=lambda m: m[0])
        extra = []
        for a, b in zip(ms, ms[1:]):
            gap = text[a[1] : b[0]]
            if a[1] <= b[0] and _COORD_GAP_RE.match(gap):
                info = _combine([a[2], b[2]])
                extra.append((a[0], b[1], info))
        self.mentions.extend(extra)
        self.mentions.sort(key=lambda m: (m[0], -m[1]))

    def widen_to_alias(self, ss: int, se: int, lo: int, hi: int, cue: tuple[int, int]):
        """``(ss, se)`` widened to the longest alias mention that contains it.

        The noun-phrase rules stop at words that rarely belong to a name ("Doctors
        *Without* Borders", "National Farmers' Union", "Restitution *Now*"); a name in the
        actor table that contains the whole span is the source. The mention must lie in
        the sentence ``[lo, hi)`` and not overlap the reporting cue.
        """
        spans = self._alias_spans
        best = (ss, se)
        k = bisect_right(spans, (ss, float("inf")))  # mentions starting at or before ss
        for s, e in reversed(spans[max(0, k - 16) : k]):
            if (
                e >= se
                and lo <= s
                and e <= hi
                and (e - s) > (best[1] - best[0])
                and not (s < cue[1] and cue[0] < e)
            ):
                best = (s, e)
        return best

    def resolve(self, a: _Attr, src_text: str, src_start: int, src_end: int) -> dict:
        if not src_text:
            return {"canonical": UNSPECIFIED, "affiliation": UNSPECIFIED, "type": ""}
        low = fold(src_text).strip()
        low = _LEADING_BOTH_THE_RE.sub("", low) if low not in {"the two"} else low
        pron = low.split()[0] if low else ""
        if low in {
            "he",
            "she",
            "him",
            "her",
            "they",
            "them",
            "it",
            "we",
            "i",
            "the two",
            "two",
            "both",
            "who",
        } or (
            len(low.split()) <= 3
            and (low.split()[-1] in PLURAL_COLLECTIVE)
            and pron in {"two", "the", "both"}
        ):
            return self._pronoun(low, src_start)
        # "X and its allies" / coordinations
        parts = _split_coordination(src_text)
        if len(parts) > 1 and self.actors is not None:
            infos = [self._name(p, src_start) for p in parts]
            if all(
                i["affiliation"] != UNRESOLVED or _POSSESSIVE_ALLIES_RE.match(fold(p))
                for i, p in zip(infos, parts)
            ):
                return _combine(infos, head_rule=True)
        words = src_text.split()
        if (
            len(words) >= 2
            and fold(words[0]) in {"its", "their", "his", "her"}
            and self.actors is not None
        ):
            # "its intelligence sources" -> possessor's alias + rest ("U.S. intelligence sources")
            owner = self._pronoun(
                {"its": "it", "their": "they", "his": "he", "her": "she"}[fold(words[0])], src_start
            )
            row = self.actors.info(owner["canonical"])
            if row is not None:
                rest = " ".join(words[1:])
                aliases = [row["canonical"]] + str(row["aliases"]).split("|")
                for al in aliases:
                    for cand in (f"{al} {rest}", f"{al}'s {rest}"):
                        hit = self.actors.lookup(cand)
                        if hit is not None:
                            return _row_info(hit)
        return self._name(src_text, src_start)

    def _pick(self, rows: list[dict], pos: int) -> dict | None:
        """Among actors sharing an alias, the one whose own name was last mentioned before
        ``pos`` (else the first mentioned after it); None when the alias is not shared."""
        if len(rows) < 2:
            return None
        names = {r["canonical"]: r for r in rows}
        # the greatest (position, actor) before ``pos``, else the least after it
        before = after = None
        for c in names:
            seen = self._unambiguous.get(c)
            if not seen:
                continue
            k = bisect_left(seen, pos)
            if k and (before is None or (seen[k - 1], c) > before):
                before = (seen[k - 1], c)
            if after is None or (seen[0], c) < after:
                after = (seen[0], c)
        if before is not None:
            return names[before[1]]
        if after is not None:
            return names[after[1]]
        return None

    def _disambiguate(self, row: dict, text: str, start: int) -> dict:
        """Re-resolve a shared alias inside a source span by the article's own mentions."""
        return self._pick(self.actors._shared_alias_rows(text, row["canonical"]), start) or row

    def _name(self, text: str, start: int) -> dict:
        if self.actors is not None:
            row = self.actors.resolve(text)
            if row is not None:
                row = self._disambiguate(row, text, start)
                return _row_info(row)
            owner = self._role_owner(text, start)
            if owner is not None:
                return owner
            member = self._member_of(text)
            if member is not None:
                return member
            m = _LOCATIVE_TAIL_RE.match(text.strip())
            if m and len(m.group(1).split()) >= 2:
                row = self.actors.resolve(m.group(1))  # "Striking refuse workers in Hartlepool"
                if row is not None:
                    return _row_info(row)
            desc = self._description(text, start)
            if desc is not None:
                return desc
        # a state as speaker is its government (from the shipped gazetteer)
        state = _state(text)
        if state is not None:
            return state
        # a role holder named in the source is that person ("its chair, Linda Osei",
        # "Kremlin spokesman Dmitry Peskov"); a later "Ms Osei" or "Osei" is the same person
        name = _person_name(text)
        if name is not None:
            return {"canonical": name, "affiliation": UNRESOLVED, "type": "person"}
        same = self._surname_match(text, start)
        if same is not None:
            return same
        named = self._definite_description(text, start)
        if named is not None:
            return named
        org = _member_org(text) or _named_org(text)
        if org is not None:  # "Analysts at Jefferies", "the campaign group Clean Air Easton"
            return {"canonical": org, "affiliation": UNRESOLVED, "type": "org"}
        # an unresolved description keeps its NP without appositive, participial or relative
        # clauses ("A former engineer, speaking on condition of anonymity" -> "A former
        # engineer"); a person-like head makes it an antecedent for he/she
        canon = _NP_CLAUSE_SPLIT_RE.split(text.strip())[0] or text.strip()
        head = fold(canon.split()[-1]) if canon.split() else ""
        person = head in _PERSON_OR_TITLE_NOUNS or (
            len(head) > 4
            and head.endswith(TITLE_SUFFIXES)
            and not head.endswith("ment")
            and head not in ORG_NOUNS | MEDIA_NOUNS | COMPANY_NOUNS | REPORT_NOUNS
        )
        return {"canonical": canon, "affiliation": UNRESOLVED, "type": "person" if person else ""}

    def _surname_match(self, text: str, start: int) -> dict | None:
        """A bare surname, with or without an honorific ("Osei", "Ms Osei", "Mr. Peskov"),
        names the unresolved person source of this article with that surname given in
        full before it; None if there is none, or two people share the surname."""
        words = text.split()
        if not 1 <= len(words) <= 2:
            return None
        if len(words) == 2 and fold(words[0]).rstrip(".") in HONORIFICS:
            words = words[1:]
        if len(words) != 1 or not _is_person_name(("X", words[0])):
            return None
        index = self._surnames
        for s, _e, info in self.sources[self._surnames_seen :]:
            canon = info.get("canonical", "")
            parts = canon.split()
            if info.get("affiliation") == UNRESOLVED and _is_person_name(parts):
                prev = index.get(parts[-1])
                if prev is None:
                    index[parts[-1]] = (s, info)
                elif prev[1] is not None and prev[1]["canonical"] != canon:
                    index[parts[-1]] = (min(s, prev[0]), None)  # two people: no link
        self._surnames_seen = len(self.sources)
        hit = index.get(words[0])
        if hit is None:
            full = self._full_name_before(words[0], start)
            if full is None:
                return None
            return {"canonical": full, "affiliation": UNRESOLVED, "type": "person"}
        if hit[1] is None or hit[0] >= start:
            return None
        return dict(hit[1])

    def _definite_description(self, text: str, start: int) -> dict | None:
        """ "the agency", "the ministry", "the union": the latest source before ``start``
        whose name ends in that noun, else the one organisation named before ``start`` with
        such a name ("European Medicines Agency"); None if none or several."""
        words = text.split()
        if len(words) != 2 or fold(words[0]) != "the" or fold(words[1]) not in _DESCRIPTION_HEADS:
            return None
        head = fold(words[1])
        index = self._heads
        for s, _e, info in self.sources[self._heads_seen :]:
            parts = info.get("canonical", "").split()
            if len(parts) >= 2 and parts[0][:1].isupper() and fold(parts[0]) != "the":
                insort(index.setdefault(fold(parts[-1]), []), (s, info), key=itemgetter(0))
        self._heads_seen = len(self.sources)
        named = index.get(head, [])
        k = bisect_left(named, start, key=itemgetter(0))  # the latest source before start
        if k:
            return dict(named[k - 1][1])
        pattern = (
            r"((?:(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*)\s+(?:(?:of|for|on)\s+(?:the\s+)?|and\s+)?)"
            r"{1,5})" + head.capitalize() + r"\b"
        )

        def name(m):
            lead = m.group(1).split()
            while lead and fold(lead[0]) in {"the", "a", "an"} | DETERMINERS:
                lead = lead[1:]
            if not lead or fold(lead[-1]) in {"of", "for", "on", "and", "the"}:
                return None
            return " ".join(lead + [head.capitalize()])

        full = self._one_name_before(("org", head), pattern, name, start)
        if full is None:
            return None
        return {"canonical": full, "affiliation": UNRESOLVED, "type": "org"}

    def _one_name_before(self, key, pattern: str, name, start: int) -> str | None:
        """The one distinct ``name(match)`` of ``pattern`` in the text before ``start``, or
        None (none, or two). The matches are found once per article and key, so that the
        look-ups stay linear in the length of the article."""
        scan = self._name_scans.get(key)
        if scan is None:
            positions, counts, firsts = [], [], []
            seen: set[str] = set()
            first = None
            for m in re.finditer(pattern, self.doc.text):
                n = name(m)
                if n is None:
                    continue
                seen.add(n)
                first = first or n
                positions.append(m.start())
                counts.append(len(seen))
                firsts.append(first)
            scan = self._name_scans[key] = (positions, counts, firsts)
        positions, counts, firsts = scan
        k = bisect_left(positions, start) - 1
        if k < 0 or counts[k] != 1:
            return None
        return firsts[k]

    def _full_name_before(self, surname: str, start: int) -> str | None:
        """The one full name ending in ``surname`` written before ``start`` ("Grace Okafor",
        "Dale R. Rourke" for "Okafor", "Rourke"), whether or not it was a source; None if
        there is none or there are two ("Tom Reed", "Sam Reed")."""
        pattern = (
            r"\b([A-Z][\w'’-]*)\s+(?:([A-Z]\.|"
            + "|".join(sorted(_NAME_PARTICLES))
            + r")\s+)?"
            + re.escape(surname)
            + r"\b"
        )

        def name(m):
            parts = [m.group(1)] + ([m.group(2)] if m.group(2) else []) + [surname]
            if fold(m.group(1)).rstrip(".") in _NAME_TITLES or not _is_person_name(parts):
                return None
            return " ".join(parts)

        return self._one_name_before(("person", surname), pattern, name, start)

    def _member_of(self, text: str) -> dict | None:
        """Members speak for the organisation they are at: "Researchers at the Digital
        Rights Lab in Nairobi" -> Digital Rights Lab, "two engineers from Engival" -> Engival
        (a trailing place or clause is cut until the rest names an actor)."""
        org = _member_org_text(text)
        if org is None:
            return None
        org = fold(org)
        # the whole rest first, then shorter and shorter prefixes
        cuts = {len(org), *(c.start() for c in _ORG_TAIL_RE.finditer(org))}
        for c in sorted(cuts, reverse=True):
            row = self.actors.resolve(org[:c].strip())
            if row is not None:
                return _row_info(row)
        return None

    def _role_owner(self, text: str, start: int | None = None) -> dict | None:
        """An unnamed role holder speaks for the organisation named before the role noun:
        "a CCG spokesperson" -> China Coast Guard, "The BBC's Middle East correspondent" -> BBC."""
        words = text.split()
        if (
            len(words) == 2
            and fold(words[0]) in {"a", "an"}
            and fold(words[1]) in {"spokesman", "spokeswoman", "spokesperson"}
            and start is not None
        ):
            # "A spokesperson said" right after the organisation's statement: its spokesperson
            types = ("org", "state")
            m = _first_latest(
                self._sources_by_type.latest(types, start),
                self._named_by_type.latest(types, start),
            )
            return dict(m[2]) if m is not None else None
        if len(words) < 2 or fold(words[-1]) not in _ROLE_HOLDER_HEADS:
            return None
        body = (
            words[1:-1]
            if fold(words[0])
            in {"a", "an", "the", "one", "two", "three", "several", "some", "senior"}
            else words[:-1]
        )
        for n, w in enumerate(body):
            if fold(w).endswith(("'s", "s'")):
                body = body[: n + 1]
                body[-1] = re.sub(r"(['’]s|s['’])$", "", w)
                break
        for n in range(len(body), 0, -1):
            row = self.actors.resolve(" ".join(body[:n]))
            if row is not None:
                return _row_info(row)
        if len(body) == 1 and fold(body[0]) in COMPANY_NOUNS and start is not None:
            return self._description("the " + body[0], start)  # "a company spokesperson"
        return None

    def _description(self, text: str, start: int) -> dict | None:
        """Definite description anaphora: 'the North Korean daily' -> latest DPRK media."""
        words = fold(text).split()
        if not words or words[0] not in {"the", "this"} or len(words) > 5:
            return None
        head = words[-1]
        # "the spokesperson added": the latest source described with the same head noun
        if len(words) <= 3 and head in _PERSON_OR_COMPANY_NOUNS:
            m = self._sources_by_head.latest((head,), start)
            if m is not None:
                return dict(m[2])
        if head in COMPANY_NOUNS and head not in MEDIA_NOUNS and self.actors is not None:
            # "the company", "the club": the latest organisation mentioned or quoted
            m = _first_latest(
                self._sources_by_type.latest(("org",), start),
                self._named_by_type.latest(("org",), start),
            )
            return dict(m[2]) if m is not None else None
        if head in MEDIA_NOUNS:
            want = {"media"}
        elif head in {"government", "administration", "authorities"}:
            want = {"state"}
        elif head in ORG_NOUNS:
            want = {"org", "state"}
        elif head in PERSON_ROLE_NOUNS:
            want = {"person"}
        else:
            return None
        aff = None
        joined = " ".join(words[1:-1])
        for dem_re, place in _DEMONYM_RES:
            if dem_re.search(joined):
                row = self.actors.resolve(place) if self.actors else None
                if row is not None:
                    aff = row["affiliation"]
                    break
        # the latest compatible source, else mention, before ``start``; with no state actor
        # in view, a "government" falls back to any organisation
        for types in (want, {"org"}) if want == {"state"} else (want,):
            for by_type, by_affiliation in (
                (self._sources_by_type, self._sources_by_affiliation),
                (self._mentions_by_type, self._mentions_by_affiliation),
            ):
                if aff is None:
                    m = by_type.latest(types, start)
                else:
                    m = by_affiliation.latest([(t, aff) for t in types], start)
                if m is not None:
                    return dict(m[2])
        return None

    def _pronoun(self, low: str, start: int) -> dict:
        if low in {"we", "i"}:
            q = self._quote_around(start)
            if q is not None and self._speaker_of_quote is not None:
                sp = self._speaker_of_quote(q)
                if sp is not None:
                    if low == "we" and self.actors is not None and sp["type"] == "person":
                        gov = self.actors.government_of(sp["affiliation"])
                        if gov is not None:
                            return {
                                "canonical": gov["canonical"],
                                "affiliation": gov["affiliation"],
                                "type": "state",
                            }
                        org = self.actors.info(sp["affiliation"])
                        if org is not None:  # "We have told Chelsea" (the club's director)
                            return _row_info(org)
                    return dict(sp)
            return {"canonical": low, "affiliation": UNRESOLVED, "type": ""}
        if low == "who":
            ante = self._relative_antecedent(start)
            if ante is not None:
                return ante
        if low in {"he", "she", "him", "her"}:
            ok = {"person"}
        elif low == "who":  # relative pronoun: the nearest source or mention before it
            ok = {"person", "org", "state", "media", "collective", "coordination"}
        elif low in {"it"}:
            ok = {"state", "org", "media"}
        else:
            ok = {"coordination", "collective"}
        sent = self.doc.sentences
        # the sentence containing ``start`` (sentences are disjoint and in order), else 0
        cur = max(self.doc.sentence_at(start), 0)
        # a "sentence" that opens with closing punctuation or a lower-case word continues the
        # previous one (a split after an abbreviation: "Sen. Laura Kessler (D-Minn.), who")
        while cur > 0 and re.match(
            r"[)\]},;:a-z]", self.doc.text[sent[cur].start : sent[cur].start + 1]
        ):
            cur -= 1
        cur_start = sent[cur].start
        # each step takes the compatible (type in ``ok``) candidate starting last in a window
        # 1. earlier sources/coordinations in the same sentence
        m = self._sources_by_type.latest(ok, start, cur_start)
        if m is None and "coordination" in ok:
            m = self._mentions_by_type.latest(("coordination",), start, cur_start)
        if m is None and low == "who":
            m = self._mentions_by_type.latest(ok, start, cur_start)
        if m is not None:
            return dict(m[2])
        # 2. sources of attributions in the previous three sentences, or the subject of the
        # previous sentence when it comes later (centering: the preferred antecedent of a
        # pronoun is the subject of the preceding utterance; Grosz, Joshi & Weinstein 1995)
        lo = sent[max(0, cur - 3)].start
        m = self._sources_by_type.latest(ok, cur_start, lo)
        if cur > 0 and low in {"he", "she", "it", "they"}:
            p_lo, p_hi = self.ext.sent_bounds[cur - 1]
            subj = self.ext.sentence_subject(p_lo, p_hi) if p_hi > p_lo else None
            if subj is not None:
                a, b = self.ext.toks[subj[0]].start, self.ext.toks[subj[1] - 1].end
                m = _first_latest(m, self._mentions_by_type.latest(ok, b, a))
        if m is not None:
            return dict(m[2])
        # 3. any compatible mention in the previous five sentences (of mentions with the same
        # start, the first listed is the longest: the maximum by (start, end))
        lo = sent[max(0, cur - 5)].start
        m = self._mentions_by_type.latest(ok, start, lo)
        if m is not None:
            return dict(m[2])
        return {"canonical": low, "affiliation": UNRESOLVED, "type": ""}

    def _relative_antecedent(self, start: int) -> dict | None:
        """The noun phrase before ", who" ("business leaders, who said"), resolved like a
        source; None when there is none (then the nearest compatible source or mention)."""
        ext = self.ext
        starts = self.doc._starts_of("token", ext.toks)
        k = bisect_left(starts, start)
        if k >= ext.n or starts[k] != start or k < 2 or ext.low[k - 1] != ",":
            return None
        lo = ext.sent_bounds.get(ext.ts[k], (0, 0))[0]
        span = ext.np_left(k - 2, lo)
        if span is None or span[1] - span[0] > 8:
            return None
        before = ext.low[span[0] - 1] if span[0] > lo else ""
        if before in PREPOSITIONS and before != "by":
            return None  # "a strategist at Skandia Bank, who": the strategist, not the bank
        if before == "," and span[0] - 2 >= lo:
            # "Karin Holt, a strategist, who": the appositive's head, if it is a name
            head = ext.np_left(span[0] - 2, lo)
            if head is None or not ext.cap(head[0]):
                return None
            span = head
        a, b = ext.toks[span[0]].start, ext.toks[span[1] - 1].end
        text = self.doc.text[a:b]
        if fold(text) in {"who", "which", "that"}:
            return None
        return self.resolve(None, text, a, b)

    def _quote_around(self, pos: int):
        """The first quotation (in ``doc.quotes`` order) with ``start < pos < end``, or None."""
        starts, reach = self.ext.quote_start_list, self.ext.quote_reach
        found = None
        k = bisect_left(starts, pos) - 1  # the last quotation starting before ``pos``
        # back to the first quotation; none before k' can contain pos once reach[k'] <= pos
        while k >= 0 and reach[k] > pos:
            if self.doc.quotes[k].end > pos:
                found = k
            k -= 1
        return None if found is None else self.doc.quotes[found]

    _speaker_of_quote = None


@lru_cache(maxsize=16384)
def _split_coordination(text: str) -> tuple[str, ...]:
    """The conjuncts of a coordinated source ("X and Y", "X, Y and Z"); memoised (bounded),
    as the same source texts recur."""
    t = text.strip()
    t = _LEADING_BOTH_RE.sub("", t)
    if "," in t and " and " not in t:
        return (t,)
    parts = _COORD_SPLIT_RE.split(t)
    return tuple(p for p in parts if p.strip())


def _combine(infos: list[dict], head_rule: bool = False) -> dict:
    names = [i["canonical"] for i in infos]
    affs = {i["affiliation"] for i in infos if i["affiliation"] != UNRESOLVED}
    if head_rule and len(infos) == 2 and infos[1]["affiliation"] == UNRESOLVED:
        aff = infos[0]["affiliation"]
        names = [infos[0]["canonical"], infos[1]["canonical"]]
    elif len(affs) == 1:
        aff = affs.pop()
    else:
        aff = "Other"
    return {"canonical": " and ".join(names), "affiliation": aff, "type": "coordination"}


def find_attributions(
    doc: Doc, actors: Actors | None = None, verbs: ReportingVerbs | None = None
) -> list[dict]:
    """Find attribution relations (cue, source, content) in one analysed article.

    Parameters
    ----------
    doc : framing.text.Doc
        The output of :func:`framing.text.analyse`.
    actors : Actors, pandas.DataFrame or path, optional
        Actor table for source resolution (see :func:`load_actors`; a DataFrame with the
        ``actors.csv`` columns or a path is converted). Without it every
        explicit source keeps its surface text and affiliation ``unresolved``.
    verbs : ReportingVerbs, optional
        Reporting-verb lexicon; default the packaged one.

    Returns
    -------
    list of dict
        One record per cue, keys :data:`ATTRIBUTION_COLUMNS`; offsets index ``doc.text``.
        Implicit sources have ``source_start = source_end = -1``, ``source_text = ""``
        and ``source_canonical = affiliation = "Unspecified"``. Negated or refused speech
        ("declined to comment") is kept with ``cue_class = "non-comment"``.

    Examples
    --------
    >>> from framing.text import analyse
    >>> d = analyse("Moscow has repeatedly denied the claims, officials said.")
    >>> [(r["cue"], r["source_text"], r["cue_class"]) for r in find_attributions(d)]
    [('denied', 'Moscow', 'denial'), ('said', 'officials', 'neutral')]
    """
    verbs = verbs if verbs is not None else _default_verbs()
    if isinstance(actors, pd.DataFrame):
        actors = Actors.from_frame(actors)
    elif isinstance(actors, (str, Path)):
        actors = load_actors(actors)
    ext = _Extractor(doc, actors, verbs)
    attrs = ext.run()
    res = _Resolver(doc, actors, ext)
    text = doc.text

    # resolve sources outside quotes first, so that "we" inside a quote finds its speaker
    order = sorted(attrs, key=lambda a: (doc.token_quote[a.cue_tok[0]] >= 0, a.cue_tok[0]))
    infos: list[dict] = []  # the resolved source of order[i], for the first len(infos)
    # the contents of the attributions that can speak a quotation, as (start, end, i) for
    # order[i], sorted; ``reach[k]``: the furthest end among the first k + 1 (contents and
    # ``nested`` are final here, so this is built once)
    spans = sorted(
        (b.content[0], b.content[1], i) for i, b in enumerate(order) if b.content and not b.nested
    )
    span_starts = [sp[0] for sp in spans]
    reach = list(accumulate((sp[1] for sp in spans), max))

    def first_span(stop: int, ends_after: int) -> int:
        """The least ``i < len(infos)`` of the spans with start < ``stop`` and end >
        ``ends_after`` (the first resolved attribution among them), else -1."""
        first = len(infos)
        k = bisect_left(span_starts, stop) - 1
        while k >= 0 and reach[k] > ends_after:  # (no earlier span ends after it otherwise)
            if spans[k][1] > ends_after and spans[k][2] < first:
                first = spans[k][2]
            k -= 1
        return first if first < len(infos) else -1

    def speaker_of_quote(q):
        """The source of the first resolved attribution whose content holds quotation
        ``q``, else of the first whose content overlaps it (a quotation over several
        sentences: its last part is credited), else None."""
        i = first_span(q.start + 1, q.end - 2)  # content[0] <= q.start, q.end <= content[1] + 1
        if i < 0:
            i = first_span(q.end, q.start)
        return infos[i] if i >= 0 else None

    res._speaker_of_quote = speaker_of_quote
    for a in order:
        if a.src is not None:
            s_tok, e_tok = a.src
            ss, se = ext.toks[s_tok].start, ext.toks[e_tok - 1].end
            src_text = text[ss:se]
            src_text, se = _strip_possessive(src_text, ss, se)
            sent = doc.sentences[a.sent]
            cue = (ext.toks[a.cue_tok[0]].start, ext.toks[a.cue_tok[1] - 1].end)
            wide = res.widen_to_alias(ss, se, sent.start, sent.end, cue)
            if wide != (ss, se):
                ss, se = wide
                src_text, se = _strip_possessive(text[ss:se], ss, se)
        else:
            ss = se = -1
            src_text = ""
        info = res.resolve(a, src_text, ss, se)
        a.src_chars = (ss, se)  # type: ignore[attr-defined]
        a.src_text = src_text
        a.canonical, a.affiliation = info["canonical"], info["affiliation"]
        if ss >= 0:
            res.sources.append((ss, se, info))
        infos.append(info)
    records = []
    for a in sorted(attrs, key=lambda a: a.cue_tok[0]):
        cs, ce = ext.toks[a.cue_tok[0]].start, ext.toks[a.cue_tok[1] - 1].end
        content = a.content if a.content is not None else (-1, -1)
        qw = 0 if a.nested or content[0] < 0 else _quoted_words(ext, *content)
        ss, se = a.src_chars  # type: ignore[attr-defined]
        records.append(
            {
                "doc_id": doc.doc_id,
                "sentence_id": int(a.sent),
                "cue_start": cs,
                "cue_end": ce,
                "cue": text[cs:ce],
                "cue_lemma": a.lemma,
                "cue_class": a.cue_class,
                "source_start": ss,
                "source_end": se,
                "source_text": a.src_text,
                "source_canonical": a.canonical,
                "affiliation": a.affiliation,
                "direct_quote": bool(qw > 0),
                "content_start": int(content[0]),
                "content_end": int(content[1]),
                "quoted_words": int(qw),
            }
        )
    logger.debug("%s: %d attributions", doc.doc_id, len(records))
    return records


#: Heads of institution names that go on with "of/for/on the ..." ("the Institute for the
#: Study of War"); after a person's name the phrase is a post-modifier instead ("Anne
#: Sørensen of the Danish Heart Association").
_INSTITUTION_HEADS = frozenset(
    "institute office centre center bank council ministry department court federation "
    "organization organisation agency commission committee society foundation union "
    "association board bureau authority service school university college academy league "
    "fund church chamber museum secretariat coalition alliance network forum "
    "observatory".split()
)
#: Irregular past participles that open a parenthetical ("The letter, written in May, said").
_IRREGULAR_PARTICIPLES = frozenset(
    "written taken made given shown known held built sent seen done drawn brought found "
    "put set read spent won led left kept bought sold told".split()
)
#: Lower-case particles inside personal and place names, and elided ones (d', l').
_NAME_PARTICLES = frozenset(
    "von van der den de del della da di du la le bin ibn al el dos das ter zu".split()
)
_ELIDED = ("d'", "d’", "l'", "l’")
#: Abbreviations that end a name with their period ("Halden Foods Inc.", "Martin Luther
#: King Jr."); the period is its own token (framing.text.tokenize).
_NAME_SUFFIX_ABBREVIATIONS = frozenset({"inc", "corp", "ltd", "co", "jr", "sr", "bros"})
#: Company-form words that may follow a name the actor table lists without them.
_COMPANY_SUFFIX_RE = re.compile(r"(?:,?\s+(?:inc|corp|ltd|co|llc|plc|ag|sa|gmbh)\.?)$")


def _strip_possessive(src: str, ss: int, se: int) -> tuple[str, int]:
    m = _POSSESSIVE_SUFFIX_RE.search(src)
    if m and len(src) > 2:
        return src[: m.start()], ss + m.start()
    return src, se


_VERBS_CACHE: dict = {}


def _default_verbs() -> ReportingVerbs:
    if "default" not in _VERBS_CACHE:
        _VERBS_CACHE["default"] = load_reporting_verbs()
    return _VERBS_CACHE["default"]


# --------------------------------------------------------------------------------------
# voice profiles
# --------------------------------------------------------------------------------------
def voice_profile(attributions, articles) -> pd.DataFrame:
    """Per-outlet voice profile in long form: whose words, with which verbs.

    Parameters
    ----------
    attributions : pandas.DataFrame or list of dict
        Attribution records (:data:`ATTRIBUTION_COLUMNS`).
    articles : pandas.DataFrame
        At least ``doc_id`` and ``outlet``.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, dimension, key, n, share``. Dimensions:

        - ``affiliation`` / ``actor``: attributions per source affiliation / canonical
          actor, ``share`` of the outlet's attributions;
        - ``quoted_words_affiliation`` / ``quoted_words_actor``: quoted words per
          affiliation / actor, ``share`` of the outlet's quoted words;
        - ``cue_class``: cue-class distribution;
        - ``direct_quote``: ``n`` direct-quote attributions, ``share`` of all;
        - ``distancing_by_affiliation``: ``n`` distancing cues for sources of that
          affiliation, ``share`` = distancing rate among that affiliation's attributions.

    Examples
    --------
    >>> att = pd.DataFrame({"doc_id": ["a", "a", "b"], "affiliation": ["X", "Y", "X"],
    ...     "source_canonical": ["P", "Q", "P"], "cue_class": ["neutral", "distancing",
    ...     "distancing"], "direct_quote": [True, False, False], "quoted_words": [4, 0, 0]})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["O1", "O2"]})
    >>> vp = voice_profile(att, arts)
    >>> vp.query("outlet == 'O1' and dimension == 'distancing_by_affiliation'")[
    ...     ["key", "n", "share"]].to_dict("records")
    [{'key': 'X', 'n': 0, 'share': 0.0}, {'key': 'Y', 'n': 1, 'share': 1.0}]
    """
    att = pd.DataFrame(attributions)
    cols = ["outlet", "dimension", "key", "n", "share"]
    if att.empty:
        return pd.DataFrame(columns=cols)
    arts = pd.DataFrame(articles)[["doc_id", "outlet"]].astype({"doc_id": str})
    att = att.drop(columns=["outlet"], errors="ignore").astype({"doc_id": str})
    att = att.merge(arts, on="doc_id", how="left")
    if att["outlet"].isna().any():
        missing = sorted(att.loc[att["outlet"].isna(), "doc_id"].unique())
        raise ValueError(f"attributions of doc_id(s) {', '.join(missing)} have no row in articles")
    order = (
        list(arts["outlet"].cat.categories)
        if isinstance(arts["outlet"].dtype, pd.CategoricalDtype)
        else list(dict.fromkeys(arts["outlet"]))
    )
    att["outlet"] = att["outlet"].astype(str)
    att["quoted_words"] = att["quoted_words"].fillna(0).astype(int)
    frames = []

    def counts(dim, key, weight=None):
        g = att.groupby(["outlet", key])
        n = g[weight].sum() if weight else g.size()
        n = n.rename("n").reset_index().rename(columns={key: "key"})
        tot = n.groupby("outlet")["n"].transform("sum")
        n["share"] = np.where(tot > 0, n["n"] / tot.where(tot > 0, 1), 0.0)
        n["dimension"] = dim
        frames.append(n)

    counts("affiliation", "affiliation")
    counts("actor", "source_canonical")
    counts("quoted_words_affiliation", "affiliation", "quoted_words")
    counts("quoted_words_actor", "source_canonical", "quoted_words")
    counts("cue_class", "cue_class")
    dq = att.groupby("outlet")["direct_quote"].agg(["sum", "mean"]).reset_index()
    frames.append(
        pd.DataFrame(
            {
                "outlet": dq["outlet"],
                "key": "direct_quote",
                "n": dq["sum"].astype(int),
                "share": dq["mean"].astype(float),
                "dimension": "direct_quote",
            }
        )
    )
    att["_dist"] = att["cue_class"].eq("distancing")
    g = att.groupby(["outlet", "affiliation"])["_dist"].agg(["sum", "mean"]).reset_index()
    frames.append(
        pd.DataFrame(
            {
                "outlet": g["outlet"],
                "key": g["affiliation"],
                "n": g["sum"].astype(int),
                "share": g["mean"].astype(float),
                "dimension": "distancing_by_affiliation",
            }
        )
    )
    out = pd.concat(frames, ignore_index=True)[cols]
    out["n"] = out["n"].astype(int)
    out["share"] = out["share"].astype(float)
    out["outlet"] = pd.Categorical(out["outlet"], categories=order, ordered=True)
    return out.sort_values(["outlet", "dimension", "key"]).reset_index(drop=True)


# --------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------
def load_gold_attributions(path) -> pd.DataFrame:
    """Read gold ``attributions.jsonl`` into a DataFrame (``doc`` copied to ``doc_id``)."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    df = pd.DataFrame(rows)
    df["doc_id"] = df["doc"].astype(str)
    return df


def _canon_keys(name, actors: Actors | None) -> list[frozenset]:
    """Alternative sets of actor keys for a canonical source string."""
    if name is None or (isinstance(name, float) and np.isnan(name)):
        name = UNSPECIFIED
    out = []
    for alt in str(name).split(" / "):
        parts = _split_coordination(alt)
        keys = []
        for p in parts:
            k = None
            if actors is not None:
                row = actors.resolve(p) or actors.resolve(re.sub(r"\s*\(.*\)$", "", p))
                if row is not None:
                    k = row["canonical"]
            if k is None:
                k = _norm_name(re.sub(r"\s*\(.*\)$", "", p))
            keys.append(k)
        out.append(frozenset(keys))
    return out


def evaluate_attributions(
    pred_df, gold_df, actors: Actors | None = None, include_non_comment: bool = False
) -> dict:
    """Score predicted attributions against gold.

    Cues match one-to-one when their character spans overlap (greedy by overlap size)
    in the same document. Only documents present in ``gold_df`` are scored.

    Parameters
    ----------
    pred_df, gold_df : pandas.DataFrame
        Predictions (:data:`ATTRIBUTION_COLUMNS`) and gold (``doc_id``/``doc``,
        ``char_start``, ``char_end``, ``source_canonical``, ``cue_class``).
    actors : Actors, optional
        Used to compare canonical sources as actors (aliases, coordinations in any order).
    include_non_comment : bool, default False
        The gold guidelines exclude non-comment cues ("declined to comment"); by default
        predicted ``non-comment`` cues are left out of the scoring.

    Returns
    -------
    dict
        ``n_gold, n_pred, n_matched, precision, recall, f1, source_accuracy,
        class_accuracy``, plus ``matches`` (DataFrame of matched pairs), ``false_positives``
        and ``false_negatives`` (DataFrames).
    """
    pred = pd.DataFrame(pred_df).copy()
    gold = pd.DataFrame(gold_df).copy()
    if "doc_id" not in gold:
        gold["doc_id"] = gold["doc"].astype(str)
    gold["doc_id"] = gold["doc_id"].astype(str)
    pred["doc_id"] = pred["doc_id"].astype(str)
    pred = pred[pred["doc_id"].isin(set(gold["doc_id"]))]
    if not include_non_comment:
        pred = pred[pred["cue_class"] != "non-comment"]
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = []
    for doc_id, g in gold.groupby("doc_id"):
        p = pred[pred["doc_id"] == doc_id]
        for gi, gr in g.iterrows():
            for pi, pr in p.iterrows():
                ov = min(gr["char_end"], pr["cue_end"]) - max(gr["char_start"], pr["cue_start"])
                if ov > 0:
                    pairs.append((ov, gi, pi))
    pairs.sort(key=lambda x: -x[0])
    used_g, used_p, matched = set(), set(), []
    for ov, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    rows = []
    for gi, pi in matched:
        g, p = gold.loc[gi], pred.loc[pi]
        gk = _canon_keys(g.get("source_canonical"), actors)
        pk = _canon_keys(p["source_canonical"], actors)[0]
        gclass = "evaluative" if str(g["cue_class"]).startswith("evaluative") else g["cue_class"]
        rows.append(
            {
                "doc_id": g["doc_id"],
                "gold_cue": g.get("cue"),
                "pred_cue": p["cue"],
                "gold_source": g.get("source_canonical"),
                "pred_source": p["source_canonical"],
                "source_ok": pk in gk,
                "gold_class": gclass,
                "pred_class": p["cue_class"],
                "class_ok": gclass == p["cue_class"],
            }
        )
    matches = pd.DataFrame(
        rows,
        columns=[
            "doc_id",
            "gold_cue",
            "pred_cue",
            "gold_source",
            "pred_source",
            "source_ok",
            "gold_class",
            "pred_class",
            "class_ok",
        ],
    )
    n_m, n_g, n_p = len(matched), len(gold), len(pred)
    prec = n_m / n_p if n_p else 0.0
    rec = n_m / n_g if n_g else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "n_gold": n_g,
        "n_pred": n_p,
        "n_matched": n_m,
        "precision": prec,
        "recall": rec,
        "f1": f1,
        "source_accuracy": float(matches["source_ok"].mean()) if n_m else 0.0,
        "class_accuracy": float(matches["class_ok"].mean()) if n_m else 0.0,
        "matches": matches,
        "false_positives": pred.drop(index=list(used_p)),
        "false_negatives": gold.drop(index=list(used_g)),
    }
