"""Third held-out round (loaded terms only) and the precision guard of the loaded lexicon.

``tests/data/heldout3b`` (see its README) holds eight invented news articles with hand-coded
loaded-term gold, committed before the tool was run on them. The BEFORE scores in the README
are held out; the floors below sit a little below the AFTER scores (not held out: the lexicon
was expanded by category with these errors in view), so that a regression fails.

The precision guard is a list of plain news sentences (weather, sports results, markets, court
schedules, crime and accident reports) on which no loaded cue may fire; it includes the literal
or technical senses of the guarded entries ("the attack killed", "crisis centre", "sanctions
regime", "a handout photo", "an incendiary device", "the train derailed").
"""

import pytest
from heldout_support import below_floors, check_gold, cue_texts, gold, loaded_by_category

from framing.evaluate import GOLD_CATEGORY_MAP
from framing.lexicons import find_cues
from framing.text import analyse

SET = "heldout3b"

# Floors: a little below the AFTER column of tests/data/heldout3b/README.md (loaded terms;
# overlap matching unless the metric says exact).
FLOORS = {
    ("loaded", "f1"): 0.83,
    ("loaded", "precision"): 0.94,
    ("loaded", "recall"): 0.74,
    ("loaded", "f1_exact"): 0.70,
}


def test_gold_files_are_consistent():
    assert check_gold(SET)["loaded"] == 154
    assert set(gold(SET, "loaded")["category"]) <= set(GOLD_CATEGORY_MAP["loaded"].values()) | {
        "conflict-term",
        "euphemism",
        "intensifier",
        "doubt-marker",
    }


def test_scores_meet_floors():
    low = below_floors(SET, FLOORS)
    assert not low, low


def test_every_gold_category_is_found():
    cat = loaded_by_category(SET).set_index("category")
    assert (cat["tp"] > 0).all(), cat


# Plain news sentences: no loaded term may fire on any of them.
NEUTRAL = [
    "Heavy rain is expected across the north on Tuesday, with up to 40mm in places.",
    "Strong winds whipped up waves along the coast, and ferries were cancelled.",
    "Relentless rain caused flooding in three villages, the Environment Agency said.",
    "Brilliant sunshine is forecast for the weekend, with highs of 24C.",
    "Snowflakes fell over the Pennines overnight and roads were gritted.",
    "Patchy fog will clear by mid-morning.",
    "Arsenal beat Chelsea 2-1 with a late goal from their captain.",
    "The defending champion was eliminated in the second round in straight sets.",
    "She broke her tennis racket in frustration during the third set.",
    "The midfielder missed the match with a hamstring injury.",
    "The FTSE 100 closed 0.4% higher, led by mining stocks.",
    "The central bank held interest rates at 5.25% for a third meeting.",
    "Oil prices rose after producers agreed to extend output cuts.",
    "Shareholders will vote on the merger at an extraordinary general meeting in May.",
    "The company issued catastrophe bonds to cover hurricane losses.",
    "Outstanding loans rose to 4.2 billion euros at the end of the quarter.",
    "The trial is due to resume on Monday at Southwark Crown Court.",
    "The judge adjourned the hearing until 14 March.",
    "The defendant denies two counts of fraud and will appear in court next week.",
    "Police seized on Tuesday 40 kilograms of cocaine at the port.",
    "A bomb disposal team made safe an incendiary device found near the station.",
    "A fire gutted a warehouse on the industrial estate overnight.",
    "Firefighters contained the blaze by early afternoon.",
    "A freight train derailed near the junction, blocking the line for six hours.",
    "The roof caved in after days of heavy snow.",
    "The attack killed 12 people and wounded 30, the health ministry said.",
    "The city opened a crisis centre for families of the victims.",
    "The European Union extended its sanctions regime for another six months.",
    "The non-proliferation regime is under strain, the report said.",
    "A handout photo released by the army showed the damaged bridge.",
    "The drug is used to treat inflammatory bowel disease.",
    "Doctors said the patient had an aggressive form of cancer.",
    "Cattle were slaughtered at the abattoir under the new rules.",
    "He woke up at six and drove to the airport.",
    "Nazi Germany signed the pact in August 1939.",
    "The Gestapo arrested him in Paris in 1943.",
    "Fans braved the cold to watch the parade.",
    "The law includes a sunset clause that ends it in 2030.",
    "The event ends at sunset on Friday.",
    "The Revolutionary Guards held naval exercises in the Gulf.",
    "Seismic activity was recorded near the volcano.",
    "The nuclear plant was shut down after the meltdown risk was assessed.",
    "The museum displays a model of the Titanic.",
    "A vicious cycle of debt is described in the report.",
    "The hotel is conveniently located near the station.",
    "The rebel flag was taken down from the courthouse in 2015.",
    "The minister said the bill would be debated next week.",
    "Turnout was 62%, slightly higher than at the last election.",
    "The council approved the budget by 31 votes to 12.",
    "Troops withdrew from the village after the ceasefire.",
    "The victims were named as a 34-year-old woman and her son.",
    "Gulfline said crews had recovered about 600 barrels of oil.",
    "The company said it would cut 200 jobs at its plant in Ohio.",
    "The prime minister met the French president in Paris on Monday.",
    "Engineers removed the derailed train from the tracks overnight.",
    "The study looked at diet and gut health in older adults.",
    "Witnesses saw a muzzle flash before the shots.",
    "The hostages were let go after three days, officials said.",
    "The boy was savaged by a dog in the park.",
    "He pocketed the final black to win the frame.",
    "The tanker was seized on the high seas by naval forces.",
    "The hostel has 40 bunk beds and a shared kitchen.",
    "Astronomers measured the stellar mass of the galaxy.",
    "Radio host Michael Savage said he would retire.",
    "Engineers found fuel efficiencies in the new engine design.",
    "The council hired a firm for pest extermination in the flats.",
]


def test_precision_guard_plain_news_sentences():
    assert len(NEUTRAL) >= 40
    fired = {s: cue_texts(s, "loaded") for s in NEUTRAL}
    fired = {s: t for s, t in fired.items() if t}
    assert not fired, fired


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Critics said the raid targeted illegal aliens and open-borders activists.",
            {"illegal aliens", "open-borders activists"},
        ),
        ("The woke mob wants him gone, the columnist wrote.", {"woke mob"}),
        ("Rioters and looters were detained, the ministry said.", {"Rioters", "looters"}),
        (
            "The minister blamed paid agents and their Western sponsors.",
            {"paid agents", "Western sponsors"},
        ),
        ("Police used special means to disperse the crowd.", {"special means"}),
        (
            "Order was restored after a bloody crackdown.",
            {"Order was restored", "bloody crackdown"},
        ),
        (
            "The firm said 300 staff would be transitioned out as it right-sized the business.",
            {"transitioned out", "right-sized"},
        ),
        ("He called it a difficult but necessary step.", {"difficult but necessary"}),
        (
            "The tabloid ran a bombshell story about the disgraced tycoon.",
            {"bombshell", "disgraced"},
        ),
        ("Officials warned of dire consequences if the talks failed.", {"dire consequences"}),
        (
            "The leader said the organisers would face the full force of the law.",
            {"full force of the law"},
        ),
        ("The party is waging a war on motorists, the opposition said.", {"war on motorists"}),
        ("The ministry called the report slanderous fabrications.", {"slanderous fabrications"}),
        (
            "Her remarks were cherry-picked and taken out of context.",
            {"cherry-picked", "out of context"},
        ),
        (
            "The senator whipped up the crowd and doubled down on his claims.",
            {"whipped up", "doubled down"},
        ),
        (
            "The government caved in to pressure in a humiliating climbdown.",
            {"caved in", "humiliating", "climbdown"},
        ),
        ("Ironically, the plan was a spectacular failure.", {"Ironically", "spectacular failure"}),
        ("Critics said the cuts would gut the agency.", {"gut"}),
    ],
)
def test_round3_families_fire_on_evaluative_uses(sentence, expected):
    got = set(cue_texts(sentence, "loaded"))
    assert expected <= got, (sentence, got)


def test_phrase_heads_are_one_span():
    """'woke mob' and 'one-sided propaganda' are one span each, not two cues."""
    assert cue_texts("A woke mob shouted him down.", "loaded") == ["woke mob"]
    assert cue_texts("It was one-sided propaganda, he said.", "loaded") == ["one-sided propaganda"]


def test_rule_not_near_rejects_a_literal_sense_signalled_nearby(tmp_path):
    """``not_near=`` rejects a match when a listed word is within six words on either side."""
    tsv = tmp_path / "mine.tsv"
    tsv.write_text(
        "# layer: loaded\nterm\tcategory\trule\tsources\n"
        "slaughtered\tconflict-term\tnot_near=cattle,abattoir\tOWN\n",
        encoding="utf-8",
    )

    def got(text):
        return [c["text"] for c in find_cues(analyse(text, "x"), [str(tsv)])]

    assert got("Villagers said the militia slaughtered civilians.") == ["slaughtered"]
    assert got("Cattle were slaughtered at the plant.") == []  # before, not adjacent
    assert got("They were slaughtered, the abattoir said.") == []  # after, across a comma
    # seven words away: outside the window
    assert got("Cattle grazed in the hills while rebels nearby slaughtered villagers.") == [
        "slaughtered"
    ]
    with pytest.raises(Exception, match="not_near"):
        bad = tmp_path / "bad.tsv"
        bad.write_text(
            "# layer: loaded\nterm\tcategory\trule\tsources\nx\tother\tnot_near\tOWN\n",
            encoding="utf-8",
        )
        find_cues(analyse("x y", "x"), [str(bad)])
