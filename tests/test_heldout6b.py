"""Sixth held-out round (loaded terms only, round 6b) and guards for the families added after it.

``tests/data/heldout6b`` (see its README) holds six invented news articles (US metro eviction
wave, sovereign-fund football takeover, vaccine-mandate protest, partisan border-contract story,
journalists detained, translated pension-strike report) with hand-coded loaded-term gold,
committed before the tool was run on them. The BEFORE scores in the README are held out; the
floors below sit a little below the AFTER scores (not held out), so that a regression fails.
"""

import pytest
from heldout_support import below_floors, check_gold, cue_texts, gold, loaded_by_category

SET = "heldout6b"

# Floors: a little below the AFTER column of tests/data/heldout6b/README.md (loaded terms;
# overlap matching unless the metric says exact).
FLOORS = {
    ("loaded", "f1"): 0.93,
    ("loaded", "precision"): 0.95,
    ("loaded", "recall"): 0.90,
    ("loaded", "f1_exact"): 0.63,
}


def test_gold_files_are_consistent():
    assert check_gold(SET)["loaded"] == 67
    assert set(gold(SET, "loaded")["category"]) == {
        "pejorative-label",
        "other",
        "euphemism",
        "doubt-marker",
        "conflict-term",
        "intensifier",
        "positive-label",
    }


def test_scores_hold_floors():
    low = below_floors(SET, FLOORS)
    assert not low, low


def test_every_gold_category_is_found():
    cat = loaded_by_category(SET).set_index("category")
    assert (cat["recall"] >= 0.6).all(), cat


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Advocates say predatory lenders target elderly homeowners.", "predatory"),
        ("The council was accused of treating drivers as a cash cow.", "as a cash cow"),
        (
            "Bailiffs turfed pensioners onto the street in the middle of winter.",
            "turfed pensioners onto the street",
        ),
        ("Critics said the club had sold its soul to the highest bidder.", "sold its soul"),
        (
            "The opposition accused ministers of running roughshod over parliament.",
            "running roughshod over",
        ),
        ("The government said it would not bow to blackmail.", "bow to blackmail"),
        ("Nurses say they are drowning in paperwork.", "drowning in"),
        ("The strike paralysed the rail network for a second day.", "paralysed"),
        ("Unions vowed to bring the economy to its knees.", "bring the economy to its knees"),
        (
            "The editor said the regime wanted to intimidate reporters into silence.",
            "intimidate reporters into silence",
        ),
        ("The ministry called the paper a mouthpiece bent on sowing discord.", "sowing discord"),
        ("The senator called the programme a slush fund for donors.", "slush fund"),
        ("Opponents said the budget handed tax cuts to the wealthy.", "cuts to the wealthy"),
        ("The police chief blamed a few bad apples.", "few bad apples"),
        (
            "The minister called the plan reasonable and proportionate.",
            "reasonable and proportionate",
        ),
        ("Critics called the procedure a denial of democracy.", "denial of democracy"),
        ("It was a total boondoggle, the auditor said.", "boondoggle"),
    ],
)
def test_new_families_fire_on_evaluative_uses(sentence, expected):
    assert expected in cue_texts(sentence, "loaded")


@pytest.mark.parametrize(
    "sentence",
    [
        "Predatory fish such as pike feed on smaller species in the lake.",
        "The boxer said he was looking for a fight in March against the heavyweight champion.",
        "Heavy snow brought the capital to a standstill on Monday.",
        "The patient was paralysed from the waist down after the crash.",
        "Two migrants drowned in the river after their boat capsized.",
        "She donated the painting as a gift to the museum.",
        "The contract includes a price adjustment clause linked to inflation.",
        "The bad apples were thrown out after the harvest.",
        "Stars rolled out the red carpet at the Cannes film premiere.",
        "He was charged with obstruction of justice.",
        "The judge found evidence of coercive control in the marriage.",
        "The house is for sale at 400,000 pounds.",
        "Absentee ballots will be counted on Friday.",
        "He threw the ball onto the street.",
        "The New Dawn party won two seats.",
    ],
)
def test_new_families_reject_literal_uses(sentence):
    assert cue_texts(sentence, "loaded") == []
