"""The annotation pipeline: tables, offsets into the unmodified text, body-only counts, profiles."""

import pandas as pd
import pytest

import framing
from framing.annotate import SENTENCE_COLUMNS

SEED = "corpus/russia-dprk-2024"


@pytest.fixture(scope="module")
def ann():
    return framing.annotate(SEED)


def test_every_article_is_a_row(ann):
    assert list(ann.articles["doc_id"]) == ["000", "001", "002", "003", "004"]
    assert "text" not in ann.articles.columns
    assert list(ann.sentences.columns) == ["doc_id", "outlet"] + SENTENCE_COLUMNS[1:]


def test_offsets_index_the_unmodified_text(ann):
    text = dict(zip(ann.corpus["doc_id"], ann.corpus["text"]))
    for r in ann.cues.itertuples():
        assert text[r.doc_id][r.char_start : r.char_end] == r.text
    for r in ann.attributions.itertuples():
        assert text[r.doc_id][r.cue_start : r.cue_end] == r.cue
        if r.source_start >= 0:
            assert text[r.doc_id][r.source_start : r.source_end] == r.source_text
    for r in ann.sentences.itertuples():
        s = text[r.doc_id][r.char_start : r.char_end]
        assert s == s.strip() and s


def test_body_words_exclude_zones(ann):
    a = ann.articles.set_index("doc_id")
    # 002 has headline, standfirst, byline, dateline, caption and boilerplate zones
    assert a.loc["002", "n_words_body"] < a.loc["002", "n_words"]
    assert a.loc["000", "n_words_body"] == a.loc["000", "n_words"]  # no zones
    words = framing.describe_corpus(ann.corpus)
    body = words[words.zone == "body"].set_index("doc_id")["n_words"]
    assert (a["n_words_body"] == body).all()


def test_boilerplate_never_counted(ann):
    boiler = ann.sentences[ann.sentences.zone == "boilerplate"]
    assert len(boiler) >= 1
    counted = ann.cues[ann.cues.zone == "body"]
    keys = set(zip(boiler.doc_id, boiler.sentence_id))
    assert not any((d, s) in keys for d, s in zip(counted.doc_id, counted.sentence_id))


def test_article_counts_agree_with_cue_table(ann):
    body = ann.cues[ann.cues.zone == "body"]
    for layer in ("hedge", "booster", "loaded"):
        expected = body[body.layer == layer].groupby("doc_id").size()
        got = ann.articles.set_index("doc_id")[f"{layer}_n"]
        assert (got == expected.reindex(got.index, fill_value=0)).all()
        per_1k = ann.articles.set_index("doc_id")
        expected_rate = 1000 * got / per_1k["n_words_body"]
        assert ((per_1k[f"{layer}_per_1k"] - expected_rate).abs() < 5e-4).all()


def test_profile_long_form_with_zeros(ann):
    prof = ann.profile()
    assert list(prof.columns) == ["outlet", "layer", "category", "voice", "n", "n_words", "per_1k"]
    assert prof["outlet"].cat.ordered
    # every outlet appears for every layer/category/voice combination
    sizes = prof.groupby(["layer", "category", "voice"], observed=True).size()
    assert (sizes == 5).all()
    tot = prof[(prof.category == "all") & (prof.voice == "all")]
    parts = prof[(prof.category == "all") & (prof.voice != "all")]
    assert (
        tot.set_index(["outlet", "layer"])["n"]
        .sort_index()
        .equals(parts.groupby(["outlet", "layer"], observed=True)["n"].sum().sort_index())
    )


def test_user_lexicon_extends(tmp_path):
    lex = tmp_path / "mine.tsv"
    lex.write_text(
        "# layer: loaded\nterm\tcategory\tsources\n"
        "brotherly\tmy-label\tOWN\ncloser together\tmy-label\tOWN\n"
    )
    ann = framing.annotate(SEED, lexicons=[lex])  # replaces the shipped lexicons
    assert set(ann.cues["category"]) == {"my-label"}
    assert list(ann.cues["text"]) == ["brotherly", "brotherly", "closer together"]
    both = framing.annotate(SEED, lexicons=["hedges", "boosters", "loaded", lex])
    mine = both.cues[both.cues["category"] == "my-label"]
    assert list(mine["text"]) == ["closer together"]  # the shipped entry wins for "brotherly"
    assert "hedge" in set(both.cues["layer"])


def test_article_error_names_file():
    corpus = framing.load_corpus(SEED)
    corpus.loc[1, "text"] = None  # simulate a broken row after loading
    with pytest.raises(RuntimeError, match=r"001_87d308c38ecd75b0\.txt \(doc_id '001'\)"):
        framing.annotate(corpus)


def test_table_output_roundtrip(ann, tmp_path):
    paths = ann.to_dir(tmp_path)
    assert [p.name for p in paths] == [
        "articles.csv",
        "sentences.csv",
        "cues.csv",
        "attributions.csv",
        "claims.csv",
    ]
    cues = pd.read_csv(tmp_path / "cues.csv", dtype={"doc_id": str})
    assert len(cues) == len(ann.cues)
    assert not list(tmp_path.glob(".*partial"))


def test_vectorised_zone_of_offsets_equals_a_scan():
    import bisect

    import numpy as np

    from framing.corpus import zone_of_offsets

    def reference(starts, zones):  # the last zone starting at or before, if it covers
        spans = sorted(zones)
        begins = [s for s, _, _ in spans]
        out = []
        for pos in starts:
            k = bisect.bisect_right(begins, pos) - 1
            out.append(spans[k][2] if k >= 0 and spans[k][0] <= pos < spans[k][1] else "body")
        return out

    rng = np.random.default_rng(0)
    for _ in range(200):
        n_zones = int(rng.integers(0, 5))
        zones = []
        for _ in range(n_zones):
            a = int(rng.integers(0, 200))
            zones.append((a, a + int(rng.integers(0, 60)), str(rng.choice(["headline", "byline"]))))
        offsets = np.sort(rng.integers(0, 260, size=int(rng.integers(0, 40))))
        assert zone_of_offsets(offsets, zones) == reference(offsets.tolist(), zones)
        assert zone_of_offsets(offsets.tolist(), zones) == reference(offsets.tolist(), zones)


def test_layers_cues_only_is_the_full_run_without_the_other_layers(ann, tmp_path):
    lex = framing.annotate(SEED, layers="cues")
    assert lex.layers == ("cues",)
    pd.testing.assert_frame_equal(lex.cues, ann.cues)
    pd.testing.assert_frame_equal(lex.sentences, ann.sentences)
    assert lex.attributions.empty and lex.claims.empty
    # articles: the same rows and values, without the attribution and claim counts
    gone = set(ann.articles.columns) - set(lex.articles.columns)
    assert "attributions_n" in gone and "claim_sentences_n" in gone and "direct_quote_share" in gone
    assert not any(c.startswith(("hedge", "booster", "loaded")) for c in gone)
    pd.testing.assert_frame_equal(lex.articles, ann.articles[list(lex.articles.columns)])
    units, full_units = lex.unit_table(), ann.unit_table()
    assert "attribution_count" not in units and "claim_count" not in units
    pd.testing.assert_frame_equal(units, full_units[list(units.columns)])
    pd.testing.assert_frame_equal(lex.profile(), ann.profile())
    with pytest.raises(ValueError, match="did not run the attributions layer"):
        lex.cue_speakers()
    # only the tables of the layers run are written: an empty attributions.csv would
    # read as "no attributions found"
    assert [p.name for p in lex.to_dir(tmp_path)] == ["articles.csv", "sentences.csv", "cues.csv"]


def test_resolve_layers():
    from framing.annotate import resolve_layers

    assert resolve_layers(None) == ("cues", "attributions", "claims")
    assert resolve_layers("attributions, cues") == ("cues", "attributions")
    assert resolve_layers(["claims"]) == ("cues", "attributions", "claims")  # claims reads both
    with pytest.raises(ValueError, match="quotes"):
        resolve_layers("cues,quotes")
    with pytest.raises(ValueError, match="choose from"):
        resolve_layers("")


def test_annotate_a_dataframe_of_ones_own():
    texts = [
        "Kremlin spokesman Dmitry Peskov said the talks were “useful”.",
        "The ministry claimed the shells may have come from North Korea.",
    ]
    df = pd.DataFrame({"outlet": ["Wire", "Daily"], "text": texts})
    ann = framing.annotate(df)
    assert list(ann.articles["doc_id"]) == ["000000", "000001"]
    assert list(ann.attributions["cue"]) == ["said", "claimed"]
    assert list(ann.cues.loc[ann.cues["layer"] == "hedge", "text"]) == ["may"]
    with pytest.raises(framing.CorpusError, match=r"DataFrame, row 1: empty"):
        framing.annotate(pd.DataFrame({"outlet": ["Wire", "Daily"], "text": [texts[0], ""]}))
