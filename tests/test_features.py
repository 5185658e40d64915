"""Contract and known-answer tests for framing.features.FramingFeatures."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from sklearn.base import clone
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import StandardScaler

from framing import stats
from framing.attribution import find_attributions
from framing.corpus import load_corpus
from framing.features import FramingFeatures
from framing.lexicons import find_cues
from framing.text import analyse

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "russia-dprk-2024"

TEXTS = pd.Series(
    [
        "Pyongyang could sell Moscow missiles, officials said.",
        "The Kremlin “certainly” wants closer ties, Peskov said. It is clearly a provocation.",
        "The talks ended on Tuesday.",
    ],
    index=["d1", "d2", "d3"],
)


def fitted(**kw):
    return FramingFeatures(attributions=False, **kw).fit(TEXTS)


class TestContract:
    def test_clone_and_get_params(self):
        est = FramingFeatures(lexicons=["hedges"], attributions=False, per=100.0)
        assert est.get_params() == {
            "lexicons": ["hedges"],
            "attributions": False,
            "actors": None,
            "per": 100.0,
        }
        cl = clone(est)
        assert cl.get_params() == est.get_params() and cl is not est

    def test_no_fitted_attributes_before_fit(self):
        est = FramingFeatures()
        assert not [a for a in vars(est) if a.endswith("_")]
        with pytest.raises(Exception, match="not fitted"):
            est.transform(TEXTS)

    def test_fit_returns_self_and_is_idempotent(self):
        est = FramingFeatures(attributions=False)
        assert est.fit(TEXTS) is est
        first = est.transform(TEXTS)
        names = list(est.get_feature_names_out())
        est.fit(TEXTS[:1])
        assert list(est.get_feature_names_out()) == names
        assert_allclose(est.transform(TEXTS), first)

    def test_feature_names_match_columns(self):
        est = FramingFeatures(attributions=False).set_output(transform="pandas")
        X = est.fit_transform(TEXTS)
        assert list(X.columns) == list(est.get_feature_names_out())
        assert est.n_features_out_ == X.shape[1]
        assert list(X.index) == ["d1", "d2", "d3"]  # Series index kept
        arr = FramingFeatures(attributions=False).fit_transform(list(TEXTS))
        assert isinstance(arr, np.ndarray) and arr.shape == X.shape
        assert_allclose(arr, X.to_numpy())

    def test_in_pipeline(self):
        pipe = make_pipeline(FramingFeatures(attributions=False), StandardScaler())
        pipe.set_output(transform="pandas")
        out = pipe.fit_transform(TEXTS)
        assert out.shape[0] == 3 and list(out.index) == ["d1", "d2", "d3"]
        assert_allclose(out["n_words"].mean(), 0, atol=1e-12)
        assert isinstance(clone(Pipeline([("f", FramingFeatures())])), Pipeline)

    def test_bad_input(self):
        est = fitted()
        with pytest.raises(TypeError):
            est.transform("one string, not a list")
        with pytest.raises(TypeError):
            est.transform([1, 2])
        with pytest.raises(ValueError):
            FramingFeatures(attributions="maybe").fit()
        with pytest.raises(ValueError):
            FramingFeatures(per=0).fit()

    def test_tags(self):
        tags = FramingFeatures().__sklearn_tags__()
        assert tags.input_tags.string and not tags.input_tags.two_d_array


class TestValues:
    def test_counts_agree_with_the_layers(self):
        est = fitted().set_output(transform="pandas")
        X = est.transform(TEXTS)
        for doc_id, text in TEXTS.items():
            doc = analyse(text, doc_id)
            cues = find_cues(doc)
            words = sum(t.is_word for t in doc.tokens)
            assert X.loc[doc_id, "n_words"] == words
            for layer in ("hedge", "booster", "loaded"):
                n = sum(c["layer"] == layer for c in cues)
                assert X.loc[doc_id, f"{layer}_count"] == n
                assert_allclose(X.loc[doc_id, f"{layer}_per_1k_words"], 1000 * n / words)

    def test_hand_counted_sentences(self):
        X = fitted().set_output(transform="pandas").transform(TEXTS)
        # "could" is an epistemic hedge; 7 word tokens in d1
        assert X.loc["d1", "n_words"] == 7
        assert X.loc["d1", "hedge_count"] == 1 and X.loc["d1", "booster_count"] == 0
        assert_allclose(X.loc["d1", "hedge_per_1k_words"], 1000 / 7)
        # d2: "certainly" inside the quotation, "clearly" in the author's voice
        assert X.loc["d2", "booster_count"] == 2
        assert X.loc["d2", "booster_author_count"] == 1
        assert X.loc["d2", "quoted_words"] == 1
        assert_allclose(X.loc["d2", "quoted_share"], 1 / X.loc["d2", "n_words"])
        assert X.loc["d2", "n_sentences"] == 2
        # a neutral sentence has no cues
        assert X.loc["d3", ["hedge_count", "booster_count", "loaded_count"]].sum() == 0

    def test_per_parameter_and_empty_text(self):
        X = FramingFeatures(attributions=False, per=100.0).set_output(transform="pandas")
        X = X.fit_transform(
            pd.Series(["Pyongyang could sell Moscow missiles, officials said.", ""])
        )
        assert_allclose(X.iloc[0]["hedge_per_1k_words"], 100 / 7)
        assert (X.iloc[1] == 0).all()

    def test_lexicon_subset_limits_features(self):
        est = FramingFeatures(lexicons=["hedges"], attributions=False).fit()
        names = list(est.get_feature_names_out())
        assert "hedge_count" in names and "booster_count" not in names
        assert not [n for n in names if n.startswith("loaded")]

    def test_loaded_categories_sum_to_total(self):
        est = fitted().set_output(transform="pandas")
        X = est.transform(TEXTS)
        assert len(est.loaded_categories_) > 1
        cats = [f"loaded_{c.replace('-', '_')}_count" for c in est.loaded_categories_]
        assert_allclose(X[cats].sum(axis=1), X["loaded_count"])
        assert X.loc["d2", "loaded_count"] == 1  # "provocation"


class TestAttributionFeatures:
    def test_hand_checked_sentence(self):
        est = FramingFeatures(attributions=True).set_output(transform="pandas")
        X = est.fit_transform(
            pd.Series(["Moscow has repeatedly denied the claims, officials said."], index=["a"])
        )
        assert est.attributions_
        row = X.loc["a"]
        assert row["attribution_count"] == 2
        assert row["attribution_denial_count"] == 1 and row["attribution_neutral_count"] == 1
        assert row["attribution_distancing_count"] == 0
        assert row["attribution_implicit_count"] == 0
        assert_allclose(row["attribution_per_1k_words"], 1000 * 2 / row["n_words"])

    def test_counts_agree_with_attribution_layer(self):
        corpus = load_corpus(CORPUS)
        texts = corpus.set_index("doc_id")["text"]
        X = FramingFeatures(attributions=True).set_output(transform="pandas").fit_transform(texts)
        for doc_id, text in texts.items():
            recs = find_attributions(analyse(text, doc_id))
            assert X.loc[doc_id, "attribution_count"] == len(recs)
            assert X.loc[doc_id, "attribution_distancing_count"] == sum(
                r["cue_class"] == "distancing" for r in recs
            )
            assert X.loc[doc_id, "attribution_direct_quote_count"] == sum(
                bool(r["direct_quote"]) for r in recs
            )
        classes = [
            c
            for c in X.columns
            if c.startswith("attribution_")
            and c
            not in (
                "attribution_count",
                "attribution_per_1k_words",
                "attribution_implicit_count",
                "attribution_direct_quote_count",
            )
        ]
        assert len(classes) == 6
        assert_allclose(X[classes].sum(axis=1), X["attribution_count"])

    def test_disabled(self):
        names = FramingFeatures(attributions=False).fit().get_feature_names_out()
        assert not [n for n in names if n.startswith("attribution")]


class TestUnitTable:
    def test_sentence_rows_sum_to_document(self):
        est = fitted()
        X = est.set_output(transform="pandas").transform(TEXTS)
        units = est.unit_table(TEXTS, outlets=["A", "A", "B"])
        assert units.groupby("doc_id").size().to_dict() == {"d1": 1, "d2": 2, "d3": 1}
        sums = units.groupby("doc_id")[["n_words", "hedge_count", "booster_count"]].sum()
        assert_allclose(sums.to_numpy(), X.loc[sums.index, sums.columns].to_numpy())
        art = est.unit_table(TEXTS, outlets=["A", "A", "B"], unit="article")
        assert len(art) == 3 and "sentence_id" not in art

    def test_seed_corpus_end_to_end(self):
        corpus = load_corpus(CORPUS)
        est = FramingFeatures().fit()
        texts = corpus.set_index("doc_id")["text"]
        units = est.unit_table(texts, outlets=corpus["outlet"])
        assert list(units["outlet"].cat.categories) == list(corpus["outlet"].cat.categories)
        assert_allclose(
            units.groupby("doc_id")["attribution_count"].sum().to_numpy(),
            est.transform(texts)[:, list(est.get_feature_names_out()).index("attribution_count")],
        )
        feats = ["hedge_count", "booster_count", "loaded_count", "attribution_distancing_count"]
        r = stats.rates(units, feats, unit="sentence", n_boot=200)
        assert len(r) == 5 * 4 and (r.ci_low <= r.value).all() and (r.value <= r.ci_high).all()
        assert r.note.str.contains("within-article").all()
        # one article per outlet: no article-level CI
        assert stats.rates(units, feats, unit="article").ci_low.isna().all()
        cmp = stats.compare_rates(units, feats)
        assert len(cmp) == 4 * (1 + 10)
        assert cmp.note.str.contains("1 article").all()
        assert cmp.loc[cmp.p_value.notna(), "test"].str.len().gt(0).all()
