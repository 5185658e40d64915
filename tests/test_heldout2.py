"""Second held-out round: the layers scored on eight more invented news articles.

``tests/data/heldout2`` (see its README) holds texts, claims, actors and gold written and
committed before the tool was run on them. The BEFORE scores there are held out; the floors
below sit a little below the AFTER scores (not held out: the errors were analysed and fixed
with general rules), so that a regression fails.
"""

from pathlib import Path

from heldout_support import below_floors, check_gold, gold_counts, scores

from framing.lexicons import find_cues
from framing.stance import find_claims, load_claims
from framing.text import analyse

SET = "heldout2"
HELDOUT = Path(__file__).resolve().parent / "data" / SET

# Floors: a little below the AFTER column of tests/data/heldout2/README.md.
FLOORS = {
    ("hedge", "f1"): 0.85,
    ("booster", "f1"): 0.80,
    ("loaded", "f1"): 0.78,
    ("attribution", "f1"): 0.93,
    ("attribution", "source_accuracy"): 0.72,
    ("attribution", "class_accuracy"): 0.95,
    ("claim", "recall"): 0.72,
    ("claim", "accuracy"): 0.62,
}


def test_gold_files_are_consistent():
    n = check_gold(SET)
    assert n["claims"] == 58
    assert min(n[layer] for layer in ("hedges", "boosters", "loaded", "attributions")) >= 20


def test_gold_counts_are_the_documented_ones():
    assert gold_counts(SET) == {
        "attribution": 103,
        "booster": 22,
        "claim": 58,
        "hedge": 22,
        "loaded": 41,
    }


def test_scores_meet_floors():
    assert set(scores(SET)["layer"]) == {"hedge", "booster", "loaded", "attribution", "claim"}
    low = below_floors(SET, FLOORS)
    assert not low, (low, scores(SET))


def test_new_loaded_entries_stay_quiet_on_literal_uses():
    """Literal uses of words added after the second round are not loaded terms."""
    plain = (
        "The film used a stunt double and the ship was rigged with explosives. "
        "Patchy fog is expected, and the precautionary principle applies. "
        "Prices rose proportionately more in the north. The submarine fired a torpedo. "
        "She filed a sexual harassment complaint. Fears of escalation grew. "
        "The answer lies entirely with the voters."
    )
    doc = analyse(plain, "plain")
    assert [c["text"] for c in find_cues(doc) if c["layer"] == "loaded"] == []


def test_new_loaded_entries_fire_on_evaluative_uses():
    sents = {
        "The ministry dismissed the report as Russophobic hysteria.": {"Russophobic", "hysteria"},
        "Critics called the vote a sham and the inquiry a whitewash.": {"sham", "whitewash"},
        "The union said managers had hired scabs.": {"scabs"},
        "Officials said the troops returned fire proportionately.": {"proportionately"},
        "It was a witch hunt, he said.": {"witch hunt"},
    }
    for s, want in sents.items():
        got = {c["text"] for c in find_cues(analyse(s, "x")) if c["layer"] == "loaded"}
        assert want <= got, (s, got)


def test_agentless_passive_mentions_need_the_discourse():
    """'ballots were discarded' is a claim mention only once the claim is in the discourse."""
    claims = load_claims(HELDOUT / "claims.csv")
    alone = analyse("Some ballots were discarded at the counting center.", "a")
    assert find_claims(alone, claims, [], []) == []
    text = (
        "The candidate accused county staff of throwing out votes. "
        "Officials insisted that no valid ballot had been destroyed. "
        "Monitors said that even if some ballots were discarded, the result would stand."
    )
    recs = find_claims(analyse(text, "b"), claims, [], [])
    assert [(r["sentence_id"], r["status"]) for r in recs] == [
        (0, "attributed-distanced"),
        (1, "denied"),
        (2, "hedged"),
    ]


def test_generic_present_passive_is_not_a_mention():
    claims = load_claims(HELDOUT / "claims.csv")
    text = (
        "Okafor denied taking the steroid. Trenbolone is widely used in livestock farming, "
        "scientists say."
    )
    recs = find_claims(analyse(text, "c"), claims, [], [])
    assert [r["sentence_id"] for r in recs] == [0]
