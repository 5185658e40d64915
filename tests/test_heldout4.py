"""Fourth held-out round: every layer scored on the same eight invented news articles.

``tests/data/heldout4`` (see its README) holds texts, claims, actors and gold for all layers,
written and committed before the tool was run on them. The BEFORE scores there are the honest
estimate for unseen news; the floors below sit a little below the AFTER scores (not held out:
the errors were analysed and fixed with general rules), so that a regression fails.
"""

from pathlib import Path

from heldout_support import below_floors, check_gold, cue_texts, gold_counts, scores

from framing.attribution import find_attributions
from framing.lexicons import find_cues
from framing.text import analyse

SET = "heldout4"
HELDOUT = Path(__file__).resolve().parent / "data" / SET

# Floors: a little below the AFTER column of tests/data/heldout4/README.md.
FLOORS = {
    ("hedge", "f1"): 0.90,
    ("booster", "f1"): 0.90,
    ("loaded", "f1"): 0.82,
    ("attribution", "f1"): 0.93,
    ("attribution", "source_accuracy"): 0.80,
    ("attribution", "class_accuracy"): 0.95,
    ("claim", "recall"): 0.60,
    ("claim", "accuracy"): 0.50,
}


def test_gold_files_are_consistent():
    n = check_gold(SET)
    assert n["claims"] == 58
    assert min(n[layer] for layer in ("hedges", "boosters", "loaded", "attributions")) >= 18


def test_gold_counts_are_the_documented_ones():
    assert gold_counts(SET) == {
        "attribution": 95,
        "booster": 28,
        "claim": 58,
        "hedge": 18,
        "loaded": 58,
    }


def test_scores_meet_floors():
    assert set(scores(SET)["layer"]) == {"hedge", "booster", "loaded", "attribution", "claim"}
    low = below_floors(SET, FLOORS)
    assert not low, (low, scores(SET))


def test_new_loaded_entries_fire_on_evaluative_uses():
    for sentence, term in [
        ("The regulator was asleep at the wheel while the bank gambled.", "asleep at the wheel"),
        ("Officials looked the other way for years.", "looked the other way"),
        ("The company played down the scale of the spill.", "played down"),
        ("Critics called the appointment a pay-to-play scheme.", "pay-to-play"),
        ("The senator warned of a dangerous precedent.", "dangerous precedent"),
        (
            "Beijing will take all necessary measures to defend its interests.",
            "all necessary measures",
        ),
        ("Protesters accused ministers of a great betrayal.", "betrayal"),
        ("The minister dismissed the story as a fairy tale.", "fairy tale"),
        ("The government is lying to voters.", "lying to"),
    ]:
        assert any(term.lower() in t.lower() for t in cue_texts(sentence, "loaded")), sentence


def test_new_loaded_entries_stay_quiet_on_literal_uses():
    for sentence in [
        "He was lying in hospital after the crash.",
        "The couple had a fairy tale wedding in June.",
        "Police foiled a plot to kill the mayor.",
        "The antibiotic killed off the bacteria within hours.",
        "Children laughed at the clowns at the circus.",
        "The region is characterised by dry summers.",
        "Prices were broadly stable and trading was thin.",
    ]:
        assert cue_texts(sentence, "loaded") == [], sentence


def test_new_hedges_and_boosters():
    assert cue_texts("We cannot rule out foreign involvement.", "hedge") == ["cannot rule out"]
    assert cue_texts("Police did not rule out arson.", "hedge") == ["not rule out"]
    assert cue_texts("The readings are not necessarily linked to the plant.", "hedge") == [
        "not necessarily"
    ]
    assert cue_texts("It looks like a textbook case.", "hedge") == ["looks like"]
    assert cue_texts("He looks like his father.", "hedge") == []
    assert cue_texts("Crews did everything humanly possible.", "hedge") == []
    assert cue_texts("This is corruption, plain and simple.", "booster") == ["plain and simple"]
    assert cue_texts("Leaked papers reveal that officials drew up options.", "booster") == [
        "reveal"
    ]
    # evidence-noun subject: evidential too (GUIDELINES layer 3 codes "shows" without "that")
    assert cue_texts("The papers reveal a plan.", "booster") == ["reveal"]
    assert cue_texts("The company will reveal its new phone on Monday.", "booster") == []
    assert cue_texts("We have clear evidence that they did it.", "booster") == ["clear evidence"]


def _attrs(sentence: str, zones=None) -> list[tuple[str, str]]:
    return [(a["cue"], a["source_text"]) for a in find_attributions(analyse(sentence, "x", zones))]


def test_attribution_rules_after_round_4():
    assert _attrs("The Coast Guard characterised the testimonies as unfounded.") == [
        ("characterised", "The Coast Guard")
    ]
    assert _attrs("The region is characterised by dry summers.") == []
    assert _attrs("Internal emails seen by the Courier show that the warning was ignored.") == []
    head = "FURY ON THE FARMS: Tractors block Whitehall"
    assert _attrs(head, [(0, len(head), "headline")]) == []
    head = "Kremlin: Putin has no plans to travel"
    assert _attrs(head, [(0, len(head), "headline")]) == [(":", "Kremlin")]


def test_idiomatic_action_with_subject_agent_is_a_claim_mention():
    from framing.stance import find_claims, load_claims

    claims = load_claims(HELDOUT / "claims.csv")
    claim = [c for c in claims if c.claim_id == "fsa-ignored-warnings"]
    doc = analyse("Critics say the regulator was asleep at the wheel.", "x")
    rows = find_claims(doc, claim, find_cues(doc), find_attributions(doc))
    assert [r["status"] for r in rows] == ["attributed"]
    doc = analyse("The regulator was at the meeting.", "x")
    assert find_claims(doc, claim, find_cues(doc), find_attributions(doc)) == []
