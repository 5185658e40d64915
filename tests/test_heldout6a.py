"""Sixth held-out round (6a): attribution, hedges and boosters on six invented news articles.

``tests/data/heldout6a`` (see its README) holds texts, actors and gold written and committed
before the tool was run on them. The BEFORE scores there are held out; the floors below sit a
little below the AFTER scores (not held out), so that a regression fails. The rule tests use
sentences written for the rules, not the gold articles.
"""

import pandas as pd
import pytest
from heldout_support import below_floors, check_gold, cue_texts, gold_counts, scores

from framing.attribution import Actors, find_attributions
from framing.text import analyse

SET = "heldout6a"

# Floors: a little below the AFTER column of tests/data/heldout6a/README.md.
FLOORS = {
    ("attribution", "f1"): 0.92,
    ("attribution", "source_accuracy"): 0.87,
    ("attribution", "class_accuracy"): 0.97,
    ("hedge", "f1"): 0.90,
    ("booster", "f1"): 0.83,
}


def test_gold_files_are_consistent():
    n = check_gold(SET)
    assert min(n[layer] for layer in ("hedges", "boosters", "attributions")) >= 15


def test_gold_counts_are_the_documented_ones():
    assert gold_counts(SET) == {"attribution": 91, "hedge": 15, "booster": 20}


def test_scores_meet_floors():
    low = below_floors(SET, FLOORS)
    assert not low, (low, scores(SET))


# ---------------------------------------------------------------- rules added in this round
def _attrs(text: str, actors: Actors | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        find_attributions(analyse(text, "x"), actors),
        columns=["cue", "source_text", "source_canonical"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Charity boss accused of pocketing donations",
        "The mayor was accused of lying to voters.",
        "A cargo ship suspected of dumping oil was detained on Friday.",
    ],
)
def test_passive_accused_of_has_no_source(text):
    a = _attrs(text)
    hit = a[a["cue"].str.lower().isin(["accused", "suspected"])]
    assert len(hit) == 1
    assert hit["source_canonical"].iloc[0] == "Unspecified"


def test_active_accuse_keeps_its_subject():
    a = _attrs("The opposition leader accused the mayor of lying to voters.")
    assert a.loc[a["cue"] == "accused", "source_text"].tolist() == ["The opposition leader"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents were not told about the leak until Friday.",
        "Staff were never told that the audit had failed.",
    ],
)
def test_negated_passive_speech_verb_is_not_a_cue(text):
    assert "told" not in _attrs(text)["cue"].tolist()


def _shared_alias_actors() -> Actors:
    return Actors.from_frame(
        pd.DataFrame(
            {
                "canonical": ["Northwind Energy", "Harbor Foods"],
                "aliases": ["Northwind|the company", "Harbor|the company"],
                "affiliation": ["Northwind Energy", "Harbor Foods"],
                "role": ["utility", "food maker"],
                "type": ["org", "org"],
            }
        )
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Harbor Foods recalled 2,000 jars on Monday. The company said the lids were faulty.",
            "Harbor Foods",
        ),
        ("Northwind raised prices in May. The company said costs had doubled.", "Northwind Energy"),
    ],
)
def test_shared_alias_resolves_to_the_actor_of_this_article(text, expected):
    a = _attrs(text, _shared_alias_actors())
    assert a.loc[a["cue"] == "said", "source_canonical"].tolist() == [expected]


def test_relative_who_after_an_abbreviation_split_finds_the_senator():
    actors = Actors.from_frame(
        pd.DataFrame(
            {
                "canonical": ["Ana Ruiz", "Tom Hale"],
                "aliases": ["Ruiz", "Hale"],
                "affiliation": ["Democrats", "Acme"],
                "role": ["senator", "ceo"],
                "type": ["person", "person"],
            }
        )
    )
    text = (
        "Tom Hale spoke first. The answer did not satisfy Sen. Ana Ruiz (D-Ariz.), who "
        "cited internal memos showing that staff had raised the alarm."
    )
    a = _attrs(text, actors)
    assert a.loc[a["cue"] == "cited", "source_canonical"].tolist() == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("In a statement, the company affirmed that it had complied with every rule.", "affirmed"),
        ("The defence lawyers consider that the evidence was obtained illegally.", "consider"),
    ],
)
def test_new_reporting_verbs(text, cue):
    assert cue in _attrs(text)["cue"].tolist()


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The council will consider the proposal next week.", "consider"),
        ("The court affirmed the ruling of the lower court.", "affirmed"),
    ],
)
def test_new_reporting_verbs_need_a_clause(text, cue):
    assert cue not in _attrs(text)["cue"].tolist()


def test_hedge_rows_of_this_round():
    assert "consider" in cue_texts("Its lawyers consider that the report is flawed.", "hedge")
    assert "consider" not in cue_texts("The board will consider the offer on Monday.", "hedge")
    assert "expects" in cue_texts("The ministry expects prices to rise by 5 percent.", "hedge")
    assert "could" not in cue_texts(
        "The inquiry found the deaths could have been prevented.", "hedge"
    )
    assert "could" in cue_texts("The virus could spread to neighbouring farms.", "hedge")


def test_simply_before_a_negated_auxiliary():
    assert "simply" in cue_texts("The figures simply don't add up, she said.", "booster")
    assert "simply" not in cue_texts("He simply walked away from the table.", "booster")
