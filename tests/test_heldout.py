"""Held-out evaluation: the layers scored on invented news articles nobody tuned on.

``tests/data/heldout`` holds nine short articles in varied styles (wire, broadcaster,
analysis, tabloid, translated text, state-media English) on topics unrelated to the seed
corpus, with hand-coded gold written before the tool was run on them (see its README).
The floors sit a little below the scores reached, so that a regression fails.
"""

from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing.attribution import (
    ATTRIBUTION_COLUMNS,
    evaluate_attributions,
    find_attributions,
    load_actors,
    load_gold_attributions,
)
from framing.corpus import load_corpus, zones_by_doc
from framing.evaluate import load_gold, score_spans
from framing.lexicons import find_cues
from framing.stance import evaluate_claims, find_claims, load_claims
from framing.text import analyse

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
GOLD = HELDOUT / "gold"


@lru_cache(maxsize=1)
def run_heldout() -> dict:
    """Run the lexicon, attribution and stance layers on the held-out set; return the scores."""
    corpus = load_corpus(HELDOUT)
    zones = zones_by_doc(corpus)
    actors = load_actors(HELDOUT / "actors.csv")
    claims = load_claims(HELDOUT / "claims.csv")
    cues, atts, cls = [], [], []
    for r in corpus.itertuples():
        doc = analyse(r.text, r.doc_id, zones.get(r.doc_id))
        c = find_cues(doc)
        a = find_attributions(doc, actors)
        for rec in find_claims(doc, claims, c, a):
            s = doc.sentences[rec["sentence_id"]]
            cls.append({**rec, "sentence_start": s.start, "sentence_end": s.end})
        cues += c
        atts += a
    cues = pd.DataFrame(cues)
    gold = pd.concat([load_gold(layer, GOLD) for layer in ("hedges", "boosters", "loaded")])
    spans = {
        m: score_spans(cues, gold, match=m, by="layer").set_index("layer")
        for m in ("overlap", "exact")
    }
    att = evaluate_attributions(
        pd.DataFrame(atts, columns=ATTRIBUTION_COLUMNS),
        load_gold_attributions(GOLD / "attributions.jsonl"),
        actors,
    )
    gold_claims = pd.read_json(GOLD / "claims.jsonl", lines=True, dtype={"doc": str})
    claim = evaluate_claims(pd.DataFrame(cls), gold_claims)
    return {
        "cues": cues,
        "spans": spans,
        "attribution": att,
        "claims": claim,
        "pred_claims": pd.DataFrame(cls),
        "gold": gold,
    }


def summary() -> pd.DataFrame:
    """One tidy table of the headline numbers (used for the README)."""
    r = run_heldout()
    rows = []
    for m, df in r["spans"].items():
        for layer, s in df.iterrows():
            rows.append({"layer": layer, "metric": f"F1 ({m})", "value": s["f1"]})
            if m == "overlap":
                rows.append({"layer": layer, "metric": "precision", "value": s["precision"]})
                rows.append({"layer": layer, "metric": "recall", "value": s["recall"]})
    a = r["attribution"]
    for k in ("precision", "recall", "f1", "source_accuracy", "class_accuracy"):
        rows.append({"layer": "attribution", "metric": k, "value": a[k]})
    c = r["claims"]
    for k in ("precision", "recall", "accuracy", "kappa"):
        rows.append({"layer": "claim", "metric": k, "value": c[k]})
    return pd.DataFrame(rows)


def test_gold_files_are_consistent():
    texts = {r.doc_id: r.text for r in load_corpus(HELDOUT).itertuples()}
    for layer in ("hedges", "boosters", "loaded", "attributions"):
        g = load_gold(layer, GOLD)
        assert len(g) >= 20, layer
        for rec in g.itertuples():
            assert texts[rec.doc_id][rec.char_start : rec.char_end] == rec.text
            assert texts[rec.doc_id][rec.sentence_start : rec.sentence_end] == rec.sentence


def test_heldout_span_layers():
    ov = run_heldout()["spans"]["overlap"]
    assert ov.loc["hedge", "f1"] >= FLOORS["hedge"], ov
    assert ov.loc["booster", "f1"] >= FLOORS["booster"], ov
    assert ov.loc["loaded", "f1"] >= FLOORS["loaded"], ov


def test_heldout_attributions():
    a = run_heldout()["attribution"]
    assert a["n_gold"] == 103
    assert a["f1"] >= FLOORS["attribution_f1"], a["false_negatives"][["doc_id", "cue"]]
    assert a["source_accuracy"] >= FLOORS["source_accuracy"], a["matches"].query("not source_ok")
    assert a["class_accuracy"] >= FLOORS["class_accuracy"], a["matches"].query("not class_ok")


def test_heldout_claims():
    c = run_heldout()["claims"]
    assert c["n_gold"] == 30
    assert c["recall"] >= FLOORS["claim_recall"], c["pairs"]
    assert c["accuracy"] >= FLOORS["claim_accuracy"], c["pairs"]


# Floors: a little below the AFTER scores in tests/data/heldout/README.md.
FLOORS = {
    "hedge": 0.90,
    "booster": 0.90,
    "loaded": 0.72,
    "attribution_f1": 0.90,
    "source_accuracy": 0.93,
    "class_accuracy": 0.95,
    "claim_recall": 0.55,
    "claim_accuracy": 0.53,
}


def test_new_entries_stay_quiet_on_plain_news():
    """Guards for the entries added after the held-out error analysis: literal uses."""
    plain = (
        "Police opened a criminal investigation into the shoal, which lies within the zone. "
        "Shares fell sharply after the party won an absolute majority on a platform of radical "
        "reform. The hostile takeover bid failed as water levels rose. Officials repeated the "
        "figures. The think tank said member states took the train to Brussels."
    )
    doc = analyse(plain, "plain")
    assert [(c["layer"], c["text"]) for c in find_cues(doc)] == []
    assert [a["cue"] for a in find_attributions(doc)] == ["said"]
