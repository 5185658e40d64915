"""Tests for framing.text: tokens, sentences, quotations and the Doc."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.text import (
    ABBREVIATIONS,
    MAX_QUOTE_DEPTH,
    SCARE_QUOTE_MAX_WORDS,
    Doc,
    Quote,
    Sentence,
    analyse,
    find_quotes,
    split_sentences,
    tokenize,
)

QUOTE_MARKS = "“”\"‘’'«»"


def _texts(seed_corpus_dir):
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in seed_corpus_dir.glob("*.txt")}


@pytest.fixture(scope="module")
def seed_texts(seed_corpus_dir):
    return _texts(seed_corpus_dir)


def sents(text, **kw):
    return [text[s:e] for s, e in split_sentences(text, **kw)]


def quoted(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


# ---------------------------------------------------------------------------
# Gold sentences
# ---------------------------------------------------------------------------


def test_every_gold_sentence_is_one_unit(seed_corpus_dir, seed_texts):
    """Every gold sentence span (all layers, docs 000-002) is exactly one produced unit.

    This includes 002 line 6, where the gold separates the repeated headline
    (offset 218) from the photo caption: the general repeated-headline rule
    of split_sentences produces that split, no exception is needed.
    """
    gold = set()
    for path in sorted((seed_corpus_dir / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if "sentence_start" in rec:
                s, e = rec["sentence_start"], rec["sentence_end"]
                assert seed_texts[rec["doc"]][s:e] == rec["sentence"]
                gold.add((rec["doc"], s, e))
    assert len(gold) == 58
    produced = {doc: set(split_sentences(seed_texts[doc])) for doc in ("000", "001", "002")}
    missing = sorted(g for g in gold if (g[1], g[2]) not in produced[g[0]])
    assert missing == []
    assert ("002", 218, 282) in gold


def test_repeated_headline_is_split_from_caption(seed_texts):
    t = seed_texts["002"]
    units = sents(t)
    headline = "Russia, N Korea further beef up ties amid arms trade allegations"
    assert units.count(headline) == 2
    assert units[units.index(headline, 1) + 1].startswith("Russian President Vladimir Putin meets")
    # the rule needs a headline-like first line (no final punctuation, >= 4 words)
    text = "Putin meets Kim.\nPutin meets Kim. Talks began on Monday."
    assert sents(text) == ["Putin meets Kim.", "Putin meets Kim.", "Talks began on Monday."]
    text = "Ceasefire talks resume in Cairo\nCeasefire talks resume in Cairo after weeks of delay."
    assert sents(text)[1] == "Ceasefire talks resume in Cairo after weeks of delay."
    assert sents(text.replace("\n", "\nPhoto: "), split_repeated_headline=False)[1].startswith(
        "Photo:"
    )


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("stymie U.S.-led efforts", ["stymie", "U.S.", "-", "led", "efforts"]),
        ("Pyongyang doesn’t violate", ["Pyongyang", "doesn’t", "violate"]),
        ("leader Kim Jong-un could", ["leader", "Kim", "Jong-un", "could"]),
        ("a range of 100-180 kilometers", ["a", "range", "of", "100-180", "kilometers"]),
        ("more than 5,000 containers", ["more", "than", "5,000", "containers"]),
        ("Korea–Russia relations", ["Korea", "–", "Russia", "relations"]),
        ("in Ukraine.In early", ["in", "Ukraine", ".", "In", "early"]),
        (
            "the two countries’ “brotherly” relations",
            ["the", "two", "countries", "’", "“", "brotherly", "”", "relations"],
        ),
        (
            "1.5 million shells, e.g. artillery",
            ["1.5", "million", "shells", ",", "e.g.", "artillery"],
        ),
    ],
)
def test_tokenize(text, expected):
    toks = tokenize(text)
    assert [t.text for t in toks] == expected
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_token_offsets_and_flags():
    text = "Peskov said: “We don’t comment.”"
    toks = tokenize(text, 7)
    assert toks[0].text == "said" and toks[0].start == 7
    words = [t.text for t in toks if t.is_word]
    assert words == ["said", "We", "don’t", "comment"]
    assert [t.lower for t in toks if t.is_word][2] == "don't"


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------


def test_abbreviations_do_not_split(seed_texts):
    t = seed_texts["000"]
    units = sents(t)
    assert units[0].endswith("Kremlin spokesman Dmitry Peskov told reporters on Jan. 17.")
    assert any(u.startswith("Ms. Choe visited Moscow on Jan. 16 and held") for u in units)
    assert any(u.startswith("At the time, U.S. national security adviser Jake") for u in units)
    assert any(
        u.startswith("Describing North Korea as a “very important partner,” Mr. Peskov")
        for u in units
    )
    assert sents(
        "He met Gen. Sergei Surovikin and Sen. Ted Cruz in St. Petersburg, Fla., on "
        "Sept. 5 at 3 p.m. local time."
    ) == [
        "He met Gen. Sergei Surovikin and Sen. Ted Cruz in St. Petersburg, Fla., on "
        "Sept. 5 at 3 p.m. local time."
    ]
    assert "u.s" in ABBREVIATIONS and "no" not in ABBREVIATIONS


def test_abbreviation_then_sentence_starter_splits():
    text = "The sanctions were imposed by the U.S. The measures failed to halt the program."
    assert sents(text) == [
        "The sanctions were imposed by the U.S.",
        "The measures failed to halt the program.",
    ]
    text = "Seoul ranked No. 1 in the survey. The minister said no. He then left."
    assert sents(text) == [
        "Seoul ranked No. 1 in the survey.",
        "The minister said no.",
        "He then left.",
    ]
    assert sents("President George W. Bush met them. They chose Plan B. It failed.") == [
        "President George W. Bush met them.",
        "They chose Plan B.",
        "It failed.",
    ]


def test_missing_space_after_period_splits(seed_texts):
    t = seed_texts["000"]
    units = sents(t)
    first = (
        "In recent months, U.S. officials have repeatedly claimed that Moscow seeks to import"
        " ballistic missiles from North Korea—for use in Ukraine—in return for advanced "
        "technologies."
    )
    assert first in units
    assert units[units.index(first) + 1].startswith("In early January, the White House accused")
    # abbreviations and dotted initialisms are not boundaries even without a space
    assert sents("They met e.g.Kim and the U.S.Army.") == ["They met e.g.Kim and the U.S.Army."]


def test_closing_quote_belongs_to_sentence(seed_texts):
    units = sents(seed_texts["000"])
    assert (
        "Describing North Korea as a “very important partner,” Mr. Peskov said the two "
        "countries sought to “develop relations in all areas, including in sensitive areas.”"
    ) in units
    assert sents("He called it “a just countermeasure.” Seoul disagreed.") == [
        "He called it “a just countermeasure.”",
        "Seoul disagreed.",
    ]
    assert sents('He said "we will win." Then he left.') == [
        'He said "we will win."',
        "Then he left.",
    ]


def test_quote_internal_sentences_and_ellipsis(seed_texts):
    units = sents(seed_texts["000"])
    assert "“This confirms Korea–Russia relations ... are swiftly moving ahead.”" in units
    assert (
        "“Both our foreign ministers meet frequently now, thus deepening our brotherly "
        "ties,” she said."
    ) in units
    # an ellipsis inside a quotation never ends the sentence, even before a capital
    assert sents("“We will ... The army will win,” he said. It was over.") == [
        "“We will ... The army will win,” he said.",
        "It was over.",
    ]
    assert sents("He wrote “...” and left.") == ["He wrote “...” and left."]
    # ? or ! inside a quote followed by a lower-case attribution does not split
    assert sents("“Why now?” he asked. “Never!” she said.") == [
        "“Why now?” he asked.",
        "“Never!” she said.",
    ]


def test_lines_are_units(seed_texts):
    t = seed_texts["004"]
    units = sents(t)
    assert units[:3] == [
        "Russia says it will build close ties with North Korea ‘in all areas’",
        "- The US and its allies have voiced concern that Kim Jong-un could provide weapons and "
        "ammunition to Russia",
        "- Kremlin spokesman Dmitry Peskov said reports of weapons supplies from Pyongyang were "
        "‘groundless’",
    ]
    assert units[-1] == "Additional reporting by Business Insider"
    units2 = sents(t.replace("\n", "\r\n"))
    assert units2 == units
    for doc_t in seed_texts.values():
        assert all("\n" not in u for u in sents(doc_t))


def test_byline_and_caption_units(seed_texts):
    units = sents(seed_texts["002"])
    assert "By Lee Jeong-Ho for RFA" in units
    assert "Seoul, South Korea" in units
    assert "Sputnik/Artem Geodakyan/Pool via Reuters" in units
    assert "Edited by Taejun Kang and Elaine Chan" in units


def test_zones_cut_sentences(seed_texts):
    t = seed_texts["001"]
    line1 = t.index("MOSCOW")
    dateline_end = t.index("–") + 1  # "MOSCOW (Reuters) –"
    zones = [(0, line1 - 1, "headline"), (line1, dateline_end, "dateline")]
    # an inline dateline stays in the first body sentence (gold rule 6) ...
    doc = analyse(t, "001", zones=zones)
    assert doc.sentences[0].zone == "headline"
    assert doc.sentence_text(1).startswith("MOSCOW (Reuters) – Kremlin spokesman Dmitry Peskov")
    assert doc.sentences[1].zone == "body"
    # ... unless every zone edge is asked to cut
    doc = analyse(t, "001", zones=zones, inline_zones=())
    assert doc.sentence_text(1) == "MOSCOW (Reuters) –"
    assert doc.sentences[1].zone == "dateline"
    assert doc.sentence_text(2).startswith("Kremlin spokesman Dmitry Peskov said on Wednesday")
    assert doc.sentences[2].zone == "body"
    # any other zone cuts a line: a caption zone ending mid-line
    text = "Putin meets Choe in Moscow. Photo: Reuters. The talks lasted two hours."
    cap = (text.index("Photo"), text.index("The talks") - 1, "caption")
    doc = analyse(text, zones=[cap])
    assert [(doc.sentence_text(i), s.zone) for i, s in enumerate(doc.sentences)] == [
        ("Putin meets Choe in Moscow.", "body"),
        ("Photo: Reuters.", "caption"),
        ("The talks lasted two hours.", "body"),
    ]
    text = "Seoul Ministry of Defense photo shows the launch of a missile on Monday"
    doc = analyse(text, zones=[(0, text.index(" shows"), "caption")])
    assert [doc.sentence_text(i) for i in range(2)] == [
        "Seoul Ministry of Defense photo",
        "shows the launch of a missile on Monday",
    ]


def test_gold_sentences_with_seed_zones(seed_corpus_dir, seed_texts):
    """With the corpus zones.csv the gold sentences of 000-002 are still units."""
    import pandas as pd

    zones = pd.read_csv(seed_corpus_dir / "zones.csv", dtype={"doc_id": str})
    produced = {}
    for doc_id in ("000", "001", "002"):
        z = zones[zones["doc_id"] == doc_id]
        spans = list(zip(z["char_start"], z["char_end"], z["zone"]))
        doc = analyse(seed_texts[doc_id], doc_id, zones=spans)
        produced[doc_id] = {(s.start, s.end) for s in doc.sentences}
    gold = set()
    for path in sorted((seed_corpus_dir / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if "sentence_start" in rec:
                gold.add((rec["doc"], rec["sentence_start"], rec["sentence_end"]))
    assert sorted(g for g in gold if (g[1], g[2]) not in produced[g[0]]) == []


def test_no_surrounding_whitespace(seed_texts):
    for doc_id, t in seed_texts.items():
        for s, e in split_sentences(t):
            assert t[s:e] == t[s:e].strip(), (doc_id, s)


# ---------------------------------------------------------------------------
# Quotations
# ---------------------------------------------------------------------------


def test_quotes_in_000_counted_by_hand(seed_texts):
    t = seed_texts["000"]
    qs = find_quotes(t)
    # by hand: 16 double (“all areas,” “sensitive” “very important partner,” “develop …”
    # “military interaction …” “pay a price” “brotherly” “Both our …,” “This confirms …”
    # “bilateral relations in general” “situation on …” “on the agenda.” “crushing response”
    # “multiple” “recently” “significant escalation.”) and 1 single (‘Significant Escalation’).
    assert len(qs) == 17
    assert [q.kind for q in qs].count("double") == 16
    assert [t[q.start : q.end] for q in qs if q.kind == "single"] == ["‘Significant Escalation’"]
    assert all(q.balanced and q.depth == 0 for q in qs)
    assert t.count("“") == 16 and t.count("”") == 16
    # apostrophes (Russia’s, North Korea’s, countries’, doesn’t) are not quotes
    assert all(t[q.start] in "“‘" for q in qs)
    # scare quotes / labels of <= 3 words, counted by hand: all areas, sensitive, very important
    # partner, pay a price, brotherly, on the agenda, crushing response, Significant Escalation,
    # multiple, recently, significant escalation
    assert sum(q.is_scare for q in qs) == 11
    assert SCARE_QUOTE_MAX_WORDS == 3
    by_text = {t[q.start : q.end]: q for q in qs}
    assert by_text["“bilateral relations in general”"].n_words == 4
    assert not by_text["“bilateral relations in general”"].is_scare
    assert by_text["“sensitive”"].is_scare


def test_multi_sentence_quote(seed_texts):
    t = seed_texts["004"]
    doc = analyse(t, "004")
    start = t.index("“There are many")
    q_idx = [i for i, q in enumerate(doc.quotes) if q.start == start]
    assert len(q_idx) == 1
    q = doc.quotes[q_idx[0]]
    assert q.balanced and t[q.end - 1] == "”"
    assert doc.quote_text(q_idx[0]).endswith("We see no point in commenting on this.")
    # the quotation covers three sentences
    sids = {int(doc.token_sentence[k]) for k in np.flatnonzero(doc.token_quote == q_idx[0])}
    assert len(sids) == 3
    assert doc.sentence_text(max(sids)) == "We see no point in commenting on this.”"


def test_quote_running_over_paragraphs():
    text = (
        "“We are ready to talk,” the minister said. “But the sanctions must go first.\n\n"
        "“Nobody should expect us to give in to pressure,” she added.\n\n"
        "Officials in Seoul did not respond."
    )
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == [
        "“We are ready to talk,”",
        "“But the sanctions must go first.\n\n“Nobody should expect us to give in to pressure,”",
    ]
    assert all(q.balanced for q in qs)
    doc = analyse(text)
    last = doc.sentences[-1]
    assert doc.sentence_text(len(doc.sentences) - 1) == "Officials in Seoul did not respond."
    assert not doc.in_quote(last.start, last.end)
    assert doc.in_quote(text.index("Nobody"), text.index("Nobody") + 6)


def test_unbalanced_quote_flagged_and_capped():
    text = (
        "Kirby said the strategy was “reckless and would fail.\n"
        "Russia denied the report. It called the claims “groundless”.\n"
        "No more quotes here."
    )
    qs = find_quotes(text)
    assert len(qs) == 2
    first, second = qs
    assert not first.balanced
    assert text[first.start : first.end] == "“reckless and would fail."
    assert second.balanced and text[second.start : second.end] == "“groundless”"
    # stray closing marks and lone marks never crash
    stray = "He said” nothing. ’ ” “"
    assert find_quotes(stray) == [Quote(len(stray) - 1, len(stray), False, "double", 0, 0)]
    assert find_quotes("") == []
    doc = analyse("“")
    assert doc.quotes == [Quote(0, 1, False, "double", 0, 0)]
    assert doc.token_quote.tolist() == [-1]


def test_same_kind_reopening_ends_unclosed_quote():
    text = "He called it “reckless, and the minister said “we will respond” on Monday."
    qs = find_quotes(text)
    assert [(text[q.start : q.end], q.balanced) for q in qs] == [
        ("“reckless, and the minister said", False),
        ("“we will respond”", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow says its cooperation with Pyongyang doesn’t violate international agreements.",
        "North Korea’s foreign minister lauded comradely ties with Russia on Tuesday.",
        "The summit revived memories of the ’90s, when rock ’n’ roll was banned.",
        "During high-level officials’ talk, the two agreed to form a united front.",
        "Please, be respectful of others' point of view and stick to the facts.",
        "Its ’em-or-us rhetoric aside, the Kremlin’s reply came ’round noon.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert find_quotes(text) == []


def test_single_quotes_and_apostrophes_together(seed_texts):
    assert quoted(seed_texts["001"].splitlines()[0]) == ["‘Sensitive’"]
    assert quoted(seed_texts["004"])[:2] == ["‘in all areas’", "‘groundless’"]
    text = "He called the officials’ claims ‘groundless’ and the reports ‘absurd’."
    assert quoted(text) == ["‘groundless’", "‘absurd’"]
    text = "‘The officials’ talk was useful,’ he said."
    assert quoted(text) == ["‘The officials’ talk was useful,’"]
    text = "Lavrov said 'the talks were useful' but didn't elaborate. Officials' views differ."
    assert quoted(text) == ["'the talks were useful'"]
    assert [q.kind for q in find_quotes(text)] == ["single"]


def test_nested_quotes():
    text = "“Putin told me ‘never again’ and I believed him,” Choe said."
    qs = find_quotes(text)
    assert [(text[q.start : q.end], q.kind, q.depth) for q in qs] == [
        ("“Putin told me ‘never again’ and I believed him,”", "double", 0),
        ("‘never again’", "single", 1),
    ]
    doc = analyse(text)
    # token_quote points at the outermost quotation
    never = next(i for i, t in enumerate(doc.tokens) if t.text == "never")
    assert doc.token_quote[never] == 0
    choe = next(i for i, t in enumerate(doc.tokens) if t.text == "Choe")
    assert doc.token_quote[choe] == -1


def test_straight_double_quotes_and_inch_marks():
    text = 'Peskov called the reports "groundless" and showed a 15" screen. "We see no point."'
    assert quoted(text) == ['"groundless"', '"We see no point."']


def test_deep_nesting_stays_linear():
    text = "“a ‘b " * 5000
    qs = find_quotes(text)
    assert max(q.depth for q in qs) < MAX_QUOTE_DEPTH
    # nested unclosed quotations never pile up: total quoted length stays O(n)
    assert sum(q.end - q.start for q in qs) <= MAX_QUOTE_DEPTH * len(text)


# ---------------------------------------------------------------------------
# Doc
# ---------------------------------------------------------------------------


def test_analyse_doc_arrays(seed_texts):
    t = seed_texts["000"]
    doc = analyse(t, "000")
    assert isinstance(doc, Doc) and doc.doc_id == "000"
    assert len(doc.token_sentence) == len(doc.tokens) == len(doc.token_quote)
    assert (doc.token_sentence >= 0).all()
    assert np.all(np.diff(doc.token_sentence) >= 0)
    assert all(isinstance(s, Sentence) and s.zone == "body" for s in doc.sentences)
    i = doc.sentence_at(t.index("Jan. 17"))
    assert i == 0 and doc.sentence_text(0).startswith("Russia is developing")
    assert [t.text for t in doc.sentence_tokens(0)][-4:] == ["Jan", ".", "17", "."]
    assert doc.sentence_at(len(t) + 5) == -1
    k = next(k for k, q in enumerate(doc.quotes) if doc.quote_text(k) == "sensitive")
    inside = [doc.tokens[j].text for j in np.flatnonzero(doc.token_quote == k)]
    assert inside == ["sensitive"]
    r = doc.tokens_in(0, 6)
    assert [doc.tokens[j].text for j in r] == ["Russia"]
    s = t.index("sensitive")
    assert doc.in_quote(s, s + len("sensitive"))
    assert not doc.in_quote(0, 6)


# ---------------------------------------------------------------------------
# Properties on random text
# ---------------------------------------------------------------------------

PIECES = [
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ". ",
    "? ",
    "! ",
    ".",
    "...",
    "…",
    "\u00a0",
    "Mr. ",
    "U.S. ",
    "Jan. ",
    "No. ",
    "The ",
    "he ",
    "said ",
    "Peskov ",
    "officials’ ",
    "doesn’t ",
    "’90s ",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    ", ",
    "–",
    "-",
    "5,000 ",
    "(",
    ")",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="abcXYZ .“”‘’\"'\n", max_size=4)),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_spans_are_well_formed(text, cuts):
    n = len(text)
    cuts = sorted({c for c in cuts if c <= n})
    zones = [(a, b, "byline") for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    doc = analyse(text, "x", zones=zones)

    prev_end = 0
    for s, e, zone in doc.sentences:
        assert 0 <= s < e <= n
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert s >= prev_end  # sorted, non-overlapping
        prev_end = e
        assert "\n" not in text[s:e]
        for a, b, _ in zones:  # no sentence crosses a zone edge
            assert not (s < a < e) and not (s < b < e)
        assert zone in ("body", "byline")
    covered = np.zeros(n, bool)
    for s, e, _ in doc.sentences:
        covered[s:e] = True
    assert all(covered[i] or text[i].isspace() for i in range(n))

    prev = -1
    for t in doc.tokens:
        assert 0 <= t.start < t.end <= n and text[t.start : t.end] == t.text
        assert t.start >= prev and not any(c.isspace() for c in t.text)
        prev = t.end
    assert (doc.token_sentence >= 0).all()

    for q in doc.quotes:
        assert 0 <= q.start < q.end <= n
        assert q.kind in ("double", "single") and 0 <= q.depth < MAX_QUOTE_DEPTH
        assert text[q.start] in QUOTE_MARKS
        if q.balanced:
            assert q.end - q.start >= 2 and text[q.end - 1] in QUOTE_MARKS
        # a quotation only runs past a line break into a line that reopens it
        pos = text.find("\n", q.start, q.end)
        while pos != -1:
            rest = text[pos : q.end].lstrip()
            assert rest and rest[0] in QUOTE_MARKS
            pos = text.find("\n", pos + 1, q.end)
    for i, k in enumerate(doc.token_quote):
        if k >= 0:
            q = doc.quotes[k]
            assert q.depth == 0 and q.start < doc.tokens[i].start < q.end


def test_no_unit_starts_with_closing_punctuation():
    t = "Sen. Laura Kessler (D-Minn.), who cited the report, said it was bad. They agreed."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Sen. Laura Kessler (D-Minn.), who cited the report, said it was bad.",
        "They agreed.",
    ]


# --- the fast paths give exactly the reference results -------------------------------

_ALPHABET = st.sampled_from(
    list("aZ9_ .,;:!?'’\"“”‘-–—()\n\t") + ["\u200b", "\u00ad", "\ufeff", "\u2028", "é", "²", "中"]
)


def _reference_tokens(text, start=0, end=None):
    """The definition tokenize() implements: TOKEN_RE's matches, one at a time."""
    from framing.text import TOKEN_RE, Token

    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_tokenize_equals_token_re_matches(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert tokenize(text) == _reference_tokens(text)
    assert tokenize(text, a, b) == _reference_tokens(text, a, b)


def test_tokenize_trailing_and_invisible_gaps():
    text = "Peskov said\u200b it.\u00ad  \n\t "
    assert [t.text for t in tokenize(text)] == ["Peskov", "said", "it", "."]
    assert tokenize(text) == _reference_tokens(text)
    assert tokenize("   ") == [] and tokenize("") == []


def test_memoised_punkt_decides_like_punkt(seed_corpus_dir):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.text import _punkt

    fast = _punkt()
    plain = PunktSentenceTokenizer(fast._params)
    for text in _texts(seed_corpus_dir).values():
        for line in text.splitlines():
            assert list(fast.span_tokenize(line)) == list(plain.span_tokenize(line))
    # the cache answers repeated contexts
    assert fast._breaks.cache_info().hits > 0


_PUNKT_PIECES = st.sampled_from(
    list("ab A. B? C! ”“\"')]}…\n\t,;:") + ["--", "Mr.", "U.S.", "No.", " 5", "e.g.", "’", "‘", "«"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PUNKT_PIECES, max_size=40).map("".join))
def test_inline_punkt_span_tokenize_equals_nltk(text):
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.text import _punkt

    fast = _punkt()
    plain = PunktSentenceTokenizer(fast._params)
    assert list(fast.span_tokenize(text)) == list(plain.span_tokenize(text))


def test_doc_token_lowers_and_word_mask_match_tokens():
    doc = analyse("Kim Jong-un’s “Brotherly” ties — 5,000 shells; _ ___ U.S. ’")
    assert doc.token_lowers() == [t.lower for t in doc.tokens]
    assert doc.word_mask() == [t.is_word for t in doc.tokens]
    assert doc.token_lowers()[1] == "jong-un's"


def test_low_opening_quotation_mark():
    # German typography: „ opens, “ closes; the author's words after it are not quoted
    text = "„Das ist klar“, sagte er. It was a brutal regime."
    (q,) = find_quotes(text)
    assert (text[q.start : q.end], q.balanced) == ("„Das ist klar“", True)
    text = "Er sagte: „Wir werden siegen”. The regime is brutal."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["„Wir werden siegen”"]


def test_low_single_opening_quotation_mark():
    # ‚ opens a single quotation, nested or not, closed by ‘ or ’
    text = "Er sagte „Das ist ‚sicher‘ so“ und ging. The minister called it ‚a hoax’ today."
    got = [(text[q.start : q.end], q.kind, q.depth) for q in find_quotes(text)]
    assert got == [
        ("„Das ist ‚sicher‘ so“", "double", 0),
        ("‚sicher‘", "single", 1),
        ("‚a hoax’", "single", 0),
    ]
    # between digits it is no quotation mark
    assert find_quotes("It cost 1‚000 euros.") == []


def test_no_break_spaces_split_like_spaces():
    # web copy often has U+00A0 between words; Punkt would read "text.\u00a0Comments" as one word
    plain = (
        "Add your comment by filling out the form below in plain text. Comments are approved "
        "by a moderator. Comments will not appear in real time."
    )
    nbsp = plain.replace(" ", "\u00a0")
    spans = [(s.start, s.end) for s in analyse(plain).sentences]
    assert [(s.start, s.end) for s in analyse(nbsp).sentences] == spans
    assert len(spans) == 3
    assert (
        nbsp[spans[1][0] : spans[1][1]]
        == "Comments\u00a0are\u00a0approved\u00a0by\u00a0a\u00a0moderator."
    )
