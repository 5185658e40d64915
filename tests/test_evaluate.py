"""Tests for framing.evaluate: gold loading and span P/R/F1 against hand-computed values."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from framing.evaluate import GOLD_CATEGORY_MAP, load_gold, score_spans

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "russia-dprk-2024"
GOLD = SEED / "gold"


def spans(*triples, **cols):
    rows = [{"doc_id": d, "char_start": s, "char_end": e} for d, s, e in triples]
    for k, values in cols.items():
        for row, v in zip(rows, values):
            row[k] = v
    return pd.DataFrame(rows)


def row(df):
    assert len(df) == 1
    return df.iloc[0].to_dict()


# --------------------------------------------------------------------------- load_gold


def test_load_gold_counts_match_the_guidelines():
    # GUIDELINES.md / architecture.md: 59 attributions, 10 hedges, 17 boosters, 35 loaded, 21 claims
    counts = {
        layer: len(load_gold(layer, GOLD))
        for layer in ("attributions", "hedges", "boosters", "loaded", "claims")
    }
    assert counts == {"attributions": 59, "hedges": 10, "boosters": 17, "loaded": 35, "claims": 21}


@pytest.mark.parametrize("layer", ["hedges", "boosters", "loaded", "attributions", "claims"])
def test_load_gold_spans_index_the_seed_texts(layer):
    gold = load_gold(layer, GOLD)
    assert list(gold.columns[:6]) == [
        "doc_id",
        "layer",
        "char_start",
        "char_end",
        "text",
        "category",
    ]
    assert set(gold["doc_id"]) == {"000", "001", "002"}
    texts = {
        d: next(SEED.glob(f"{d}_*.txt")).read_text(encoding="utf-8") for d in ("000", "001", "002")
    }
    for r in gold.itertuples():
        assert texts[r.doc_id][r.char_start : r.char_end] == r.text
    assert gold["category"].notna().all()


def test_load_gold_accepts_singular_layer_names_and_rejects_unknown(tmp_path):
    assert load_gold("hedge", GOLD)["layer"].unique().tolist() == ["hedge"]
    with pytest.raises(ValueError, match="unknown gold layer"):
        load_gold("metaphors", GOLD)
    with pytest.raises(FileNotFoundError, match="hedges.jsonl"):
        load_gold("hedges", tmp_path)


# --------------------------------------------------------------------------- score_spans


def test_overlap_vs_exact_hand_computed():
    pred = spans(("a", 0, 5), ("a", 10, 12), ("a", 20, 25))
    gold = spans(("a", 0, 4), ("a", 21, 23), ("a", 30, 35))
    r = row(score_spans(pred, gold, match="overlap"))
    # tp: (0,5)~(0,4), (20,25)~(21,23); fp: (10,12); fn: (30,35)
    assert (r["tp"], r["fp"], r["fn"]) == (2, 1, 1)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["f1"] == pytest.approx(2 / 3)
    r = row(score_spans(pred, gold, match="exact"))
    assert (r["tp"], r["fp"], r["fn"]) == (0, 3, 3)
    assert r["f1"] == 0.0
    pred.loc[0, "char_end"] = 4
    r = row(score_spans(pred, gold, match="exact"))
    assert (r["tp"], r["fp"], r["fn"]) == (1, 2, 2)
    assert r["precision"] == pytest.approx(1 / 3) and r["f1"] == pytest.approx(1 / 3)


def test_touching_spans_do_not_overlap():
    r = row(score_spans(spans(("a", 0, 5)), spans(("a", 5, 9))))
    assert (r["tp"], r["fp"], r["fn"]) == (0, 1, 1)


def test_matching_is_one_to_one():
    # one long prediction over two gold spans counts once
    r = row(score_spans(spans(("a", 0, 20)), spans(("a", 0, 5), ("a", 10, 15))))
    assert (r["tp"], r["fp"], r["fn"]) == (1, 0, 1)
    assert r["precision"] == 1.0 and r["recall"] == 0.5
    assert r["f1"] == pytest.approx(2 / 3)
    # greedy by overlap size: A(0,10)-X(0,9) = 9 chars, B(8,12)-Y(9,12) = 3 chars -> 2 matches
    r = row(score_spans(spans(("a", 0, 10), ("a", 8, 12)), spans(("a", 0, 9), ("a", 9, 12))))
    assert (r["tp"], r["fp"], r["fn"]) == (2, 0, 0)


def test_spans_only_match_within_a_document():
    r = row(score_spans(spans(("a", 0, 5)), spans(("b", 0, 5))))
    assert (r["tp"], r["fp"], r["fn"]) == (0, 1, 1)
    # integer-like doc ids in one table and strings in the other still compare
    pred = pd.DataFrame([{"doc_id": 1, "char_start": 0, "char_end": 5}])
    r = row(score_spans(pred, spans(("1", 0, 5))))
    assert r["tp"] == 1


def test_by_group_requires_agreement_and_reports_each_group():
    pred = spans(("a", 0, 5), ("a", 10, 15), ("a", 30, 31), category=["noun", "verb", "verb"])
    gold = spans(("a", 0, 5), ("a", 10, 15), ("a", 40, 44), category=["noun", "noun", "adverb"])
    out = score_spans(pred, gold, by="category")
    assert out["category"].tolist() == ["adverb", "noun", "verb"]
    got = out.set_index("category")[["tp", "fp", "fn"]].to_dict("index")
    assert got == {
        "adverb": {"tp": 0, "fp": 0, "fn": 1},
        "noun": {"tp": 1, "fp": 0, "fn": 1},
        "verb": {"tp": 0, "fp": 2, "fn": 0},
    }
    adverb = out.set_index("category").loc["adverb"]
    assert math.isnan(adverb["precision"]) and adverb["recall"] == 0.0 and adverb["f1"] == 0.0
    verb = out.set_index("category").loc["verb"]
    assert verb["precision"] == 0.0 and math.isnan(verb["recall"])
    # pooled: tp 1, fp 2, fn 2
    r = row(score_spans(pred, gold))
    assert (r["tp"], r["fp"], r["fn"]) == (2, 1, 1)


def test_empty_inputs():
    r = row(score_spans([], spans(("a", 0, 5))))
    assert (r["tp"], r["fp"], r["fn"]) == (0, 0, 1)
    assert math.isnan(r["precision"]) and r["recall"] == 0.0 and r["f1"] == 0.0
    r = row(score_spans([], []))
    assert (r["tp"], r["fp"], r["fn"]) == (0, 0, 0) and math.isnan(r["f1"])


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="match must be"):
        score_spans(spans(("a", 0, 1)), spans(("a", 0, 1)), match="fuzzy")
    with pytest.raises(ValueError, match="lacks"):
        score_spans(pd.DataFrame([{"doc_id": "a", "start": 0}]), spans(("a", 0, 1)))
    with pytest.raises(ValueError, match="by"):
        score_spans(spans(("a", 0, 1)), spans(("a", 0, 1)), by="layer")


def test_gold_scored_against_itself_is_perfect_and_category_map_is_total():
    gold = load_gold("loaded", GOLD)
    r = row(score_spans(gold, gold, match="exact"))
    assert (r["precision"], r["recall"], r["f1"], r["fn"]) == (1.0, 1.0, 1.0, 0)
    from framing.lexicons import load_lexicon

    lex_cats = set(load_lexicon("loaded", optional=True).entries["category"])
    mapped = {GOLD_CATEGORY_MAP["loaded"].get(c, c) for c in lex_cats}
    assert mapped == set(gold["category"]) | {"pejorative-label", "doubt-marker"}


def test_evaluate_annotation_scores_only_the_layers_a_gold_set_has(tmp_path):
    import shutil

    import framing
    from framing.evaluate import evaluate_annotation

    seed = "corpus/russia-dprk-2024"
    ann = framing.annotate(seed)
    shutil.copy(f"{seed}/gold/hedges.jsonl", tmp_path / "hedges.jsonl")
    s = evaluate_annotation(ann, tmp_path)
    assert set(s["layer"]) == {"hedge"}
    assert s.set_index("metric").loc["f1", "value"] == 1.0 and s["n"].max() == 10
    with pytest.raises(FileNotFoundError, match="no gold file"):
        evaluate_annotation(ann, tmp_path / "nothing")
    with pytest.raises(ValueError, match="unknown gold layer"):
        evaluate_annotation(ann, tmp_path, layers=["quotes"])
