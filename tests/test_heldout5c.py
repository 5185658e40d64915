"""Fifth held-out round for claim stance: six more invented news articles.

``tests/data/heldout5c`` (see its README) holds texts, claims, actors and claim gold written
and committed before the tool was run on them. The BEFORE scores there are held out; the
floors below sit a little below the AFTER scores (not held out), so that a regression fails.
The rule tests use sentences written for this file, not the held-out sentences.
"""

from pathlib import Path

import pandas as pd
from heldout_support import below_floors, check_gold, scores

from framing.stance import Claim, find_claims
from framing.text import analyse

SET = "heldout5c"
HELDOUT = Path(__file__).resolve().parent / "data" / SET

# Floors: a little below the AFTER column of tests/data/heldout5c/README.md.
FLOORS = {
    ("claim", "accuracy"): 0.6,
    ("claim", "recall"): 0.6,
    ("claim", "precision"): 0.88,
    ("claim", "kappa"): 0.52,
}


def test_gold_files_are_consistent():
    assert set(check_gold(SET)) == {"claims", "excluded_candidates"}
    gold = pd.read_json(HELDOUT / "gold" / "claims.jsonl", lines=True, dtype={"doc": str})
    assert len(gold) == 54
    assert gold.groupby("doc").size().min() >= 8
    assert set(gold["status"]) == {
        "attributed",
        "attributed-distanced",
        "hedged",
        "denied",
        "other",
    }
    excl = pd.read_json(
        HELDOUT / "gold" / "excluded_candidates.jsonl", lines=True, dtype={"doc": str}
    )
    overlap = excl.merge(gold, on=["doc", "sentence_start"])
    assert overlap.empty


def test_scores_meet_floors():
    low = below_floors(SET, FLOORS)
    assert not low, (low, scores(SET))


def _claim():
    return Claim.from_row(
        {
            "claim_id": "spill",
            "description": "The Ardent mine polluted the river with cyanide",
            "agent": "the mine|mine|Ardent|the company",
            "action": "pollut*|poison*|contaminat*|dump*",
            "object": "the river|river|water|cyanide",
            "transaction": "spill|cyanide spill",
            "anaphora": "the/such/these claims/allegations/accusations/spill",
        }
    )


def _statuses(text):
    doc = analyse(text, "x")
    return [
        (r["sentence_id"], r["status"], r["source_canonical"])
        for r in find_claims(doc, [_claim()], [], None)
    ]


def test_fronted_conditional_hedges_its_consequent():
    text = (
        "Fishermen said the mine had polluted the river. "
        "If the spill is confirmed, it would be the worst contamination of the river in "
        "a decade."
    )
    got = _statuses(text)
    assert [st for _, st, _ in got] == ["attributed", "hedged"]


def test_conditional_after_a_label_hedges():
    text = (
        "Villagers accused the mine of polluting the river. "
        "Analysts said the allegations, if proved, could cost the company its licence."
    )
    assert _statuses(text)[1][1] == "hedged"


def test_long_whether_clause_is_an_open_question():
    got = _statuses(
        "Inspectors are examining whether the waste ponds of the Ardent mine in the north "
        "polluted the river."
    )
    assert got[0][1] == "other"


def test_not_possible_for_denies():
    text = (
        "Villagers said the mine had polluted the river. "
        "“It is simply not possible for the mine to contaminate the river,” the manager said."
    )
    assert _statuses(text)[1][1] == "denied"


def test_could_not_verify_is_a_noncomment_once_the_claim_is_discussed():
    text = (
        "Villagers said the mine had polluted the river. "
        "The regional governor said he could not verify who was responsible."
    )
    assert [st for _, st, _ in _statuses(text)] == ["attributed", "other"]
    # without the claim in the discourse it is not a mention
    assert _statuses("The governor said he could not verify who was responsible.") == []


def test_dismissive_bare_label_and_coordinated_dismissal():
    text = (
        "Villagers said the mine had polluted the river. "
        "The company called the inquiry a stunt based on fabricated allegations. "
        "Its chairman said the claims were upsetting and without foundation."
    )
    assert [st for _, st, _ in _statuses(text)] == ["attributed", "denied", "denied"]


def test_event_noun_subject_and_verbal_forms():
    got = _statuses("Residents say a cyanide spill contaminated the river last week.")
    assert got and got[0][1] == "attributed"
    # "spilling" is a verb form of the transaction noun, not the noun
    assert _statuses("Coffee kept spilling over the table, it was said.") == []
