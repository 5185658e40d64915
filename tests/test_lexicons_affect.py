"""The opt-in VADER affect lexicon (framing/lexicons/affect.tsv).

The file is derived from the VADER sentiment lexicon (Hutto & Gilbert 2014) by
tools/build_affect_lexicon.py; tools/eval_affect.py measured it on every loaded gold set. It
did not raise held-out loaded F1, so it ships opt-in: these tests pin the file's contract and
that it is NOT a default lexicon.
"""

from __future__ import annotations

import importlib.util
import re
from importlib import resources
from pathlib import Path

import pytest

from framing.corpus import load_corpus, zones_by_doc
from framing.evaluate import load_gold, score_spans
from framing.lexicons import find_cues, load_lexicon
from framing.text import analyse

ROOT = Path(__file__).resolve().parents[1]
BASE = ["hedges", "boosters", "loaded"]
WITH_AFFECT = [*BASE, "affect"]


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_affect_lexicon", ROOT / "tools" / "build_affect_lexicon.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _affect(text: str, lexicons=WITH_AFFECT) -> list[str]:
    return [
        c["text"]
        for c in find_cues(analyse(text, "x"), lexicons)
        if c["category"].startswith("affect-")
    ]


def _pattern_words(name: str) -> set[str]:
    lex = load_lexicon(name, optional=True)
    return {w for t in lex.entries["term"] for w in re.split(r"[\s|\[\]]+", t.lower()) if w}


# --------------------------------------------------------------------------- the file


def test_tsv_parses_with_vader_source_and_licence():
    lex = load_lexicon("affect", optional=True)
    assert lex.layer == "loaded"
    assert 20 <= len(lex) <= 200
    assert set(lex.entries["category"]) == {"affect-negative", "affect-positive"}
    assert (lex.entries["sources"] == "VADER").all()
    assert lex.entries["term"].str.fullmatch(r"[a-z]{3,}").all()
    assert lex.entries["term"].is_unique
    assert (lex.entries["rule"] == "lowercase").all()
    assert "The MIT License (MIT). Copyright (c) 2016 C.J. Hutto" in lex.header
    assert "OPT-IN" in lex.header


def test_notes_carry_the_vader_ratings_that_passed_the_thresholds():
    """Every note is 'VADER mean +x.x, SD y.yy' with |mean| >= 3.0 and SD < 0.8 (header values)."""
    lex = load_lexicon("affect", optional=True)
    for row in lex.entries.itertuples():
        m = re.fullmatch(r"VADER mean ([+-]\d\.\d), SD (\d\.\d\d)", row.note)
        assert m, row
        mean, sd = float(m.group(1)), float(m.group(2))
        assert abs(mean) >= 3.0 and sd < 0.8, row
        assert row.category == ("affect-positive" if mean > 0 else "affect-negative"), row


def test_vader_tag_is_documented():
    text = (resources.files("framing") / "lexicons" / "SOURCES.md").read_text(encoding="utf-8")
    assert re.search(r"^\| VADER \| VADER sentiment lexicon", text, flags=re.M)


def test_no_entry_duplicates_a_hand_listed_lexicon_or_a_stoplisted_word():
    """The hand-listed lexicons win on overlap by construction: no affect word (or inflection of
    one of their words) is in them, so no loaded.tsv phrase can be shadowed or doubled."""
    b = _builder()
    terms = set(load_lexicon("affect", optional=True).entries["term"])
    shipped = _pattern_words("loaded") | _pattern_words("hedges") | _pattern_words("boosters")
    assert not terms & shipped
    assert not terms & b.NEWS_STOPLIST
    assert not terms & b.SLANG
    assert not [t for t in terms if any(r in t for r in b.PROFANE_ROOTS)]
    stems = {b._stem(w) for w in b.NEWS_STOPLIST | shipped}
    assert not [t for t in terms if b._stem(t) in stems]


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("Critics said the reform was doomed from the start.", ["doomed"]),
        ("Inspectors described hellish conditions in the detention centre.", ["hellish"]),
        ("Jubilant supporters poured into the streets of the capital.", ["Jubilant"]),
        ("The refugees were terrified and exhausted when they reached the shore.", ["terrified"]),
    ],
)
def test_fires_on_strongly_valenced_words(sentence, want):
    assert _affect(sentence) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # the stoplisted plain vocabulary of news reporting
        "Three people were killed and 12 injured in the attack, police said.",
        "The war has caused a humanitarian crisis, and victims of the crash died in hospital.",
        "Protesters were arrested after a fire broke out; the court found him guilty of murder.",
        "The party won the election and agreed to support peace talks, a spokesman said.",
        "Officials warned of further violence and praised the rescue teams.",
        # a name: capitalised inside a sentence (rule 'lowercase')
        "The trawler Jubilant docked in Aberdeen on Monday, the harbour master said.",
    ],
)
def test_does_not_fire_on_plain_news_sentences(sentence):
    assert _affect(sentence) == []


def test_affect_is_not_a_default_lexicon():
    s = "Critics said the reform was doomed from the start."
    assert _affect(s, None) == []
    assert _affect(s, BASE) == []
    assert _affect(s) == ["doomed"]


# --------------------------------------------------------------------------- measured effect


@pytest.mark.parametrize("folder", ["tests/data/heldout4", "tests/data/heldout"])
def test_opt_in_costs_at_most_a_little_precision_on_held_out_news(folder):
    """As measured (header): on held-out sets the opt-in list adds no correct loaded hit and
    costs at most a couple of points of precision."""
    path = ROOT / folder
    corpus = load_corpus(path)
    zones = zones_by_doc(corpus)
    docs = [analyse(r.text, r.doc_id, zones.get(r.doc_id)) for r in corpus.itertuples()]
    gold = load_gold("loaded", path / "gold")
    scores = {}
    for name, lexs in (("base", BASE), ("affect", WITH_AFFECT)):
        pred = [c for d in docs for c in find_cues(d, lexs) if c["layer"] == "loaded"]
        scores[name] = score_spans(pred, gold).iloc[0]
    assert scores["affect"]["tp"] >= scores["base"]["tp"]
    assert scores["affect"]["fp"] - scores["base"]["fp"] <= 2, scores
    assert scores["affect"]["f1"] >= scores["base"]["f1"] - 0.02, scores
