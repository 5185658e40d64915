"""Third held-out round for claim stance: eight more invented news articles.

``tests/data/heldout3c`` (see its README) holds texts, claims, actors and claim gold written
and committed before the tool was run on them. The BEFORE scores there are held out; the
floors below sit a little below the AFTER scores (not held out), so that a regression fails.
The rule tests use sentences written for this file, not the held-out sentences.
"""

from pathlib import Path

import pandas as pd
from heldout_support import below_floors, check_gold, scores

from framing.stance import Claim, find_claims
from framing.text import analyse

SET = "heldout3c"
HELDOUT = Path(__file__).resolve().parent / "data" / SET

# Floors: a little below the AFTER column of tests/data/heldout3c/README.md.
FLOORS = {
    ("claim", "accuracy"): 0.7,
    ("claim", "recall"): 0.72,
    ("claim", "precision"): 0.95,
    ("claim", "kappa"): 0.62,
}


def test_gold_files_are_consistent():
    assert set(check_gold(SET)) == {"claims", "excluded_candidates"}
    gold = pd.read_json(HELDOUT / "gold" / "claims.jsonl", lines=True, dtype={"doc": str})
    assert len(gold) == 84
    assert gold.groupby("doc").size().min() >= 9
    assert set(gold["status"]) == {
        "asserted-as-fact",
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
            "claim_id": "agency",
            "description": "The council hired agency staff to break the strike",
            "agent": "council|the council",
            "action": "hir*|bring* in|brought in|us*",
            "object": "agency staff|agency workers|replacement*",
            "anaphora": "the/such/these claims/allegations/accusations",
        }
    )


def _statuses(text):
    doc = analyse(text, "x")
    return [
        (r["sentence_id"], r["status"], r["source_canonical"]) for r in find_claims(doc, [_claim()])
    ]


def test_quote_continuation_keeps_speaker_and_stance():
    text = (
        "Union officials said the council had hired agency staff. "
        "“The council has never used agency workers,” council leader Ann Reid said. "
        "“This is a smear put about by the union.” "
        "“Our bins are being emptied on time.”"
    )
    got = _statuses(text)
    assert [s for s, _, _ in got] == [0, 1, 2]  # the last quote does not mention the claim
    assert got[1][1] == "denied" and got[2][1] == "denied"
    assert got[2][2] == got[1][2]


def test_negated_evidence_and_negative_subject_deny():
    text = (
        "The union accused the council of hiring agency staff. "
        "There is no evidence that the council hired agency staff, the auditor said. "
        "“Nobody hired anyone,” a council spokesman said."
    )
    assert [st for _, st, _ in _statuses(text)] == ["attributed-distanced", "denied", "denied"]


def test_conjecture_hedges_unless_confirmed():
    hedged = _statuses("Union officials suspect the council hired agency staff last week.")
    assert hedged[0][1] == "hedged"
    confirmed = _statuses(
        "The audit confirmed what union officials had long suspected: that the council had "
        "hired agency staff."
    )
    assert confirmed[0][1] == "attributed"


def test_generic_denial_and_noncomment_need_the_discourse():
    # without the claim in the discourse, a generic denial is not a mention
    assert _statuses("The council denied any wrongdoing.") == []
    text = (
        "The union said the council had brought in agency workers. "
        "The council denied any involvement. "
        "The regional mayor said he would not comment on the case."
    )
    assert [st for _, st, _ in _statuses(text)] == ["attributed", "denied", "other"]
