"""Third held-out round (3a): attribution sources, hedges and boosters on eight more invented
news articles.

``tests/data/heldout3a`` (see its README) holds texts, actors and gold written and committed
before the tool was run on them. The BEFORE scores there are held out; the floors below sit a
little below the AFTER scores (not held out), so that a regression fails.
"""

import pandas as pd
from heldout_support import below_floors, check_gold, gold_counts, scores

from framing.attribution import find_attributions
from framing.lexicons import find_cues
from framing.text import analyse

SET = "heldout3a"

# Floors: a little below the AFTER column of tests/data/heldout3a/README.md.
FLOORS = {
    ("attribution", "f1"): 0.95,
    ("attribution", "source_accuracy"): 0.93,
    ("attribution", "class_accuracy"): 0.97,
    ("hedge", "f1"): 0.90,
    ("booster", "f1"): 0.88,
}


def test_gold_files_are_consistent():
    n = check_gold(SET)
    assert min(n[layer] for layer in ("hedges", "boosters", "attributions")) >= 20


def test_gold_counts_are_the_documented_ones():
    assert gold_counts(SET) == {"attribution": 119, "hedge": 34, "booster": 22}


def test_scores_meet_floors():
    low = below_floors(SET, FLOORS)
    assert not low, (low, scores(SET))


def _sources(text: str, actors: pd.DataFrame | None = None) -> list[tuple[str, str, str]]:
    return [
        (r["cue"], r["source_text"], r["source_canonical"])
        for r in find_attributions(analyse(text, "x"), actors)
    ]


ACTORS = pd.DataFrame(
    {
        "canonical": ["Halden Foods", "Marco Ferraro", "Lars Brandt", "Borussia Dortmund"],
        "aliases": ["Halden", "Ferraro", "Brandt", "Dortmund"],
        "affiliation": ["Halden Foods", "Chelsea", "Borussia Dortmund", "Borussia Dortmund"],
        "role": ["", "", "", ""],
        "type": ["org", "person", "person", "org"],
    }
)


def test_inverted_source_with_a_lower_case_title():
    got = _sources("“We remain confident,” said company spokesman Derek Olsen.")
    # without an actor table the role holder is named by the name (GUIDELINES: "Dmitry Peskov")
    assert got == [("said", "company spokesman Derek Olsen", "Derek Olsen")]
    got = _sources("“It’s a hazard,” said pensioner Alan Dobson, 74.")
    assert got[0][1].startswith("pensioner Alan Dobson")


def test_subject_grows_over_post_modifiers_and_bare_relative_clauses():
    got = _sources(
        "Survivors in the worst-hit town of Erciş accused the authorities of responding too slowly."
    )
    assert got[0][1] == "Survivors in the worst-hit town of Erciş"
    got = _sources(
        "Residents who gathered at a shelter at Redmond High School described a frantic escape."
    )
    assert got[0][1].startswith("Residents who gathered") and got[0][2] == "Residents"
    got = _sources(
        "The UN Office for the Coordination of Humanitarian Affairs estimated "
        "that 180,000 people needed shelter."
    )
    assert got[0][1] == "The UN Office for the Coordination of Humanitarian Affairs"
    # a time phrase after the subject is not a post-modifier
    assert _sources("Officials on Monday said the road was closed.")[0][1] == "Officials"


def test_according_to_keeps_the_of_phrase_and_strips_only_owned_report_nouns():
    got = _sources("According to the minutes of the previous meeting, the vote was close.")
    assert got[0][1] == "the minutes of the previous meeting"
    assert (
        _sources("The man was armed, according to a preliminary report.")[0][1]
        == "a preliminary report"
    )
    assert (
        _sources("Deaths rose, according to figures compiled by the ombudsman.")[0][1]
        == "the ombudsman"
    )


def test_pronoun_prefers_the_subject_of_the_previous_sentence():
    text = (
        "“He stays,” Brandt said. Chelsea head coach Marco Ferraro was more guarded. "
        "Asked about the striker, he said only that the club was looking to improve."
    )
    got = _sources(text, ACTORS)
    assert got[-1] == ("said", "he", "Marco Ferraro")


def test_company_descriptions_and_we_in_a_quote_resolve_to_the_organisation():
    text = (
        "Halden had shut two plants, Ruiz said, an assertion the company disputes. "
        "A company spokesperson said the plants were old."
    )
    got = _sources(text, ACTORS)
    assert [g[2] for g in got if g[0] != "said" or g[1] != "Ruiz"] == [
        "Halden Foods",
        "Halden Foods",
    ]
    text = (
        'Lars Brandt said the club would not sell. "Emeka is a huge part of our project. '
        'We have told Chelsea very clearly that he stays," he said.'
    )
    got = _sources(text, ACTORS)
    assert ("told", "We", "Borussia Dortmund") in got


def test_new_hedges_and_boosters_and_their_guards():
    def layer(text, name):
        return [c["text"] for c in find_cues(analyse(text, "x")) if c["layer"] == name]

    s = "The toll would almost certainly rise, and a larger quake could not be ruled out."
    assert layer(s, "hedge") == ["almost certainly", "not be ruled out"]
    assert layer(s, "booster") == []
    assert layer("The deal is expected to face scrutiny.", "hedge") == ["expected to"]
    assert layer("He is understood to favour a move.", "hedge") == ["understood to"]
    assert layer("The offer was the best possible within the budget.", "hedge") == []
    s = "The claim is simply untrue, and the cut was widely anticipated."
    assert layer(s, "booster") == ["simply", "widely"]
    plain = (
        "He simply walked away. Prices are widely varying. There were no confirmed "
        "fatalities. The drug is widely available."
    )
    assert layer(plain, "booster") == []
