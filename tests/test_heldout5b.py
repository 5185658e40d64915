"""Fifth held-out round (loaded terms only, round 5b) and guards for the families added after it.

``tests/data/heldout5b`` (see its README) holds six invented news articles (tabloid tax trial,
US school-shooting gun debate, currency crisis, church abuse inquiry, EU AI lobbying fight,
translated prison-riot report) with hand-coded loaded-term gold, committed before the tool was
run on them. The BEFORE scores in the README are held out; the floors below sit a little below
the AFTER scores (not held out), so that a regression fails.
"""

from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.corpus import load_corpus
from framing.evaluate import GOLD_CATEGORY_MAP, load_gold, score_spans
from framing.lexicons import find_cues
from framing.text import analyse

HELDOUT5B = Path(__file__).resolve().parent / "data" / "heldout5b"
GOLD = HELDOUT5B / "gold"

# Floors: a little below the AFTER column of tests/data/heldout5b/README.md.
FLOORS = {
    ("overlap", "f1"): 0.89,
    ("overlap", "precision"): 0.94,
    ("overlap", "recall"): 0.84,
    ("exact", "f1"): 0.54,
}


@lru_cache(maxsize=1)
def predictions() -> pd.DataFrame:
    """Loaded-term rows of ``framing.annotate`` on the folder, categories mapped to gold's."""
    cues = framing.annotate(HELDOUT5B).cues
    pred = cues[cues["layer"] == "loaded"].copy()
    pred["category"] = pred["category"].replace(GOLD_CATEGORY_MAP["loaded"])
    return pred


def scores() -> pd.DataFrame:
    """Loaded-term precision, recall and F1 on the set (overlap and exact)."""
    gold = load_gold("loaded", GOLD)
    return pd.concat(
        [score_spans(predictions(), gold, match=m).assign(match=m) for m in ("overlap", "exact")],
        ignore_index=True,
    )


def by_category() -> pd.DataFrame:
    """Per-category scores (overlap; the category must agree)."""
    return score_spans(predictions(), load_gold("loaded", GOLD), by="category")


def _loaded(text: str) -> list[str]:
    return [c["text"] for c in find_cues(analyse(text, "x"), "loaded") if c["layer"] == "loaded"]


def test_gold_files_are_consistent():
    texts = {r.doc_id: r.text for r in load_corpus(HELDOUT5B).itertuples()}
    assert len(texts) == 6
    g = load_gold("loaded", GOLD)
    assert len(g) == 84
    assert set(g["category"]) == {
        "pejorative-label",
        "other",
        "euphemism",
        "doubt-marker",
        "conflict-term",
        "intensifier",
        "positive-label",
    }
    for rec in g.itertuples():
        assert texts[rec.doc_id][rec.char_start : rec.char_end] == rec.text
        assert texts[rec.doc_id][rec.sentence_start : rec.sentence_end] == rec.sentence


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_scores_hold_floor(key):
    match, metric = key
    row = scores().set_index("match").loc[match]
    assert row[metric] >= FLOORS[key], (key, row.to_dict())


def test_every_gold_category_is_found():
    cat = by_category().set_index("category")
    assert (cat["recall"] >= 0.6).all(), cat


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "His lawyers said he had been hung out to dry by his former accountants.",
            "hung out to dry",
        ),
        ("Critics say the senator is in the pocket of big oil.", "in the pocket of"),
        ("The regulator was left toothless by the new law.", "toothless"),
        ("Mistakes were made, the chief executive admitted.", "Mistakes were made"),
        ("Opponents called the plan a cynical ploy to win votes.", "ploy"),
        ("The government tried to cover up the scandal for years.", "cover up the scandal"),
        ("Unions warned of a race to the bottom on workers' rights.", "race to the bottom"),
        ("The minister vowed to cut red tape for small businesses.", "red tape"),
        ("Now the chickens have come home to roost for the ruling party.", "come home to roost"),
        ("The stock market was in free fall by the afternoon.", "free fall"),
        ("Relatives said the killing was an execution, not an accident.", "was an execution"),
        ('"We will hunt them down one by one," the minister said.', "hunt them down"),
        ("The president blamed speculative vultures for the slide.", "vultures"),
        ("Campaigners said the fund was a giveaway to the banks.", "giveaway"),
        ("The firm described the scheme as routine tax planning.", "tax planning"),
    ],
)
def test_new_families_fire_on_evaluative_uses(sentence, expected):
    assert expected in _loaded(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her washing was hung out to dry in the back garden.",
        "Police said the gunman did not surrender until after midnight.",
        "These animals are found only in the forests of Madagascar, researchers said.",
        "The skydiver was in free fall for 40 seconds before opening his parachute.",
        "The Blitz destroyed much of the city in 1940.",
        "The radio station is running a giveaway of free concert tickets.",
        "He hid behind a parked car when the shooting started.",
        "The prisoner's execution was scheduled for Thursday at 6 p.m.",
        "The minister lectured at the university for ten years before entering politics.",
        "She became national champion in the 100 metres last season.",
        "Volunteers covered up the mural with plywood before the storm.",
        "The keys were in the pocket of his jacket, police said.",
        "The baby was born with no teeth, as most babies are.",
        "Shoppers said they were not buying it at that price.",
        "Officers found a stash of cocaine in the car.",
        "The farm's animals were moved to higher ground.",
        "The defender took evasive action to avoid the tackle.",
        "The bodies were burned beyond recognition in the crash.",
        "The agency tested a voluntary reporting regime for small firms.",
        "A pension adviser can help with tax planning before retirement.",
    ],
)
def test_literal_senses_are_not_loaded(sentence):
    assert _loaded(sentence) == []
