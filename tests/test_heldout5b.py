"""Fifth held-out round (loaded terms only, round 5b) and guards for the families added after it.

``tests/data/heldout5b`` (see its README) holds six invented news articles (tabloid tax trial,
US school-shooting gun debate, currency crisis, church abuse inquiry, EU AI lobbying fight,
translated prison-riot report) with hand-coded loaded-term gold, committed before the tool was
run on them. The BEFORE scores in the README are held out; the floors below sit a little below
the AFTER scores (not held out), so that a regression fails.
"""

import pytest
from heldout_support import below_floors, check_gold, cue_texts, gold, loaded_by_category

SET = "heldout5b"

# Floors: a little below the AFTER column of tests/data/heldout5b/README.md (loaded terms;
# overlap matching unless the metric says exact).
FLOORS = {
    ("loaded", "f1"): 0.89,
    ("loaded", "precision"): 0.94,
    ("loaded", "recall"): 0.84,
    ("loaded", "f1_exact"): 0.54,
}


def test_gold_files_are_consistent():
    assert check_gold(SET)["loaded"] == 84
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
    assert expected in cue_texts(sentence, "loaded")


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
    assert cue_texts(sentence, "loaded") == []
