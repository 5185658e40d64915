"""Third held-out round (3a): attribution sources, hedges and boosters on eight more invented
news articles.

``tests/data/heldout3a`` (see its README) holds texts, actors and gold written and committed
before the tool was run on them. The BEFORE scores there are held out; the floors below sit a
little below the AFTER scores (not held out), so that a regression fails.
"""

from functools import lru_cache
from pathlib import Path

import pandas as pd

import framing
from framing.attribution import evaluate_attributions, find_attributions, load_actors
from framing.corpus import load_corpus
from framing.evaluate import load_gold, score_spans
from framing.lexicons import find_cues
from framing.text import analyse

HELDOUT3A = Path(__file__).resolve().parent / "data" / "heldout3a"
GOLD = HELDOUT3A / "gold"

# Floors: a little below the AFTER column of tests/data/heldout3a/README.md.
FLOORS = {
    ("attribution", "f1"): 0.95,
    ("attribution", "source_accuracy"): 0.93,
    ("attribution", "class_accuracy"): 0.97,
    ("hedge", "f1"): 0.90,
    ("booster", "f1"): 0.88,
}


@lru_cache(maxsize=1)
def scores() -> pd.DataFrame:
    """Scores of the pipeline on the set, long form ``layer, metric, value, n``."""
    ann = framing.annotate(HELDOUT3A)
    rows = []
    for stem, layer in (("hedges", "hedge"), ("boosters", "booster")):
        gold = load_gold(stem, GOLD)
        pred = ann.cues[ann.cues["layer"] == layer]
        for match in ("overlap", "exact"):
            s = score_spans(pred, gold, match=match).iloc[0]
            suffix = "" if match == "overlap" else "_exact"
            for metric in ("precision", "recall", "f1"):
                rows.append((layer, metric + suffix, float(s[metric]), len(gold)))
    gold = load_gold("attributions", GOLD)
    res = evaluate_attributions(ann.attributions, gold,
                                actors=load_actors(HELDOUT3A / "actors.csv"))
    for metric in ("precision", "recall", "f1"):
        rows.append(("attribution", metric, float(res[metric]), int(res["n_gold"])))
    for metric in ("source_accuracy", "class_accuracy"):
        rows.append(("attribution", metric, float(res[metric]), int(res["n_matched"])))
    return pd.DataFrame(rows, columns=["layer", "metric", "value", "n"])


def _value(layer: str, metric: str) -> float:
    s = scores()
    return float(s.loc[(s["layer"] == layer) & (s["metric"] == metric), "value"].iloc[0])


def test_gold_files_are_consistent():
    texts = {r.doc_id: r.text for r in load_corpus(HELDOUT3A).itertuples()}
    assert len(texts) == 8
    for layer in ("hedges", "boosters", "attributions"):
        g = load_gold(layer, GOLD)
        assert len(g) >= 20, layer
        for rec in g.itertuples():
            assert texts[rec.doc_id][rec.char_start : rec.char_end] == rec.text
            assert texts[rec.doc_id][rec.sentence_start : rec.sentence_end] == rec.sentence


def test_gold_counts_are_the_documented_ones():
    n = scores().groupby("layer")["n"].max().to_dict()
    assert n == {"attribution": 119, "hedge": 34, "booster": 22}


def test_scores_meet_floors():
    low = {k: round(_value(*k), 3) for k, floor in FLOORS.items() if _value(*k) < floor}
    assert not low, (low, scores())


def _sources(text: str, actors: pd.DataFrame | None = None) -> list[tuple[str, str, str]]:
    return [(r["cue"], r["source_text"], r["source_canonical"])
            for r in find_attributions(analyse(text, "x"), actors)]


ACTORS = pd.DataFrame({
    "canonical": ["Halden Foods", "Marco Ferraro", "Lars Brandt", "Borussia Dortmund"],
    "aliases": ["Halden", "Ferraro", "Brandt", "Dortmund"],
    "affiliation": ["Halden Foods", "Chelsea", "Borussia Dortmund", "Borussia Dortmund"],
    "role": ["", "", "", ""],
    "type": ["org", "person", "person", "org"],
})


def test_inverted_source_with_a_lower_case_title():
    got = _sources("“We remain confident,” said company spokesman Derek Olsen.")
    assert got == [("said", "company spokesman Derek Olsen", "company spokesman Derek Olsen")]
    got = _sources("“It’s a hazard,” said pensioner Alan Dobson, 74.")
    assert got[0][1].startswith("pensioner Alan Dobson")


def test_subject_grows_over_post_modifiers_and_bare_relative_clauses():
    got = _sources("Survivors in the worst-hit town of Erciş accused the authorities of "
                   "responding too slowly.")
    assert got[0][1] == "Survivors in the worst-hit town of Erciş"
    got = _sources("Residents who gathered at a shelter at Redmond High School described "
                   "a frantic escape.")
    assert got[0][1].startswith("Residents who gathered") and got[0][2] == "Residents"
    got = _sources("The UN Office for the Coordination of Humanitarian Affairs estimated "
                   "that 180,000 people needed shelter.")
    assert got[0][1] == "The UN Office for the Coordination of Humanitarian Affairs"
    # a time phrase after the subject is not a post-modifier
    assert _sources("Officials on Monday said the road was closed.")[0][1] == "Officials"


def test_according_to_keeps_the_of_phrase_and_strips_only_owned_report_nouns():
    got = _sources("According to the minutes of the previous meeting, the vote was close.")
    assert got[0][1] == "the minutes of the previous meeting"
    assert _sources("The man was armed, according to a preliminary report.")[0][1] \
        == "a preliminary report"
    assert _sources("Deaths rose, according to figures compiled by the ombudsman.")[0][1] \
        == "the ombudsman"


def test_pronoun_prefers_the_subject_of_the_previous_sentence():
    text = ("“He stays,” Brandt said. Chelsea head coach Marco Ferraro was more guarded. "
            "Asked about the striker, he said only that the club was looking to improve.")
    got = _sources(text, ACTORS)
    assert got[-1] == ("said", "he", "Marco Ferraro")


def test_company_descriptions_and_we_in_a_quote_resolve_to_the_organisation():
    text = ("Halden had shut two plants, Ruiz said, an assertion the company disputes. "
            "A company spokesperson said the plants were old.")
    got = _sources(text, ACTORS)
    assert [g[2] for g in got if g[0] != "said" or g[1] != "Ruiz"] == [
        "Halden Foods", "Halden Foods"]
    text = ("Lars Brandt said the club would not sell. \"Emeka is a huge part of our project. "
            "We have told Chelsea very clearly that he stays,\" he said.")
    got = _sources(text, ACTORS)
    assert ("told", "We", "Borussia Dortmund") in got


def test_new_hedges_and_boosters_and_their_guards():
    def layer(text, name):
        return [c["text"] for c in find_cues(analyse(text, "x")) if c["layer"] == name]

    s = "The toll would almost certainly rise, and a larger quake could not be ruled out."
    assert layer(s, "hedge") == ["almost certainly", "not be ruled out"]
    assert layer(s, "booster") == []
    assert layer("The deal is expected to face scrutiny.", "hedge") == ["expected to"]
    assert layer("He is understood to favour a move.", "hedge") == ["understood to"]
    assert layer("The offer was the best possible within the budget.", "hedge") == []
    s = "The claim is simply untrue, and the cut was widely anticipated."
    assert layer(s, "booster") == ["simply", "widely"]
    plain = ("He simply walked away. Prices are widely varying. There were no confirmed "
             "fatalities. The drug is widely available.")
    assert layer(plain, "booster") == []
