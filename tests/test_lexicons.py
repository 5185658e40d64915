"""Tests for framing.lexicons: lexicon files, matching, disambiguation rules, gold F1."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from framing.evaluate import load_gold, score_spans
from framing.lexicons import (
    CUE_COLUMNS,
    Lexicon,
    LexiconError,
    available_lexicons,
    find_cues,
    load_lexicon,
)
from framing.text import analyse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "russia-dprk-2024"
GOLD = SEED / "gold"
SHIPPED = ["hedges", "boosters", "loaded"]


def cues(sentence: str, layer: str | None = None, lexicons=None) -> list[dict]:
    out = find_cues(analyse(sentence, "t"), lexicons=lexicons)
    return [c for c in out if layer is None or c["layer"] == layer]


def texts(sentence: str, layer: str, lexicons=None) -> list[str]:
    return [c["text"] for c in cues(sentence, layer, lexicons)]


def seed_text(doc_id: str) -> str:
    (path,) = SEED.glob(f"{doc_id}_*.txt")
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- lexicon files


def source_tags() -> set[str]:
    text = (resources.files("framing") / "lexicons" / "SOURCES.md").read_text(encoding="utf-8")
    tags = set(re.findall(r"^\| ([A-Z0-9][A-Z0-9, -]+?) \|", text, flags=re.M))
    return {t.strip() for group in tags for t in group.split(",")}


def test_shipped_lexicons_are_listed():
    assert set(SHIPPED) <= set(available_lexicons())


@pytest.mark.parametrize("name", SHIPPED)
def test_every_row_parses_and_has_a_known_source(name):
    known = source_tags()
    assert {"H05R", "WTW-D", "OWN", "MPQA-S", "VADER-B"} <= known
    lex = load_lexicon(name, optional=True)
    assert len(lex) > 30
    assert len(lex.compiled()) >= len(lex)  # every row compiles (optionals expand)
    header = lex.header
    assert header.startswith("#") and "Licence" in header
    for row in lex.entries.itertuples():
        tags = row.sources.split(";")
        assert tags and set(tags) <= known, (row.term, row.sources)
        if tags == ["OWN"]:
            assert len(row.note) > 20, f"OWN entry without justification: {row.term}"
        assert row.match in {"word", "stem"}
        assert row.default in {"yes", "no"}


def test_loaded_categories_are_the_documented_ones():
    cats = set(load_lexicon("loaded", optional=True).entries["category"])
    assert cats == {
        "pejorative-label",
        "regime-label",
        "conflict-term",
        "euphemism",
        "positive-label",
        "legitimising",
        "intensifier",
        "doubt-marker",
        "editorialising",
        "other",
        "quoted-label",
    }


def test_approximators_are_opt_in():
    default = load_lexicon("hedges")
    full = load_lexicon("hedges", optional=True)
    assert "approximator" not in set(default.entries["category"])
    assert "approximator" in set(full.entries["category"])
    sentence = "The shelling killed almost 40 people, officials said."
    assert texts(sentence, "hedge") == []
    assert texts(sentence, "hedge", lexicons=[full]) == ["almost"]


# --------------------------------------------------------------------------- records


def test_records_schema_offsets_and_voice_on_seed_articles():
    for doc_id in ("000", "001", "002"):
        text = seed_text(doc_id)
        doc = analyse(text, doc_id)
        found = find_cues(doc)
        assert found
        for c in found:
            assert list(c) == CUE_COLUMNS
            assert text[c["char_start"] : c["char_end"]] == c["text"]
            s = doc.sentences[c["sentence_id"]]
            assert s.start <= c["char_start"] and c["char_end"] <= s.end
            assert c["voice"] in {"quoted", "author"}
            assert c["source"]
    found = find_cues(analyse(seed_text("000"), "000"))
    by_text = {(c["text"], c["layer"]): c["voice"] for c in found}
    assert by_text[("brotherly", "loaded")] == "quoted"  # “brotherly” relations
    assert by_text[("invasion", "loaded")] == "author"
    assert by_text[("reportedly", "hedge")] == "author"


def test_multiword_and_discontinuous_cues():
    s = (
        "Putin has deepened ties with North Korea since sending troops into Ukraine in 2022, and "
        "the United States and its allies have condemned what they say have been significant "
        "North Korean missile deliveries to Russia."
    )
    assert texts(s, "hedge") == ["what they say have been"]
    assert texts(s, "loaded") == ["sending troops into Ukraine"]
    s = "Russia has gone out of its way to publicize the renaissance of its relationship."
    assert texts(s, "loaded") == ["gone out of its way", "renaissance"]
    s = (
        "Washington turned a deaf ear to the request, and Seoul warned Pyongyang would "
        "pay a heavy price."
    )
    assert texts(s, "loaded") == ["turned a deaf ear", "pay a heavy price"]


def test_phrase_alternatives_of_different_lengths_are_separate_rows():
    # Alternatives are single words of one element: "almost|nearly|all but certain" would read
    # as almost/nearly/all + "but" + "certain" and miss "almost certain" (it did, until fixed).
    s = "The minister is almost certain to be absent, and a deal is all but certain."
    assert texts(s, "hedge") == ["almost certain", "all but certain"]
    assert texts("A vote is nearly certain.", "hedge") == ["nearly certain"]
    assert texts("He is almost but certain.", "hedge") == []
    # contracted forms are whole tokens ("they're"), never "'re" alone
    s = "“They’re animals,” the minister said of the crowd."
    assert texts(s, "loaded") == ["They’re animals"]
    s = "It’s expected to rain, and he's understood to favour the plan."
    assert texts(s, "hedge") == ["expected to", "understood to"]
    assert texts("I’m sure they will come.", "booster") == ["sure"]
    s = "The account isn’t credible, and voters aren’t buying it."
    assert texts(s, "loaded") == ["isn’t credible", "aren’t buying it"]
    opt_in = [load_lexicon("hedges", optional=True)]
    s = "To some extent the talks failed, and to a certain extent they were never meant to work."
    assert texts(s, "hedge", opt_in) == ["To some extent", "to a certain extent"]


def test_longest_match_wins_within_a_layer_and_layers_overlap():
    s = "The Putin–Kim summit prompted fevered speculation among Western officials."
    assert texts(s, "hedge") == ["speculation"]
    assert texts(s, "loaded") == ["fevered speculation"]
    s = "Rodong Sinmun described the relationship as “traditionally friendly.”"
    assert texts(s, "loaded") == ["traditionally friendly"]


def test_case_insensitive_and_listed_inflections():
    assert texts("Officials BELIEVE the shipment left in March.", "hedge") == ["BELIEVE"]
    assert texts("Seoul believed the launch failed.", "hedge") == ["believed"]
    assert texts("The army invaded the north in 1950.", "loaded") == ["invaded"]


def test_conjecture_nouns_need_a_that_clause():
    assert texts("There are indications that the economy is slowing.", "hedge") == ["indications"]
    assert texts("There is a chance that the talks collapse.", "hedge") == ["chance"]
    assert texts("It is an indication of strength, and he deserves a second chance.", "hedge") == []
    assert texts("The plan could potentially save billions.", "hedge") == ["could", "potentially"]
    assert texts("It is not clear who fired first.", "hedge") == ["not clear"]
    assert texts("It isn’t clear whether the deal will hold.", "hedge") == ["isn’t clear"]
    assert texts("The sky was not clear that night.", "hedge") == []


def test_possessive_forms_match_the_word():
    assert texts("The regime’s forces shelled the city.", "loaded") == ["regime’s"]
    assert texts("The junta's crackdown on dissent went on.", "loaded") == ["junta's"]
    # "it's" is "it is": no possessive reading
    assert texts("It's likely that the talks fail.", "hedge") == ["likely"]


def test_negation_is_noted():
    (c,) = cues("It is not likely that the deal will be signed this year.", "hedge")
    assert c["text"] == "likely" and c["negated"] is True
    (c,) = cues("A deal is likely this year, diplomats said.", "hedge")
    assert c["negated"] is False
    (c,) = cues("The Kremlin did not confirm the visit.", "booster")
    assert c["negated"] is True


def test_no_doubt_is_a_booster_not_a_hedge():
    s = "There is no doubt that the missiles came from North Korea, the minister said."
    assert texts(s, "booster") == ["no doubt"]
    assert texts(s, "hedge") == []
    assert texts("Analysts doubt that the sanctions will work.", "hedge") == ["doubt"]


@pytest.mark.parametrize(
    ("sentence", "booster"),
    [
        ("Without doubt, this is the worst flood in a century.", "Without doubt"),
        ("His guilt was proved beyond reasonable doubt.", "beyond reasonable doubt"),
        ("It was beyond any doubt the best performance of the night.", "beyond any doubt"),
    ],
)
def test_negated_doubt_phrases_are_boosters(sentence, booster):
    assert texts(sentence, "booster") == [booster]
    assert texts(sentence, "hedge") == []


def test_unconfirmed_reports_hedge():
    s = "Rebels seized the town, according to unconfirmed reports."
    assert [(c["text"], c["category"]) for c in cues(s, "hedge")] == [
        ("unconfirmed", "attribution-hedge")
    ]
    assert texts("The claims remain unverified, officials said.", "hedge") == ["unverified"]


# --------------------------------------------------------------------------- disambiguation rules


def test_rule_could_epistemic_vs_root():
    # seed 003: epistemic possibility
    s = (
        "South Korean Defense Minister Shin Won-sik said last week in an interview with the Yonhap "
        "agency that Pyongyang could sell Moscow tactical guided missiles."
    )
    assert texts(s, "hedge") == ["could"]
    # seed 001 s8: dynamic modal in an embedded how-question (GUIDELINES Layer 2) -> not a hedge
    s = (
        "In mid-September, Putin and Kim met at a summit where they held talks on how Russia could "
        "help North Korea build satellites, as well as a possible arms deal."
    )
    assert texts(s, "hedge") == ["possible"]
    # past ability
    assert texts("The ministry could not be reached for comment.", "hedge") == []
    # purpose clause
    assert texts("They moved the launchers so that they could strike faster.", "hedge") == []


def test_rule_may_month_vs_modal():
    s = (
        "In September, the Kremlin had also said that it would cooperate with North Korea in "
        "“sensitive areas that can’t be disclosed,” raising suspicions that Pyongyang may provide "
        "ammunition to Russia."
    )
    assert texts(s, "hedge") == ["suspicions", "may"]
    s = (
        "“We have already observed Russian ships offloading containers in the DPRK, which may "
        "constitute … the initial deliveries,” Kirby said."
    )
    (c,) = cues(s, "hedge")
    assert (c["text"], c["voice"]) == ("may", "quoted")
    assert texts("In May 2023, the two foreign ministers met in Moscow.", "hedge") == []
    assert texts("The summit was held on May 9 in Red Square.", "hedge") == []
    assert texts("May 2024 saw record shipments across the border.", "hedge") == []
    assert texts("Russia May Send More Troops to Belarus", "hedge") == [
        "May"
    ]  # title-case headline
    assert texts("You may submit comments through the form below.", "hedge") == []


def test_rule_claims_noun_vs_verb(tmp_path):
    user = tmp_path / "distancing.tsv"
    user.write_text(
        "# user lexicon: distancing verbs as hedges\n# layer: hedge\n"
        "term\tcategory\trule\tsources\n"
        "claim|claims|claimed\tdistancing-verb\tverb\tRDJ-RV\n",
        encoding="utf-8",
    )
    s = (
        "The assertion follows Western claims that North Korea is transferring ballistic missiles "
        "to Russia for use against targets in Ukraine."
    )
    assert texts(s, "hedge", lexicons=[user]) == []
    s = "When pressed by reporters about the claims, Mr. Peskov declined to comment."
    assert texts(s, "hedge", lexicons=[user]) == []
    s = "Kirby claims that Russia fired North Korean missiles at Ukrainian cities."
    assert texts(s, "hedge", lexicons=[user]) == ["claims"]
    s = (
        "In recent months, U.S. officials have repeatedly claimed that Moscow seeks to "
        "import missiles."
    )
    assert texts(s, "hedge", lexicons=[user]) == ["claimed"]
    # the shipped hedge lexicon leaves the verb to the attribution layer (GUIDELINES Layer 2)
    assert texts(s, "hedge") == []


def test_rule_suspect_noun_vs_verb():
    assert texts("Police said the suspect was detained at the border.", "hedge") == []
    assert texts("U.S. officials suspect that Pyongyang shipped artillery shells.", "hedge") == [
        "suspect"
    ]
    assert texts("Seoul tracked suspected arms shipments by rail.", "hedge") == ["suspected"]


def test_rule_alleged_attributive_vs_verb():
    s = "But they have also denied—or refrained from commenting on—any alleged transfer of weapons."
    assert texts(s, "hedge") == ["alleged"]
    s = (
        "While the two leaders did not publicly comment on any ammunition deal, Ukraine had "
        "alleged that North Korea’s missiles have been used in Russia’s attack against the country."
    )
    assert texts(s, "hedge") == []
    s = "Mr. Kirby described purported arms deals between Russia and North Korea as an escalation."
    assert texts(s, "hedge") == ["purported"]


def test_rule_defensive_label_vs_literal():
    s = (
        "North Korea has been under harsh sanctions by the U.S. and the United Nations Security "
        "Council for years over its defensive nuclear and ballistic missile programs."
    )
    assert texts(s, "loaded") == ["harsh sanctions", "defensive"]
    assert texts("Ukrainian troops fell back to a defensive line near Avdiivka.", "loaded") == []
    assert texts("Russian forces have been on the defensive since the summer.", "loaded") == []
    assert texts("Troops dug defensive positions along the river.", "loaded") == []


def test_rule_regime_label_vs_technical():
    s = "The Assad regime bombed rebel-held towns, the monitor said."
    assert texts(s, "loaded") == ["regime"]
    s = "Russia’s actions have undermined the sanctions regime against North Korea."
    assert texts(s, "loaded") == []
    s = "The tests violate the global non-proliferation regime, the envoy said."
    assert texts(s, "loaded") == []


def test_rule_sensitive_vague_head():
    s = (
        "Russia is developing ties with North Korea in “all areas,” including “sensitive” ones, "
        "Kremlin spokesman Dmitry Peskov told reporters on Jan. 17."
    )
    (c,) = cues(s, "loaded")
    assert (c["text"], c["category"], c["voice"]) == ("sensitive", "euphemism", "quoted")
    assert texts("The leaked files contained sensitive personal data.", "loaded") == []


def test_rule_repeatedly_needs_a_speech_act():
    assert texts(
        "Both Russia and North Korea have repeatedly dismissed the criticism.", "booster"
    ) == ["repeatedly"]
    s = "The two foreign ministers have met repeatedly since September."
    assert texts(s, "booster") == []


def test_rule_appear_epistemic_vs_literal():
    s = (
        "Comments are approved by a moderator and can be edited in accordance with the Terms. "
        "Comments will not appear in real time."
    )
    assert texts(s, "hedge") == []
    assert texts("The missiles appear to have been fired from the north.", "hedge") == ["appear"]
    assert texts("Inflation appears entrenched, the central bank said.", "hedge") == ["appears"]
    assert texts("The two men appeared in court on Tuesday.", "hedge") == []


def test_rule_evidential_show_reveal_prove():
    s = "He added that the decision shows that Russia has no regard for its soldiers."
    assert texts(s, "booster") == ["shows"]
    # an evidence noun as subject presents what follows as established (GUIDELINES layer 3)
    s = "Video footage released by Manila shows a Chinese vessel spraying a supply boat."
    assert texts(s, "booster") == ["shows"]
    s = "Its own samples, taken downstream of the plant on Monday, show tritium levels rising."
    assert texts(s, "booster") == ["show"]
    s = "Eviction filings more than doubled after the program expired, court records show."
    assert texts(s, "booster") == ["show"]
    s = "Sources revealed to this newspaper that the concession would be suspended."
    assert texts(s, "booster") == ["revealed"]
    for s in (
        "Satellite images appear to show the tanker alongside another vessel.",  # hedged
        "If the footage shows him aiming a gun, the officer is unlikely to be charged.",
        "The director said the data could not show whether the shortfall was deliberate.",
        "The interview was shown on state television on Monday.",  # no evidence subject
        "The minister said he would show the delegation around the port.",
        "Protesters demonstrated outside the embassy, and the report was shown to reporters.",
    ):
        assert texts(s, "booster") == [], s


def test_rule_small_filters():
    assert texts("Two soldiers died in a friendly fire incident.", "loaded") == []
    assert texts("It was the very first visit by a North Korean minister.", "booster") == []
    assert texts("The exhibition shows works of the Renaissance masters.", "loaded") == []
    assert texts("He did not comment on the reports at all.", "booster") == ["at all"]
    assert texts(
        "The satellite is unlikely to reach orbit, as soon as possible or not.", "hedge"
    ) == ["unlikely"]
    assert texts("The isolated Asian country has few allies.", "loaded") == ["isolated"]
    assert texts("Isolated showers are expected on Friday.", "loaded") == []


# --------------------------------------------------------------------------- user lexicons


def test_user_tsv_extends_and_replaces(tmp_path):
    user = tmp_path / "my_loaded.tsv"
    user.write_text(
        "# my terms\n# layer: loaded\nterm\tcategory\tsources\tnote\n"
        "axis of upheaval\tconflict-term\tOWN\tBloc label for four states.\n",
        encoding="utf-8",
    )
    s = "Analysts call the four states an axis of upheaval, a regime bloc."
    assert texts(s, "loaded") == ["regime"]
    assert texts(s, "loaded", lexicons=SHIPPED + [str(user)]) == ["axis of upheaval", "regime"]
    assert texts(s, "loaded", lexicons=[user]) == ["axis of upheaval"]  # replace
    ext = load_lexicon("loaded").extend(user)
    assert isinstance(ext, Lexicon) and len(ext) == len(load_lexicon("loaded")) + 1
    assert texts(s, "loaded", lexicons=[ext]) == ["axis of upheaval", "regime"]


def test_bad_user_lexicons_raise(tmp_path):
    nosrc = tmp_path / "nosrc.tsv"
    nosrc.write_text("# layer: hedge\nterm\tcategory\tsources\nmaybe\tadverb\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="empty term, category or sources"):
        load_lexicon(nosrc)
    badrule = tmp_path / "badrule.tsv"
    badrule.write_text(
        "# layer: hedge\nterm\tcategory\trule\tsources\nmaybe\tadverb\tnope\tOWN\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="unknown rule"):
        load_lexicon(badrule).compiled()
    # a pattern word the tokeniser splits could never match: an error naming file and term
    split = tmp_path / "split.tsv"
    split.write_text(
        "# layer: loaded\nterm\tcategory\tsources\nare|'re animals\tother\tOWN\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"split\.tsv.*are\|'re animals.*not one token"):
        load_lexicon(split)
    split.write_text(
        "# layer: loaded\nterm\tcategory\tsources\nnot|n't credible\tother\tOWN\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"split\.tsv.*never a token of its own"):
        load_lexicon(split)
    # words of a rule are compared with one token each too
    split.write_text(
        "# layer: hedge\nterm\tcategory\trule\tsources\nexpected to\tother\tprev=is,'s\tOWN\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"split\.tsv.*expected to.*not one token"):
        load_lexicon(split)
    nolayer = tmp_path / "terms.tsv"
    nolayer.write_text("term\tcategory\tsources\nmaybe\tadverb\tOWN\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="layer"):
        load_lexicon(nolayer)
    with pytest.raises(LexiconError, match="no lexicon"):
        load_lexicon("no_such_lexicon")


# --------------------------------------------------------------------------- gold


def gold_scores() -> pd.DataFrame:
    pred = []
    for doc_id in ("000", "001", "002"):
        pred += find_cues(analyse(seed_text(doc_id), doc_id))
    gold = pd.concat([load_gold(layer, GOLD) for layer in ("hedges", "boosters", "loaded")])
    return score_spans(pd.DataFrame(pred), gold, match="overlap", by="layer").set_index("layer")


def test_gold_f1_on_seed_articles():
    scores = gold_scores()
    print("\n" + scores.round(3).to_string())
    assert scores.loc["hedge", "f1"] >= 0.85, scores.loc["hedge"].to_dict()
    assert scores.loc["loaded", "f1"] >= 0.80, scores.loc["loaded"].to_dict()
    assert scores.loc["booster", "f1"] >= 0.80, scores.loc["booster"].to_dict()


# --------------------------------------------------------------------------- fast paths


def test_indexed_matching_equals_trying_every_pattern(tmp_path, seed_corpus_dir, monkeypatch):
    """The first-word index, the second-word keys and the slot buckets skip only tries
    that cannot match: find_cues gives the same records when every pattern is tried at
    every word token."""
    import framing.lexicons as lx

    user = tmp_path / "slots.tsv"
    user.write_text(
        "# layer: loaded\nterm\tcategory\tmatch\tsources\n"
        "<propn> regime\tpejorative-label\tword\tOWN\n"
        "<det> so-called\tscare-label\tword\tOWN\n"
        "<poss> propaganda machine\tpejorative-label\tword\tOWN\n"
        "provoke provocations\tconflict-term\tstem\tOWN\n"
        "in <gap:2> fact\tother\tword\tOWN\n",
        encoding="utf-8",
    )
    text = (
        "The Kim regime called it “a provocation” and the so-called talks, in actual fact, "
        "its propaganda machine said, provoked provocations. Assad regime officials agreed. "
        + sorted(seed_corpus_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    )
    doc = analyse(text, "d")

    class TryEverything(lx._Index):
        def positions(self, doc):
            return [g for g, t in enumerate(doc.tokens) if t.is_word]

        def candidates(self, low, capitalised=False):
            every = [it for items in self.by_word.values() for it in items]
            every += [it for items in self.by_stem.values() for it in items]
            every += [it for items in self.by_slot.values() for it in items]
            return tuple({it[0]: it for it in every}.values()), {}, {}  # once per pattern

    for lexs in (None, SHIPPED + [str(user)], [str(user)]):
        fast = find_cues(doc, lexs)
        index = lx._index_for(lx._as_lexicons(lexs))
        lows = doc.token_lowers()
        assert index.positions(doc) == [
            g
            for g, t in enumerate(doc.tokens)
            if t.is_word and any(map(len, index.candidates(lows[g], t.text[0].isupper())))
        ]
        brute = TryEverything(lx._as_lexicons(lexs))
        with monkeypatch.context() as m:
            m.setattr(lx, "_index_for", lambda lexs: brute)
            assert find_cues(doc, lexs) == fast
    # the user patterns that start with a slot, a stem or a gap all matched
    assert {c["text"] for c in fast} >= {
        "The Kim regime",
        "the so-called",
        "its propaganda machine",
        "provoked provocations",
        "in actual fact",
    }


# --------------------------------------------------------------------------- quoted labels
def labels(sentence: str) -> list[tuple]:
    return [
        (c["text"], c["category"], c["voice"], c["lemma"])
        for c in cues(sentence, "loaded")
        if c["category"] in {"quoted-label", "doubt-marker"}
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Family attorney Michael Grant called the police narrative "a cover story" and '
            "demanded the release of body-camera footage.",
            ("a cover story", "quoted-label"),
        ),
        ("China stages drills around Taiwan, calls them ‘strong punishment’", None),
        (
            "The EU's climate chief Wopke Hoekstra described the draft as "
            '"insufficient and disappointing".',
            ("insufficient and disappointing", "quoted-label"),
        ),
        (
            "The inquiry chair described the diocese’s handling of allegations as “a catalogue "
            "of moral failure”.",
            ("a catalogue of moral failure", "quoted-label"),
        ),
        (
            'The United States condemned China\'s "dangerous and unlawful" actions and '
            "reaffirmed its commitment.",
            ("dangerous and unlawful", "quoted-label"),
        ),
        (
            "The Greens, on the other hand, speak of a “dirty deal” with an authoritarian ruler.",
            ("dirty deal", "quoted-label"),
        ),
        (
            'The company dismissed the report as "a fishing expedition" on Tuesday.',
            ("a fishing expedition", "doubt-marker"),
        ),
        (
            "Azerbaijani officials accused Yerevan of ‘staging’ the incident.",
            ("staging", "quoted-label"),
        ),
    ],
)
def test_frame_reports_the_quoted_label_in_the_quoted_voice(sentence, expected):
    found = labels(sentence)
    if expected is None:  # the headline case: words of the quotation, in the source's voice
        expected = ("strong punishment", "quoted-label")
    (c,) = found
    assert c[:3] == (*expected, "quoted")
    assert c[3] == expected[0].lower()


@pytest.mark.parametrize(
    "sentence",
    [
        # a name or title, not a label
        'The charity hired a group called "Friends of the Earth" to run the survey.',
        "The drill, dubbed “Operation Sea Guardian”, began on Monday.",
        # a quoted statement, not a label
        'He called it "a mistake. We will fix it and move on" before leaving.',
        # more than LABEL_QUOTE_MAX_WORDS words
        "She described the plan as “a sensible first step towards a fairer and simpler tax "
        "system for everyone”.",
        # punctuation between the frame and the quotation
        'The minister called, and said: "We are ready."',
        # 'called for' asks for something; it does not label
        'The UN called for "an immediate humanitarian pause" in the fighting.',
        # too far after the frame
        "He described the long meeting with the visiting delegation last week as “useful”.",
    ],
)
def test_frame_without_a_quoted_label(sentence):
    assert labels(sentence) == []


def test_lexicon_term_inside_the_quotation_wins_over_the_frame():
    s = (
        'State Sen. Tanya Ruiz called the Republican leadership "cowards in the pocket of the '
        'gun lobby".'
    )
    found = cues(s, "loaded")
    assert ("cowards", "pejorative-label") in [(c["text"], c["category"]) for c in found]
    assert not [c for c in found if c["category"] == "quoted-label"]


def test_negated_frame_and_offsets_index_the_text():
    s = "The ministry did not call the incident “a technical hitch” in its statement."
    doc = analyse(s, "t")
    (c,) = [c for c in find_cues(doc) if c["category"] == "quoted-label"]
    assert s[c["char_start"] : c["char_end"]] == "a technical hitch" == c["text"]
    assert c["negated"] is True


def test_label_quote_rule_needs_a_number(tmp_path):
    p = tmp_path / "frames.tsv"
    p.write_text(
        "# layer: loaded\nterm\tcategory\trule\tsources\n"
        "called\tquoted-label\tlabel_quote=some\tOWN\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"frames.*label_quote.*number"):
        load_lexicon(p)


def test_remains_to_be_seen_is_a_hedge():
    assert texts("Whether the ceasefire will hold remains to be seen.", "hedge") == [
        "remains to be seen"
    ]
    assert texts("The paintings remained on the walls to be seen by visitors.", "hedge") == []


def test_attributive_before_an_amount():
    assert texts("The recount will cost taxpayers an estimated $85,000.", "hedge") == ["estimated"]
    assert texts("The alleged €5m bribe was paid in cash.", "hedge") == ["alleged"]
    # a verb before an amount is no attributive use
    assert texts("Ukraine alleged $5m was paid.", "hedge") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The risk to patients is considered low, according to the agency.", ["considered"]),
        ("He is widely considered the favourite to win the seat.", ["considered"]),
        ("The proposal was considered by the board on Monday.", []),
        ("The suspension of the concession is being considered.", []),
    ],
)
def test_agentless_passive_considered(sentence, expected):
    assert texts(sentence, "hedge") == expected


def test_coordinated_quoted_labels():
    s = (
        "The Tunisian President Kais Saied rejected the accusations as “lies” and a "
        "“campaign” against his country."
    )
    assert [(c[0], c[1]) for c in labels(s)] == [
        ("lies", "doubt-marker"),
        ("campaign", "doubt-marker"),
    ]
    s = "The mayor called the plan “unfair”, “unworkable” and “a step backwards”."
    assert [c[0] for c in labels(s)] == ["unfair", "unworkable", "a step backwards"]
    # a quoted statement after the label is no label
    s = "He called it “a mistake”, and “we will fix it,” he said."
    assert [c[0] for c in labels(s)] == ["a mistake"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Natarajan insisted that Lumio "has never sold the data of any user, period."',
            ["period"],
        ),
        ("We will not negotiate with them, full stop.", ["full stop"]),
        ("The priest was sent away for a period of rest.", []),
        ("The period, which began in May, ended in June.", []),
    ],
)
def test_emphatic_closing_tag(sentence, expected):
    assert texts(sentence, "booster") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Early telemetry pointed to a failure in the second stage.", ["pointed to"]),
        ("The data point to a slowdown in hiring.", ["point to"]),
        ("He pointed to the door and left.", []),
        ("Officials pointed to a rise in burglaries.", []),
    ],
)
def test_point_to_with_an_evidence_subject(sentence, expected):
    assert texts(sentence, "hedge") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Kremlin confirmed that the visit took place.", ["confirmed"]),
        (
            "A spokesperson said that if Russian involvement were confirmed, members would "
            "consult on a response.",
            [],
        ),
        ("It is unclear whether the deaths were confirmed.", []),
    ],
)
def test_confirm_in_a_conditional_is_no_booster(sentence, expected):
    assert texts(sentence, "booster") == expected
