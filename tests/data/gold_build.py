"""Shared machinery of the held-out gold build scripts (``tests/data/heldout*/build_gold*.py``).

Each build script holds the hand-coded gold records of its set (data) and composes the plain
functions below: read the texts listed in ``metadata.csv``, split them into orthographic
sentences, turn every marked span (``[[...]]`` inside a context string that occurs once in the
article) or marked substring (claims) into character offsets, build one JSON-lines row per
record and layer, then sort, write and validate the files. Coding follows
``corpus/russia-dprk-2024/gold/GUIDELINES.md``; the row schemas are those of the gold files
there.

Record tuple shapes
-------------------
attributions
    ``(doc, ctx, lemma, class, source_text, source_canonical, affiliation, direct_quote[, note])``
hedges, boosters
    ``(doc, ctx, category)``
loaded
    ``(doc, ctx, category, voice, target)``
claims
    ``(doc, sentence substring, status, source_canonical, secondary_status, mention[, note])``
excluded candidates
    ``(layer, doc, ctx, reason)``, or ``(doc, ctx, reason)`` when the set codes one layer only
    (the layer is then passed to the function). Claim exclusions of claim-only sets mark a
    substring of the sentence instead of a ``[[span]]``.

This module is not a test; pytest only imports it to run the doctests below.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

#: Abbreviations (lower case, final period removed) after which a period ends no sentence.
#: Sets whose texts need more pass ``ABBREV | {...}``.
ABBREV = frozenset({"u.s", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "aug", "sept", "oct",
                    "nov", "dec", "a.m", "p.m", "gen", "no"})

# attribution cue classes
NEUTRAL, DIST, ENDO, DENY, EVAL = ("neutral", "distancing", "endorsing", "denial",
                                   "evaluative/other")
# loaded-term categories and voices
PEJ, CON, EUPH, POS, INT, DOUBT, OTHER = ("pejorative-label", "conflict-term", "euphemism",
                                          "positive-label", "intensifier", "doubt-marker", "other")
Q, A = "quoted", "author"
# claim statuses and mention types
AD, AT, HE, DE, OT, AS = ("attributed-distanced", "attributed", "hedged", "denied", "other",
                          "asserted-as-fact")
EX, AN = "explicit", "anaphoric"

Sents = Mapping[str, Sequence[tuple[int, int]]]


def read_texts(here: Path) -> dict[str, str]:
    """Read the articles of one held-out set.

    Parameters
    ----------
    here : Path
        Directory of the set; its ``metadata.csv`` has ``doc_id`` and ``file`` columns.

    Returns
    -------
    dict
        ``doc_id -> text`` in ``metadata.csv`` order.
    """
    meta = list(csv.DictReader((here / "metadata.csv").open(encoding="utf-8")))
    return {r["doc_id"]: (here / r["file"]).read_text(encoding="utf-8") for r in meta}


def sentences(text: str, abbrev: Iterable[str] = ABBREV, *, one_word_dateline: bool = True,
              agency_dateline: bool = False) -> list[tuple[int, int]]:
    """Orthographic sentences: lines, split after . ! ? (+ closing quotes) before a capital.

    Parameters
    ----------
    text : str
        The article.
    abbrev : iterable of str
        Lower-case words (final period removed) whose period ends no sentence.
    one_word_dateline : bool
        Keep a one-word segment ("Brussels/Tunis.") attached to the next sentence.
    agency_dateline : bool
        Keep a line-initial agency dateline ("MURMANSK, March 12. /TASS/.") attached.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` character offsets; ``text[start:end]`` has no outer whitespace.

    Examples
    --------
    >>> t = "Mr. Smith left. He said “Never.” Then he went home.\\nNew line"
    >>> [t[a:b] for a, b in sentences(t)]
    ['Mr. Smith left.', 'He said “Never.”', 'Then he went home.', 'New line']
    >>> t = "Gen. Lee saw No. 5. It held."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Gen. Lee saw No. 5.', 'It held.']
    >>> t = "Brussels. The deal holds."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Brussels. The deal holds.']
    >>> [t[a:b] for a, b in sentences(t, one_word_dateline=False)]
    ['Brussels.', 'The deal holds.']
    """
    abbrev = set(abbrev)
    out = []
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if not line.strip():
            continue
        start = lo
        for m in re.finditer(r"[.!?][”\"’']*(?= +[A-Z“\"‘'])", line):
            end = lo + m.end()
            seg = text[start:end]
            word = re.findall(r"([\w.]+)[.!?][”\"’']*$", seg)
            if word and word[0].lower().rstrip(".") in abbrev:
                continue
            if one_word_dateline and " " not in seg.strip():
                continue
            if agency_dateline and start == lo and re.search(r"/[A-Z]+/\.$", seg):
                continue
            out.append((start, end))
            start = end + len(text[end:hi]) - len(text[end:hi].lstrip())
        out.append((start, hi))
    return out


def sentence_index(docs: Mapping[str, str], abbrev: Iterable[str] = ABBREV,
                   **kwargs) -> dict[str, list[tuple[int, int]]]:
    """Split every article with :func:`sentences` (same keyword arguments)."""
    return {d: sentences(t, abbrev, **kwargs) for d, t in docs.items()}


def locate(text: str, ctx: str) -> tuple[int, int]:
    """Offsets of the ``[[span]]`` marked inside a context that occurs once in ``text``.

    Examples
    --------
    >>> locate("He said it. She said no.", "She [[said]] no")
    (16, 20)
    >>> locate("He said it. She said no.", "[[said]]")
    Traceback (most recent call last):
    ...
    ValueError: context '[[said]]' occurs 2 times
    """
    pre, rest = ctx.split("[[", 1)
    span, post = rest.split("]]", 1)
    plain = pre + span + post
    hits = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(hits) != 1:
        raise ValueError(f"context {ctx!r} occurs {len(hits)} times")
    s = hits[0] + len(pre)
    assert text[s:s + len(span)] == span
    return s, s + len(span)


def sentence_of(sents: Sents, doc: str, s: int, e: int) -> tuple[int, int]:
    """The sentence of ``doc`` that contains the span ``s:e``; error if the span crosses one."""
    for a, b in sents[doc]:
        if a <= s and e <= b:
            return a, b
    raise ValueError(f"{doc}: span {s}-{e} crosses a sentence boundary")


def locate_sentence(docs: Mapping[str, str], sents: Sents, doc: str, sub: str) -> tuple[int, int]:
    """The sentence containing ``sub``, which must occur once in the article ``doc``."""
    text = docs[doc]
    if text.count(sub) != 1:
        raise ValueError(f"{doc}: {sub!r} occurs {text.count(sub)} times")
    k = text.index(sub)
    return sentence_of(sents, doc, k, k + len(sub))


def _span(docs: Mapping[str, str], sents: Sents, doc: str, ctx: str) -> tuple[str, dict, dict]:
    """Locate a marked span: (span text, ``{doc, sentence}``, offsets)."""
    s, e = locate(docs[doc], ctx)
    a, b = sentence_of(sents, doc, s, e)
    sentence = docs[doc][a:b]
    assert sentence == sentence.strip()
    return (docs[doc][s:e], {"doc": doc, "sentence": sentence},
            {"char_start": s, "char_end": e, "sentence_start": a, "sentence_end": b})


def attribution_rows(docs: Mapping[str, str], sents: Sents, records: Iterable[tuple]) -> list:
    """Rows of ``attributions.jsonl``; a cue lemma must keep one class across the set."""
    rows, classes = [], {}
    for rec in records:
        doc, ctx, lemma, cls, src, canon, aff, direct = rec[:8]
        cue, head, offs = _span(docs, sents, doc, ctx)
        if classes.setdefault(lemma, cls) != cls:
            raise ValueError(f"lemma {lemma!r} has two classes")
        r = {**head, "source_text": src, "source_canonical": canon, "affiliation": aff,
             "cue": cue, "cue_lemma": lemma, "cue_class": cls, "direct_quote": direct, **offs}
        if len(rec) > 8:
            r["note"] = rec[8]
        rows.append(r)
    return rows


def cue_rows(docs: Mapping[str, str], sents: Sents, records: Iterable[tuple]) -> list:
    """Rows of ``hedges.jsonl`` or ``boosters.jsonl`` from ``(doc, ctx, category)``."""
    rows = []
    for doc, ctx, cat in records:
        cue, head, offs = _span(docs, sents, doc, ctx)
        rows.append({**head, "cue": cue, "category": cat, **offs})
    return rows


def loaded_rows(docs: Mapping[str, str], sents: Sents, records: Iterable[tuple], *,
                unique_spans: bool = False) -> list:
    """Rows of ``loaded.jsonl`` from ``(doc, ctx, category, voice, target)``.

    With ``unique_spans`` two records may not mark the same span.
    """
    rows = []
    for doc, ctx, cat, voice, target in records:
        term, head, offs = _span(docs, sents, doc, ctx)
        rows.append({**head, "term": term, "category": cat, "voice": voice, "target": target,
                     **offs})
    if unique_spans:
        spans = [(r["doc"], r["char_start"], r["char_end"]) for r in rows]
        assert len(spans) == len(set(spans)), "duplicate gold span"
    return rows


def claim_rows(docs: Mapping[str, str], sents: Sents, records: Iterable[tuple], *,
               unique_sentences: bool = False) -> list:
    """Rows of ``claims.jsonl``: one per sentence marked by a substring occurring once.

    With ``unique_sentences`` two records may not fall in the same sentence.
    """
    rows, seen = [], set()
    for rec in records:
        doc, sub, status, src, sec, mention = rec[:6]
        a, b = locate_sentence(docs, sents, doc, sub)
        if unique_sentences and (doc, a) in seen:
            raise ValueError(f"{doc}: two records for sentence at {a}")
        seen.add((doc, a))
        r = {"doc": doc, "sentence": docs[doc][a:b], "status": status, "source_canonical": src,
             "secondary_status": sec, "mention": mention, "sentence_start": a, "sentence_end": b}
        if len(rec) > 6:
            r["note"] = rec[6]
        rows.append(r)
    return rows


def excluded_span_rows(docs: Mapping[str, str], sents: Sents, records: Iterable[tuple],
                       layer: str | None = None) -> list:
    """Rows of ``excluded_candidates.jsonl`` for marked spans considered and not coded.

    Records are ``(layer, doc, ctx, reason)``, or ``(doc, ctx, reason)`` when ``layer`` is given.
    """
    rows = []
    for rec in records:
        lay, (doc, ctx, reason) = (rec[0], rec[1:]) if layer is None else (layer, rec)
        span, head, offs = _span(docs, sents, doc, ctx)
        rows.append({"layer": lay, **head, "span": span, **offs, "reason": reason})
    return rows


def excluded_sentence_rows(docs: Mapping[str, str], sents: Sents, records: Iterable[tuple],
                           layer: str = "claims", coded: Iterable[dict] = ()) -> list:
    """Rows of ``excluded_candidates.jsonl`` for sentences considered and not coded.

    Records are ``(doc, substring, reason)``; a sentence may not also be among the ``coded`` rows.
    """
    seen = {(r["doc"], r["sentence_start"]) for r in coded}
    rows = []
    for doc, sub, reason in records:
        a, b = locate_sentence(docs, sents, doc, sub)
        if (doc, a) in seen:
            raise ValueError(f"{doc}: excluded sentence at {a} is also coded")
        rows.append({"layer": layer, "doc": doc, "sentence": docs[doc][a:b],
                     "sentence_start": a, "sentence_end": b, "reason": reason})
    return rows


def write_gold(files: Mapping[str, list], docs: Mapping[str, str], out_dir: Path) -> dict:
    """Sort, write and validate the gold files.

    Parameters
    ----------
    files : mapping
        ``layer file name -> rows``; rows are sorted in place by document and span (or
        sentence) start and written to ``out_dir / f"{name}.jsonl"``.
    docs : mapping
        ``doc_id -> text``, to check every offset against the text.
    out_dir : Path
        Output directory (created if missing).

    Returns
    -------
    dict
        ``name -> number of rows``.
    """
    out_dir.mkdir(exist_ok=True)
    for name, rows in files.items():
        rows.sort(key=lambda r: (r["doc"], r.get("char_start", r["sentence_start"])))
        with (out_dir / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for rows in files.values():
        for r in rows:
            t = docs[r["doc"]]
            assert t[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
            assert r["sentence"] == r["sentence"].strip()
            if "char_start" in r:
                span = r.get("cue", r.get("term", r.get("span")))
                assert t[r["char_start"]:r["char_end"]] == span, r
    return {k: len(v) for k, v in files.items()}
