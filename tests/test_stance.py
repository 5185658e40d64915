"""Tests for framing.stance: claim patterns, mentions, status rules, profile and evaluation."""

from pathlib import Path

import pandas as pd
import pytest

from framing.lexicons import find_cues
from framing.stance import (
    CLAIM_COLUMNS,
    STATUSES,
    Claim,
    claim_profile,
    evaluate_claims,
    find_claims,
    load_claims,
)
from framing.text import analyse

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "russia-dprk-2024"
CLAIMS = load_claims(SEED / "claims.csv")


def run(text, attributions=(), cues=(), claims=CLAIMS):
    """Claims of a text with the module's own cue rules (and any hand-built records)."""
    doc = analyse(text, "t")
    return doc, find_claims(doc, claims, list(cues), list(attributions))


def one(text, **kw):
    doc, recs = run(text, **kw)
    assert len(recs) == 1, recs
    rec = recs[0]
    cue = doc.text[rec["cue_start"] : rec["cue_end"]] if rec["cue_start"] >= 0 else ""
    return rec, cue


# ---------------------------------------------------------------------------- claims.csv


def test_seed_claims_file_parses():
    assert [c.claim_id for c in CLAIMS] == ["dprk-arms-to-russia"]
    c = CLAIMS[0]
    assert {"north korea", "pyongyang", "dprk"} <= {t.raw for t in c.agent}
    assert c.recipient and c.recipient_action and c.anaphora


def test_load_claims_rejects_bad_files(tmp_path):
    p = tmp_path / "claims.csv"
    p.write_text("claim_id,description,agent\nx,d,A\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing column"):
        load_claims(p)
    p.write_text(
        "# comment\nclaim_id,description,agent,action,object\nx,d,A,sell,arms\nx,d,A,sell,arms\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="duplicate"):
        load_claims(p)
    p.write_text("claim_id,description,agent,action,object\nx,d,A,,arms\n", encoding="utf-8")
    with pytest.raises(ValueError, match="empty required"):
        load_claims(p)
    # a term word that is no word of text (only punctuation) could never match
    p.write_text(
        "claim_id,description,agent,action,object\nx,d,A & B,sell,arms\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"claims\.csv: term 'a & b': '&' is not one word"):
        load_claims(p)


def test_term_words_drop_the_punctuation_text_splits_off():
    # "E. coli" is the word units e + coli (the period is a token of its own)
    c = Claim.from_row(
        {
            "claim_id": "sprouts",
            "description": "Sprouts caused the outbreak",
            "agent": "sprouts",
            "action": "cause",
            "object": "e. coli|outbreak",
        }
    )
    assert [t.slots for t in c.object] == [(("e",), ("coli",)), (("outbreak",),)]
    doc, recs = run("Officials said sprouts caused the E. coli infections.", claims=[c])
    assert [(r["status"], r["mention"]) for r in recs] == [("attributed", "explicit")]


def test_pattern_syntax_lemma_prefix_multiword_and_alternatives():
    c = Claim.from_row(
        {
            "claim_id": "iran-drones",
            "description": "Iran supplies drones to Russia",
            "agent": "Iran|Iranian|Tehran",
            "action": "suppl*|sell|sold",
            "object": "drone*|unmanned aerial vehicle",
            "recipient": "Russia|Moscow",
            "anaphora": "the/such claims/reports",
        }
    )
    doc, recs = run(
        "Tehran has sold unmanned aerial vehicles to Moscow, officials said. "
        "Iran dismissed such reports.",
        claims=[c],
    )
    assert [(r["sentence_id"], r["status"], r["mention"]) for r in recs] == [
        (0, "attributed", "explicit"),
        (1, "denied", "anaphoric"),
    ]


# ---------------------------------------------------------------------------- mentions


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has shipped more than a million artillery shells to Russia since August.",
        "Russia has used North Korean ballistic missiles against Ukrainian cities.",
        "Moscow has received millions of shells from Pyongyang.",
        "Weapons transfers from Pyongyang to Moscow have grown.",
        "The DPRK is supplying Russia with ammunition.",
        "Kim Jong-un sent rockets to Russia last year.",
    ],
)
def test_explicit_mentions(text):
    rec, _ = one(text)
    assert rec["mention"] == "explicit" and rec["status"] == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent fighter jets and missiles to North Korea.",  # the other direction
        "North Korea received missiles from Russia.",  # origin is not the agent
        "Kyiv was openly using Western-supplied arms to strike Russia’s Belgorod region.",
        "Seoul vowed to deliver a crushing response if North Korea kept test-firing missiles.",
        "Putin and Kim agreed to deepen military cooperation.",
    ],
)
def test_non_mentions(text):
    assert run(text)[1] == []


def test_anaphora_needs_a_recent_mention():
    assert run("Moscow dismissed the accusations as baseless.")[1] == []
    filler = " ".join(f"Talks continued on day {i}." for i in range(9))
    _, recs = run(
        "North Korea sent shells to Russia, Kirby said. "
        + filler
        + " Moscow dismissed the accusations."
    )
    assert [r["sentence_id"] for r in recs] == [0]  # too far back: not linked
    _, recs = run(
        "North Korea sent shells to Russia, Kirby said. Moscow dismissed the accusations."
    )
    assert [(r["mention"], r["status"]) for r in recs] == [
        ("explicit", "attributed"),
        ("anaphoric", "denied"),
    ]


def test_pronoun_object_of_denial_is_anaphoric():
    _, recs = run(
        "Western capitals accuse Pyongyang of supplying missiles to Moscow. "
        "But the two partners have repeatedly denied it."
    )
    assert recs[1]["mention"] == "anaphoric" and recs[1]["status"] == "denied"
    # a complementizer "that" is no anaphor
    _, recs = run(
        "Western capitals accuse Pyongyang of supplying missiles to Moscow. "
        "Peskov noted that relations were strong."
    )
    assert len(recs) == 1


# ---------------------------------------------------------------------------- statuses


def test_asserted_author_voice():
    rec, cue = one("North Korea has shipped more than a million artillery shells to Russia.")
    assert (rec["status"], rec["cue_start"], rec["source_canonical"]) == ("asserted", -1, None)


@pytest.mark.parametrize(
    "text,cue",
    [
        (
            "North Korea has sent more than 1,000 containers of munitions to Russia, "
            "the UK defence ministry said.",
            "said",
        ),
        (
            "According to South Korea’s National Intelligence Service, Russia has received more "
            "than "
            "1 million artillery shells from North Korea.",
            "According to",
        ),
        (
            "The Seoul Government estimates that since last summer North Korea has sent Russia "
            "more "
            "than 5,000 containers loaded with ballistic missiles.",
            "estimates",
        ),
    ],
)
def test_attributed(text, cue):
    rec, got = one(text)
    assert rec["status"] == "attributed" and got == cue


@pytest.mark.parametrize(
    "text,cue",
    [
        (
            "On Jan. 4, U.S. National Security Council spokesman John Kirby claimed that Russia "
            "had "
            "fired “multiple” North Korean missiles as part of its latest wave of strikes.",
            "claimed",
        ),
        (
            "In early January, the White House accused Russia of using North Korean short-range "
            "missiles to carry out recent strikes on Ukrainian targets.",
            "accused",
        ),
        (
            "Western governments condemned what they say were North Korean arms deliveries to "
            "Russia.",
            "say",
        ),
        ("Officials discussed the alleged shipments of North Korean shells to Russia.", "alleged"),
        ("Russia, N Korea further beef up ties amid arms trade allegations", "allegations"),
        (
            "Weapons transfers from Pyongyang to Moscow, as Seoul and the United States maintain, "
            "would violate the UN sanctions.",
            "maintain",
        ),
    ],
)
def test_attributed_distanced(text, cue):
    rec, got = one(text)
    assert rec["status"] == "attributed-distanced" and got == cue


@pytest.mark.parametrize(
    "text,cue",
    [
        (
            "In September, the Kremlin had also said that it would cooperate with North Korea in "
            "“sensitive areas that can’t be disclosed,” raising suspicions that Pyongyang may "
            "provide "
            "ammunition to Russia.",
            "may",
        ),
        (
            "At the time, U.S. national security adviser Jake Sullivan warned that Pyongyang would "
            "“pay a price” if it was found to be supplying Russia with weapons for use in Ukraine.",
            None,
        ),
        ("The leaders held talks on a possible arms deal, Putin and Kim said.", "possible"),
        ("Analysts say North Korea could export artillery rockets to Russia next year.", "could"),
    ],
)
def test_hedged(text, cue):
    rec, got = one(text)
    assert rec["status"] == "hedged"
    if cue:
        assert got == cue
    else:
        assert got in {"if", "found"}


@pytest.mark.parametrize(
    "text,status,cue",
    [
        (
            "Satellite images appear to show North Korean ammunition being shipped to Russia.",
            "hedged",
            "appear",
        ),
        (
            "Experts warn that North Korea could soon become Russia’s largest supplier of "
            "artillery "
            "shells.",
            "hedged",
            "could",
        ),
        (
            "The so-called arms deal between Moscow and Pyongyang has drawn sanctions.",
            "attributed-distanced",
            "called",
        ),
        (
            "North Korea’s foreign ministry called the allegations of arms transfers to Russia "
            "“absurd”.",
            "denied",
            "absurd",
        ),
        (
            "The Kremlin has repeatedly rejected reports that North Korea is arming Russia with "
            "missiles.",
            "denied",
            "rejected",
        ),
        (
            "North Korea has supplied Russia with more than 6,700 containers of munitions, South "
            "Korea’s defence minister told lawmakers on Monday.",
            "attributed",
            "told",
        ),
    ],
)
def test_more_news_sentences(text, status, cue):
    rec, got = one(text)
    assert rec["status"] == status and got == cue


def test_belief_verb_is_attributed_not_hedged():
    rec, cue = one("The US believes North Korea wants Russian help in exchange for weapons.")
    assert (rec["status"], cue) == ("attributed", "believes")


@pytest.mark.parametrize(
    "text,cue",
    [
        (
            "Pyongyang has said it has not supplied and does not plan to supply weapons to Moscow.",
            "not",
        ),
        (
            "Both Russia and North Korea have denied any information about military assistance.",
            "denied",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said reports of weapons supplies from Pyongyang were "
            "‘groundless’.",
            "groundless",
        ),
        (
            "The Russian envoy described as false the reports on the purchase of artillery "
            "shells from "
            "North Korea.",
            "described as false",
        ),
    ],
)
def test_denied(text, cue):
    rec, got = one(text)
    assert rec["status"] == "denied" and got == cue


def test_denial_main_wins_with_noncomment_secondary():
    rec, cue = one(
        "But they have also denied—or refrained from commenting on—any alleged "
        "transfer of weapons from North Korea to Russia."
    )
    assert (rec["status"], rec["secondary_status"], cue) == ("denied", "other", "denied")


def test_other_no_comment_and_question():
    rec, cue = one(
        "Asked whether North Korea had shipped shells to Russia, Peskov declined to comment."
    )
    assert rec["status"] == "other"
    rec, _ = one("Is North Korea selling missiles to Russia?")
    assert rec["status"] == "other"


def test_main_clause_decides_subordinate_gives_secondary():
    rec, cue = one(
        "While the two leaders did not publicly comment on any ammunition deal during "
        "the summit, Ukraine had alleged that North Korea’s missiles have been used in "
        "Russia’s attack against the country."
    )
    assert (rec["status"], rec["secondary_status"], cue) == (
        "attributed-distanced",
        "other",
        "alleged",
    )


def test_appositive_denial_is_secondary():
    rec, _ = one(
        "The visit came amid accusations that Pyongyang and Moscow are engaged in arms "
        "trading – a claim that both Pyongyang and Moscow have denied."
    )
    assert (rec["status"], rec["secondary_status"]) == ("attributed-distanced", "denied")
    rec, _ = one("Reports that Pyongyang shipped shells to Moscow were denied by both countries.")
    assert rec["status"] == "denied"


# ------------------------------------------------- integration with other layers' records


def _att(doc, cue, cls, source, content=None, quote=False):
    s = doc.text.index(cue)
    cs, ce = (
        (doc.text.index(content), doc.text.index(content) + len(content)) if content else (-1, -1)
    )
    return {
        "doc_id": doc.doc_id,
        "sentence_id": 0,
        "cue_start": s,
        "cue_end": s + len(cue),
        "cue": cue,
        "cue_lemma": cue.lower(),
        "cue_class": cls,
        "source_start": -1,
        "source_end": -1,
        "source_text": "",
        "source_canonical": source,
        "affiliation": "Unspecified",
        "direct_quote": quote,
        "content_start": cs,
        "content_end": ce,
        "quoted_words": 0,
    }


def test_uses_attribution_records_content_and_source():
    text = "Kirby reckoned that North Korea had sent missiles to Russia, officials recalled."
    doc = analyse(text, "t")
    att = _att(
        doc, "reckoned", "distancing", "John Kirby", "North Korea had sent missiles to Russia"
    )
    (rec,) = find_claims(doc, CLAIMS, [], [att], supplement=False)
    assert (rec["status"], rec["source_canonical"]) == ("attributed-distanced", "John Kirby")
    assert text[rec["cue_start"] : rec["cue_end"]] == "reckoned"
    # the same cue with content elsewhere does not scope over the claim
    att = _att(doc, "reckoned", "distancing", "John Kirby", "officials recalled")
    (rec,) = find_claims(doc, CLAIMS, [], [att], supplement=False)
    assert rec["status"] == "asserted"


def test_uses_hedge_cue_records():
    text = "North Korea conceivably shipped shells to Russia."
    doc = analyse(text, "t")
    s = text.index("conceivably")
    cue = {
        "doc_id": "t",
        "sentence_id": 0,
        "char_start": s,
        "char_end": s + 11,
        "text": "conceivably",
        "layer": "hedge",
        "category": "adverb",
        "voice": "author",
        "lemma": "conceivably",
        "negated": False,
        "source": "H05R",
    }
    (rec,) = find_claims(doc, CLAIMS, [cue], [], supplement=False)
    assert rec["status"] == "hedged"


def test_record_schema():
    _, recs = run("Kirby said North Korea sent missiles to Russia.")
    assert tuple(recs[0]) == CLAIM_COLUMNS
    assert recs[0]["status"] in STATUSES


# ---------------------------------------------------------------------------- gold


def test_gold_accuracy():
    from framing.corpus import load_corpus, zones_by_doc

    corpus = load_corpus(SEED)
    zones = zones_by_doc(corpus)
    gold = pd.read_json(SEED / "gold" / "claims.jsonl", lines=True, dtype={"doc": str})
    rows = []
    for r in corpus[corpus["doc_id"].isin(gold["doc"].unique())].itertuples():
        doc = analyse(r.text, r.doc_id, zones.get(r.doc_id))
        for rec in find_claims(doc, CLAIMS):
            s = doc.sentences[rec["sentence_id"]]
            rows.append({**rec, "sentence_start": s.start, "sentence_end": s.end})
    res = evaluate_claims(pd.DataFrame(rows), gold)
    assert res["n_gold"] == 21
    assert res["accuracy"] >= 0.80, res["pairs"]
    assert res["recall"] >= 0.80 and res["precision"] >= 0.80
    assert res["kappa"] >= 0.70


# ---------------------------------------------------------------------------- profile, eval


def test_claim_profile_counts_zeros_and_order():
    arts = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "outlet": pd.Categorical(["Y", "X", "Z"], categories=["Z", "Y", "X"]),
        }
    )
    cl = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "b"],
            "claim_id": "k",
            "status": ["denied", "denied", "hedged", "asserted"],
        }
    )
    p = claim_profile(cl, arts)
    assert list(p.columns) == ["outlet", "claim_id", "status", "n", "share"]
    assert len(p) == 3 * len(STATUSES)
    assert list(p["outlet"].unique()) == ["Z", "Y", "X"]
    y = p[p.outlet == "Y"].set_index("status")
    assert y.loc["denied", "n"] == 2 and y.loc["denied", "share"] == pytest.approx(2 / 3)
    assert y.loc["other", "n"] == 0 and y.loc["other", "share"] == 0
    assert p[p.outlet == "Z"]["share"].isna().all() and (p[p.outlet == "Z"]["n"] == 0).all()


def test_evaluate_claims_hand_computed():
    gold = pd.DataFrame(
        {
            "doc": ["0"] * 4 + ["1"],
            "status": ["a", "a", "b", "b", "b"],
            "sentence_start": [0, 10, 20, 30, 0],
            "sentence_end": [9, 19, 29, 39, 9],
        }
    )
    pred = pd.DataFrame(
        {
            "doc_id": ["0"] * 4 + ["1"],
            "sentence_id": [0, 1, 2, 3, 5],
            "status": ["a", "b", "b", "b", "b"],
        }
    )
    sents = pd.DataFrame(
        {
            "doc_id": ["0"] * 4 + ["1"],
            "sentence_id": [0, 1, 2, 3, 5],
            "start": [0, 10, 20, 30, 50],
            "end": [9, 19, 29, 39, 60],
        }
    )
    r = evaluate_claims(pred, gold, sentences=sents)
    # doc 1's gold sentence is missed (pred elsewhere): labels a,a,b,b,b vs a,b,b,b,none
    assert r["accuracy"] == pytest.approx(3 / 5)
    assert r["precision"] == pytest.approx(4 / 5) and r["recall"] == pytest.approx(4 / 5)
    # Cohen: po = 3/5; pe = (2/5)(1/5) + (3/5)(3/5) = 11/25; kappa = (15/25-11/25)/(14/25)
    assert r["kappa"] == pytest.approx(4 / 14)
    # Krippendorff (nominal): n=10 values a3 b6 none1; Do = 4/10,
    # De = (3*6 + 3*1 + 6*1) * 2 / (10*9) = 54/90; alpha = 1 - (4/10)/(54/90)
    assert r["alpha"] == pytest.approx(1 - 0.4 / 0.6)
    assert r["pairs"]["gold"].tolist() == ["a", "a", "b", "b", "b"]


def test_evaluate_maps_asserted_as_fact():
    gold = pd.DataFrame(
        {
            "doc": ["0", "0"],
            "status": ["asserted-as-fact", "denied"],
            "sentence_start": [0, 20],
            "sentence_end": [10, 30],
        }
    )
    pred = pd.DataFrame(
        {
            "doc_id": ["0", "0"],
            "status": ["asserted", "denied"],
            "sentence_start": [0, 20],
            "sentence_end": [10, 30],
        }
    )
    assert evaluate_claims(pred, gold)["accuracy"] == 1.0


# ---------------------------------------------------------------------------- internals
# The matcher's shortcuts (memoised candidates, lazy records, gates) must give exactly what
# the straightforward method gives, on real sentences of the seed and held-out corpora.

from framing import stance as st  # noqa: E402


@pytest.fixture(scope="module")
def real_sentences():
    """(doc, sid, units, claims) for every sentence of the seed and held-out corpora, with
    the corpus's own claims and the seed claim (so off-topic text is covered too)."""
    out = []
    for corpus in [SEED, *sorted((ROOT / "tests" / "data").glob("heldout*"))]:
        own = load_claims(corpus / "claims.csv") if (corpus / "claims.csv").exists() else []
        claims = [*CLAIMS, *(c for c in own if c.claim_id != CLAIMS[0].claim_id)]
        for path in sorted(corpus.glob("*.txt")):
            doc = analyse(path.read_text(encoding="utf-8"), path.stem)
            for sid in range(len(doc.sentences)):
                units = st._units(doc, sid)
                if units:
                    out.append((doc, sid, units, claims))
    assert len(out) > 1000
    return out


def _naive_find(terms, units, lo=0, hi=None):
    """Every term tried at every position (no index, no memo)."""
    hi = len(units) if hi is None else hi
    found, i = [], lo
    while i < hi:
        best = max((t.match_at(units, i) for t in terms), default=0)
        if best and i + best <= hi:
            found.append((i, i + best))
            i += best
        else:
            i += 1
    return found


def test_find_equals_naive_matcher_on_real_sentences(real_sentences):
    roles = ("agent", "action", "object", "recipient", "recipient_action", "transaction")
    n_found = 0
    for _, _, units, claims in real_sentences:
        for claim in claims:
            for role in (*roles, "anaphora"):
                terms = getattr(claim, role)
                got = st._find(terms, units)
                assert got == _naive_find(terms, units), (role, [u.text for u in units])
                n_found += bool(got)
            lo = len(units) // 2
            assert st._find(claim.agent, units, lo) == _naive_find(claim.agent, units, lo)
    assert n_found > 500


def test_units_equal_tokens_in_construction(real_sentences):
    """Word tokens found by bisecting the document's word starts are those of tokens_in."""
    for doc, sid, units, _ in real_sentences:
        sent = doc.sentences[sid]
        expected = [
            st._Unit(doc.tokens[g].start + s, doc.tokens[g].start + e, w, low, forms)
            for g in doc.tokens_in(sent.start, sent.end)
            if doc.word_mask()[g]
            for s, e, w, low, forms in st._unit_parts(doc.tokens[g].text)
        ]
        assert units == expected
        assert all(type(u) is st._Unit for u in units)


def test_lazy_records_of_classes_equal_filtered_full_list(real_sentences):
    """Fallback cues computed for some classes only give the filtered full record list."""
    from framing.attribution import find_attributions  # noqa: PLC0415

    by_doc = {}
    classes = [{"denial"}, {"denial", "distancing", "endorsing"}, {"neutral"}]
    n_extra = 0
    for doc, sid, units, _ in real_sentences:
        if doc.doc_id not in by_doc:
            by_doc[doc.doc_id] = find_attributions(doc)
        given = [a for a in by_doc[doc.doc_id] if a["sentence_id"] == sid]
        for supplement in (True, False):
            full = list(st._LazyAttributions(doc, sid, units, given, supplement))
            n_extra += len(full) - len(given)
            for c in classes:
                want = [a for a in full if a.get("cue_class") in c]
                lazy = st._LazyAttributions(doc, sid, units, given, supplement)
                assert lazy.of_classes(c) == want
                assert list(lazy) == full  # after a partial computation
        every = st._fallback_attributions(doc, sid, units)
        for c in classes:
            got = st._fallback_attributions(doc, sid, units, c)
            assert got == [x for x in every if x["cue_class"] in c]
    assert n_extra > 100


def test_fallback_matches_equal_a_scan_per_term(real_sentences):
    n = 0
    for _, _, units, _ in real_sentences:
        naive = [
            (k, spans)
            for k, (_, _, one) in enumerate(st._FALLBACK_ONE)
            for spans in [st._find(one, units)]
            if spans
        ]
        assert st._fallback_matches(units) == naive
        n += len(naive)
    assert n > 500


@pytest.mark.parametrize(
    "extra",
    [
        "The ministry DECLINED TO COMMENT.",
        "Officials refuſed to say more.",  # long s: IGNORECASE matches "s"
        "She could not VERİFY the account.",  # dotted capital I: IGNORECASE matches "i"
        "He would not comment, and did not confirm nor deny it.",
        "Nothing here.",
    ],
)
def test_noncomment_prefilter_equals_scan(real_sentences, extra):
    texts = [
        (d.text, d.sentences[sid].start, d.sentences[sid].end) for d, sid, _, _ in real_sentences
    ]
    texts.append((extra, 0, len(extra)))
    n = 0
    for text, a, b in texts:
        got = [m.span() for m in st._noncomments(text, a, b)]
        assert got == [m.span() for m in st._NONCOMMENT.finditer(text, a, b)]
        n += bool(got)
    assert n > 10


def test_claim_gate_skips_only_claims_without_a_mention(real_sentences):
    """A claim the gate leaves out has no explicit mention in the sentence, and the gate
    leaves out most (sentence, claim) pairs."""
    skipped = total = 0
    for doc, sid, units, claims in real_sentences:
        possible = st._claim_gate(claims).possible(units)
        for claim in claims:
            total += 1
            if claim.claim_id not in possible:
                skipped += 1
                for active, seen in ((False, False), (True, True)):
                    assert st._explicit_mentions(doc, units, claim, active, seen) == []
    assert skipped > total / 2


@pytest.mark.parametrize(
    "text,cue",
    [
        # a negative determiner on the subject of a passive, also with "a single"/"ever"
        ("Not a single shell was sent to Russia, the North Korean envoy said.", "Not"),
        ("The ministry said no shells were ever sent by North Korea to Russia.", "no"),
        ("The ministry said that no North Korean missiles were delivered to Russia.", "no"),
    ],
)
def test_denied_by_negative_subject_of_passive(text, cue):
    rec, got = one(text)
    assert rec["status"] == "denied" and got == cue


def test_passive_without_negative_subject_is_not_denied():
    rec, _ = one("The ministry said that North Korean missiles were also delivered to Russia.")
    assert rec["status"] == "attributed"
    # a negation further away is not the subject's determiner
    rec, _ = one("There is no doubt that North Korean missiles were delivered to Russia.")
    assert rec["status"] != "denied"


@pytest.mark.parametrize(
    "text,cue",
    [
        (
            "“We cannot rule out that North Korea sent missiles to Russia,” a Seoul official said.",
            "cannot rule out",
        ),
        (
            "Arms deliveries from North Korea to Russia cannot be ruled out, the analyst said.",
            "cannot be ruled out",
        ),
    ],
)
def test_litotes_of_possibility_hedges_the_claim(text, cue):
    doc = analyse(text, "t")
    rec, got = one(text, cues=find_cues(doc))
    assert rec["status"] == "hedged" and got == cue


def test_negative_answer_to_a_fronted_question_denies():
    text = (
        "Asked whether North Korea had sent missiles to Russia, the ambassador said: "
        "“Absolutely not.”"
    )
    rec, cue = one(text)
    assert (rec["status"], cue) == ("denied", "said")
    # a positive or no answer leaves the question frame
    rec, cue = one(
        "Asked whether North Korea had sent missiles to Russia, the ambassador said: “Yes.”"
    )
    assert (rec["status"], cue) == ("other", "whether")
    rec, _ = one("Seoul is investigating whether North Korea sent missiles to Russia.")
    assert rec["status"] == "other"


def test_anaphora_reaches_back_eight_sentences():
    filler = " ".join(f"Talks on item {i} continued in Geneva on Monday." for i in range(6))
    text = (
        f"Kirby claimed that North Korea had sent missiles to Russia. {filler} "
        "Moscow dismissed the claims."
    )
    doc = analyse(text, "t")
    recs = find_claims(doc, CLAIMS, [], [])
    assert [(r["sentence_id"], r["status"]) for r in recs] == [
        (0, "attributed-distanced"),
        (7, "denied"),
    ]
    # beyond the window the label is not linked
    assert [r["sentence_id"] for r in find_claims(doc, CLAIMS, [], [], window=3)] == [0]


def test_quoted_predicate_in_the_writers_sentence_is_attributed():
    # the quotation marks credit the predicate to someone: not the writer's assertion
    rec, cue = one("Pyongyang ‘shipped’ shells to Russia as talks stall")
    assert (rec["status"], cue) == ("attributed", "‘shipped’")
    rec, _ = one("Pyongyang shipped shells to Russia as talks stall")
    assert rec["status"] == "asserted"


@pytest.mark.parametrize(
    "second",
    [
        "The Pentagon has not commented.",
        "House Republicans did not respond to requests for comment on Friday.",
        "The embassy could not be reached for comment.",
    ],
)
def test_topicless_noncomment_while_the_claim_is_discussed(second):
    _, recs = run("North Korea sent shells to Russia, Kirby said. " + second)
    assert [(r["sentence_id"], r["status"], r["mention"]) for r in recs] == [
        (0, "attributed", "explicit"),
        (1, "other", "anaphoric"),
    ]


def test_noncomment_with_its_own_topic_or_no_discussion_is_no_mention():
    _, recs = run(
        "North Korea sent shells to Russia, Kirby said. "
        "The mayor declined to comment on the budget."
    )
    assert [r["sentence_id"] for r in recs] == [0]
    assert run("The Pentagon has not commented.")[1] == []
