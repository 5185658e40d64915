"""Known-answer and property tests for framing.stats."""

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from scipy.stats import false_discovery_control

from framing.stats import (
    COLUMNS,
    LOG_ODDS_COLUMNS,
    adjust_pvalues,
    cluster_outlets,
    cohens_h,
    compare_rates,
    js_distance,
    log_odds_ratio,
    outlet_map,
    profile_similarity,
    rate_ratio,
    rates,
)

Z95 = 1.959963984540054  # standard normal 97.5% quantile


def two_outlets(hits_a, words_a, hits_b, words_b, feature="hedge_count"):
    return pd.DataFrame(
        {"outlet": ["A", "B"], "n_words": [words_a, words_b], feature: [hits_a, hits_b]}
    )


def sentence_table(rng, outlets=("A", "B", "C"), articles=4, sentences=12):
    """A synthetic sentence-level table: outlet, doc_id, sentence_id, n_words, counts."""
    rows = []
    for o_i, outlet in enumerate(outlets):
        for a in range(articles):
            for s in range(sentences):
                n = int(rng.integers(8, 40))
                rows.append(
                    dict(
                        outlet=outlet,
                        doc_id=f"{outlet}{a}",
                        sentence_id=s,
                        n_words=n,
                        hedge_count=int(rng.binomial(n, 0.01 * (o_i + 1))),
                        booster_count=int(rng.binomial(n, 0.005)),
                    )
                )
    return pd.DataFrame(rows)


class TestRates:
    def test_ratio_estimator_and_columns(self):
        df = pd.DataFrame(
            {"outlet": ["A", "A", "B"], "n_words": [100, 300, 50], "hedge_count": [1, 3, 2]}
        )
        out = rates(df, unit="sentence", n_boot=50)
        assert list(out.columns) == COLUMNS
        # sum of counts / sum of words, not the mean of per-row rates
        assert_allclose(out.set_index("outlet").loc[["A", "B"], "value"], [10.0, 40.0])
        assert out.n.tolist() == [2, 1]
        assert out.p_value.isna().all() and out.statistic.isna().all()
        assert (out.note.str.contains("too narrow")).all()

    def test_constant_rate_gives_degenerate_ci(self):
        # every sentence has exactly 1 hit per 10 words: every resample gives 100 per 1k
        df = pd.DataFrame({"outlet": "A", "n_words": [10, 20, 30, 40], "hedge_count": [1, 2, 3, 4]})
        out = rates(df, unit="sentence", n_boot=200)
        assert_allclose(out[["value", "ci_low", "ci_high"]].to_numpy(), [[100, 100, 100]])

    def test_bootstrap_matches_manual_resampling(self):
        # two sentences (10 words, 0 hits) and (10 words, 2 hits): a resample is
        # k copies of the second, rate = 2k / 20 * 1000 with k ~ Binomial(2, 1/2)
        df = pd.DataFrame({"outlet": "A", "n_words": [10, 10], "hedge_count": [0, 2]})
        out = rates(df, unit="sentence", n_boot=4000, ci=0.5)
        # quartiles of {0 (p=.25), 100 (p=.5), 200 (p=.25)} are 100 and 100
        assert_allclose(out[["ci_low", "ci_high"]].to_numpy(), [[100, 100]])
        wide = rates(df, unit="sentence", n_boot=4000, ci=0.95)
        assert_allclose(wide[["ci_low", "ci_high"]].to_numpy(), [[0, 200]])

    def test_reproducible_with_random_state(self):
        df = sentence_table(np.random.default_rng(7))
        a = rates(df, unit="sentence", n_boot=300, random_state=3)
        b = rates(df, unit="sentence", n_boot=300, random_state=3)
        c = rates(df, unit="sentence", n_boot=300, random_state=4)
        pd.testing.assert_frame_equal(a, b)
        assert not np.allclose(a.ci_low, c.ci_low)
        assert (a.ci_low <= a.value).all() and (a.value <= a.ci_high).all()

    def test_article_unit_aggregates_sentences(self):
        df = sentence_table(np.random.default_rng(1))
        art = rates(df, unit="article", n_boot=200)
        sent = rates(df, unit="sentence", n_boot=200)
        assert_allclose(art.value, sent.value)  # same point estimate
        assert art.n.tolist() == [4] * 6 and sent.n.tolist() == [48] * 6
        assert (art.note == "").all()

    def test_one_article_per_outlet_is_honest(self):
        df = sentence_table(np.random.default_rng(2), articles=1)
        art = rates(df, unit="article")
        assert art.ci_low.isna().all() and art.ci_high.isna().all()
        assert art.note.str.contains("one article").all()
        sent = rates(df, unit="sentence")
        assert sent.ci_low.notna().all()
        assert sent.note.str.contains("within-article dependence").all()

    def test_row_order_does_not_matter(self):
        df = sentence_table(np.random.default_rng(3))
        shuffled = df.sample(frac=1.0, random_state=0)
        a = rates(df, unit="sentence", n_boot=200)
        b = rates(shuffled, unit="sentence", n_boot=200)
        pd.testing.assert_frame_equal(a, b)

    def test_categorical_outlet_order_is_kept(self):
        df = sentence_table(np.random.default_rng(4))
        df["outlet"] = pd.Categorical(df.outlet, categories=["C", "A", "B"], ordered=True)
        out = rates(df, unit="sentence", n_boot=10)
        assert out.outlet.unique().tolist() == ["C", "A", "B"]

    def test_bad_unit_and_negative_counts(self):
        df = two_outlets(1, 10, 2, 10)
        with pytest.raises(ValueError, match="unit"):
            rates(df, unit="paragraph")
        df.loc[0, "hedge_count"] = -1
        with pytest.raises(ValueError, match="non-negative"):
            rates(df)


class TestEffectSizes:
    def test_rate_ratio_wald_log_ci(self):
        rr, lo, hi = rate_ratio(20, 1000, 10, 1000)
        se = math.sqrt(1 / 20 + 1 / 10)
        assert_allclose([rr, lo, hi], [2.0, 2.0 * math.exp(-Z95 * se), 2.0 * math.exp(Z95 * se)])

    def test_rate_ratio_zero_count_correction(self):
        rr, lo, hi = rate_ratio(0, 100, 5, 200)
        # Haldane: 0.5 / 100 over 5.5 / 200
        assert_allclose(rr, (0.5 / 100) / (5.5 / 200))
        se = math.sqrt(1 / 0.5 + 1 / 5.5)
        assert_allclose(hi, rr * math.exp(Z95 * se))
        assert np.isfinite([rr, lo, hi]).all()

    def test_cohens_h(self):
        # 2 asin(sqrt(.5)) - 2 asin(sqrt(.25)) = pi/2 - pi/3 = pi/6
        assert_allclose(cohens_h(0.5, 0.25), math.pi / 6)
        assert_allclose(cohens_h(0.25, 0.5), -math.pi / 6)
        assert_allclose(cohens_h(1.0, 0.0), math.pi)
        with pytest.raises(ValueError):
            cohens_h(1.5, 0.2)


class TestBenjaminiHochberg:
    def test_by_hand(self):
        # sorted .01 .03 .04 .20 -> .04 .06 .0533 .20 -> step-up minimum
        assert_allclose(adjust_pvalues([0.01, 0.04, 0.03, 0.20]), [0.04, 0.16 / 3, 0.16 / 3, 0.20])

    def test_against_scipy_and_nan(self):
        p = np.random.default_rng(0).uniform(size=40) ** 2
        assert_allclose(adjust_pvalues(p), false_discovery_control(p, method="bh"))
        q = adjust_pvalues([0.01, np.nan, 0.02])
        assert np.isnan(q[1])
        assert_allclose(q[[0, 2]], [0.02, 0.02])

    def test_compare_rates_adjusts_each_family(self):
        df = sentence_table(np.random.default_rng(5))
        out = compare_rates(df, test="g")
        for is_omni in (True, False):
            fam = out[(out.outlet == "all") == is_omni]
            assert_allclose(fam.p_adjusted, false_discovery_control(fam.p_value, method="bh"))


class TestCompareRates:
    def test_g_test_by_hand(self):
        out = compare_rates(two_outlets(20, 1000, 10, 1000), test="g")
        assert list(out.columns) == COLUMNS
        # expected counts 15 / 985 in each row
        g = 2 * (
            20 * math.log(20 / 15)
            + 980 * math.log(980 / 985)
            + 10 * math.log(10 / 15)
            + 990 * math.log(990 / 985)
        )
        pair = out[out.outlet == "A"].iloc[0]
        assert_allclose(pair.statistic, g)
        assert_allclose(pair.p_value, math.erfc(math.sqrt(g / 2)))  # chi2(1) tail
        assert pair.reference == "B" and pair.n == 2000
        assert pair.test.startswith("G-test") and "df=1" in pair.test
        assert_allclose(pair.value, 10.0)  # 20 - 10 per 1k
        assert_allclose(pair.effect_size, 2.0)
        assert pair.effect == "rate_ratio"

    def test_chi2_by_hand(self):
        out = compare_rates(two_outlets(20, 1000, 10, 1000), test="chi2")
        chi2 = 2 * 25 / 15 + 2 * 25 / 985
        omni = out[out.outlet == "all"].iloc[0]
        assert_allclose(omni.statistic, chi2)
        assert_allclose(omni.effect_size, math.sqrt(chi2 / 2000))  # Cramer's V
        assert omni.effect == "cramers_v" and omni.test.startswith("Pearson")

    def test_fisher_by_hand(self):
        # table [[3, 7], [1, 9]]; hypergeometric with margins 10/10 and 4/16
        out = compare_rates(two_outlets(3, 10, 1, 10), test="auto")
        pair = out[out.outlet == "A"].iloc[0]
        assert pair.test.startswith("Fisher's exact")
        # P(k) = C(10,k) C(10,4-k) / C(20,4): 210, 1200, 2025, 1200, 210 over 4845
        assert_allclose(pair.p_value, (210 + 1200 + 1200 + 210) / 4845)
        assert_allclose(pair.statistic, (3 * 9) / (7 * 1))  # sample odds ratio

    def test_monte_carlo_exact_against_enumeration(self):
        words = np.array([5, 5, 5])
        hits_obs = np.array([3, 0, 0])
        df = pd.DataFrame({"outlet": list("ABC"), "n_words": words, "hedge_count": hits_obs})
        out = compare_rates(df, test="auto", pairwise=False, n_perm=20000)
        row = out.iloc[0]
        assert "Monte Carlo" in row.test

        def g(h):
            tab = np.column_stack([h, words - h]).astype(float)
            exp = np.outer(tab.sum(1), tab.sum(0)) / tab.sum()
            with np.errstate(divide="ignore", invalid="ignore"):
                return 2 * np.nansum(np.where(tab > 0, tab * np.log(tab / exp), 0))

        g_obs = g(hits_obs)
        p = 0.0
        for h in itertools.product(range(4), repeat=3):
            if sum(h) == 3:
                prob = np.prod([math.comb(5, x) for x in h]) / math.comb(15, 3)
                p += prob if g(np.array(h)) >= g_obs - 1e-9 else 0.0
        # exact conditional p = 3 * C(5,3) / C(15,3) = 30 / 455
        assert_allclose(p, 30 / 455)
        assert abs(row.p_value - p) < 0.01
        assert_allclose(row.statistic, g_obs)

    def test_cohens_h_effect(self):
        out = compare_rates(two_outlets(50, 100, 25, 100), test="g", effect="cohens_h")
        pair = out[out.outlet == "A"].iloc[0]
        assert_allclose(pair.effect_size, math.pi / 6)
        assert_allclose(pair.ci_high - pair.effect_size, Z95 * math.sqrt(2 / 100))

    def test_every_p_value_has_test_and_n(self):
        df = sentence_table(np.random.default_rng(6), outlets=("A", "B", "C", "D"))
        for test in ("auto", "g", "chi2", "fisher"):
            out = compare_rates(df, test=test, n_perm=200)
            has_p = out.p_value.notna()
            assert has_p.all()
            assert (out.test[has_p] != "").all() and (out.n[has_p] > 0).all()
            assert len(out) == 2 * (1 + 6)  # 2 features x (omnibus + 6 pairs)
            assert out.p_adjusted.between(0, 1).all()

    def test_absent_feature_has_no_p_value(self):
        out = compare_rates(two_outlets(0, 100, 0, 100), test="auto")
        assert out.p_value.isna().all()
        assert out.test.str.startswith("no test").all()

    def test_permutation_is_seeded_and_valid(self):
        df = sentence_table(np.random.default_rng(8), articles=6)
        a = compare_rates(df, test="permutation", unit="article", n_perm=199, random_state=1)
        b = compare_rates(
            df.sample(frac=1, random_state=2),
            test="permutation",
            unit="article",
            n_perm=199,
            random_state=1,
        )
        pd.testing.assert_frame_equal(a, b)
        assert a.p_value.between(1 / 200, 1).all()
        assert (a[a.outlet == "all"].n == 18).all()  # articles, not words
        assert a.test.str.contains("permuted across articles").all()

    def test_one_article_per_outlet_note(self):
        df = sentence_table(np.random.default_rng(9), articles=1)
        out = compare_rates(df)
        assert out.note.str.contains("1 article").all()
        assert out.note.str.contains("independent").all()

    def test_counts_above_words_rejected(self):
        with pytest.raises(ValueError, match="exceeds"):
            compare_rates(two_outlets(20, 10, 1, 10))


class TestLogOdds:
    counts = pd.DataFrame({"A": [10, 5, 1], "B": [2, 5, 9]}, index=["regime", "said", "government"])

    def test_closed_form_informative_prior(self):
        out = log_odds_ratio(self.counts)
        assert list(out.columns) == LOG_ODDS_COLUMNS
        # prior a_w = corpus counts (12, 10, 10), a_0 = 32, n_A = n_B = 16;
        # for "regime" in A vs rest (= B): y_i = 10, y_j = 2, a_w = 12
        d = math.log(22 / (16 + 32 - 22)) - math.log(14 / (16 + 32 - 14))
        v = 1 / 22 + 1 / 14
        row = out[(out.term == "regime") & (out.group == "A")].iloc[0]
        assert_allclose([row.delta, row.variance, row.z], [d, v, d / math.sqrt(v)])
        # "said" is equally frequent in both groups
        said = out[out.term == "said"]
        assert_allclose(said.delta, [0, 0], atol=1e-12)

    def test_closed_form_flat_prior_and_scale(self):
        out = log_odds_ratio(self.counts, prior=0.5)
        # a_w = 0.5 for all 3 terms, a_0 = 1.5; "government" in B: y_i = 9, y_j = 1
        d = math.log(9.5 / (16 + 1.5 - 9.5)) - math.log(1.5 / (16 + 1.5 - 1.5))
        row = out[(out.term == "government") & (out.group == "B")].iloc[0]
        assert_allclose([row.delta, row.variance], [d, 1 / 9.5 + 1 / 1.5])
        scaled = log_odds_ratio(self.counts, prior_scale=3.2)  # a_w = 0.1 * counts
        r = scaled[(scaled.term == "regime") & (scaled.group == "A")].iloc[0]
        d = math.log(11.2 / (16 + 3.2 - 11.2)) - math.log(3.2 / (16 + 3.2 - 3.2))
        assert_allclose(r.delta, d)

    def test_one_vs_rest_with_three_groups(self):
        counts = pd.DataFrame(
            {"A": [4, 0, 6], "B": [1, 3, 6], "C": [0, 5, 5]}, index=["x", "y", "z"]
        )
        out = log_odds_ratio(counts)
        # "x" in C: y_i = 0, rest = 5, a = (5, 8, 17), a_0 = 30, n_C = 10, n_rest = 20
        d = math.log(5 / (10 + 30 - 5)) - math.log(10 / (20 + 30 - 10))
        row = out[(out.term == "x") & (out.group == "C")].iloc[0]
        assert_allclose([row.delta, row.variance], [d, 1 / 5 + 1 / 10])

    def test_pairwise_equals_one_vs_rest_for_two_groups(self):
        ovr = log_odds_ratio(self.counts)
        pw = log_odds_ratio(self.counts, pairs="all")
        assert list(pw.columns) == [*LOG_ODDS_COLUMNS, "reference"]
        assert (pw.reference == "B").all()
        assert_allclose(pw.z, ovr[ovr.group == "A"].z)

    def test_all_zero_terms_dropped(self):
        counts = pd.concat([self.counts, pd.DataFrame({"A": [0], "B": [0]}, index=["never"])])
        out = log_odds_ratio(counts)
        assert "never" not in set(out.term)
        assert np.isfinite(out[["delta", "variance", "z"]].to_numpy()).all()

    def test_errors(self):
        with pytest.raises(ValueError):
            log_odds_ratio(self.counts[["A"]])
        with pytest.raises(ValueError):
            log_odds_ratio(self.counts, pairs=[("A", "Z")])


count_tables = st.integers(2, 8).flatmap(
    lambda n_terms: st.integers(2, 4).flatmap(
        lambda n_groups: st.lists(
            st.lists(st.integers(0, 50), min_size=n_groups, max_size=n_groups),
            min_size=n_terms,
            max_size=n_terms,
        )
    )
)


def _table(rows):
    df = pd.DataFrame(
        rows,
        columns=[f"g{i}" for i in range(len(rows[0]))],
        index=[f"t{i}" for i in range(len(rows))],
    )
    return df


class TestLogOddsProperties:
    @settings(max_examples=60, deadline=None)
    @given(count_tables)
    def test_swapping_groups_flips_pairwise_z(self, rows):
        counts = _table(rows)
        if (counts.sum(axis=1) > 0).sum() < 2:
            return
        ab = log_odds_ratio(counts, pairs=[("g0", "g1")])
        ba = log_odds_ratio(counts, pairs=[("g1", "g0")])
        assert_allclose(ab.z, -ba.z, atol=1e-12)
        assert_allclose(ab.delta, -ba.delta, atol=1e-12)
        # swapping the columns themselves gives the same per-group answers
        swapped = counts[["g1", "g0", *counts.columns[2:]]]
        a = log_odds_ratio(counts).set_index(["term", "group"]).sort_index()
        b = log_odds_ratio(swapped).set_index(["term", "group"]).sort_index()
        assert_allclose(a.to_numpy(), b.to_numpy())

    @settings(max_examples=60, deadline=None)
    @given(count_tables)
    def test_zero_counts_are_finite(self, rows):
        counts = _table(rows)
        counts.iloc[0] = 0  # an unseen term
        counts.iloc[:, 0] = 0  # an empty group
        if (counts.sum(axis=1) > 0).sum() < 2:
            with pytest.raises(ValueError):
                log_odds_ratio(counts)
            return
        for pairs in (None, "all"):
            out = log_odds_ratio(counts, pairs=pairs)
            assert np.isfinite(out[["delta", "variance", "z"]].to_numpy()).all()
        out = log_odds_ratio(counts, prior=0.01)
        assert np.isfinite(out[["delta", "variance", "z"]].to_numpy()).all()

    @settings(max_examples=60, deadline=None)
    @given(count_tables, st.randoms(use_true_random=False))
    def test_row_order_independent(self, rows, rnd):
        counts = _table(rows)
        if (counts.sum(axis=1) > 0).sum() < 2:
            return
        order = list(counts.index)
        rnd.shuffle(order)
        a = log_odds_ratio(counts).set_index(["term", "group"]).sort_index()
        b = log_odds_ratio(counts.loc[order]).set_index(["term", "group"]).sort_index()
        assert_allclose(a.to_numpy(), b.to_numpy())


class TestRateProperties:
    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(0, 3), st.integers(1, 40), st.integers(0, 5)),
            min_size=2,
            max_size=30,
        ),
        st.randoms(use_true_random=False),
    )
    def test_compare_rates_row_order_and_zeros(self, rows, rnd):
        df = pd.DataFrame(rows, columns=["outlet", "n_words", "hedge_count"])
        df["hedge_count"] = np.minimum(df.hedge_count, df.n_words)
        df["booster_count"] = 0  # a feature nobody uses
        if df.outlet.nunique() < 2:
            return
        order = list(range(len(df)))
        rnd.shuffle(order)
        a = compare_rates(df, n_perm=100)
        b = compare_rates(df.iloc[order], n_perm=100)
        pd.testing.assert_frame_equal(a, b)
        assert np.isfinite(a.value).all()
        assert np.isfinite(a.effect_size[a.effect == "rate_ratio"]).all()
        r = rates(df, unit="sentence", n_boot=50)
        assert np.isfinite(r.value).all()


class TestSimilarity:
    def test_js_distance_by_hand(self):
        counts = pd.DataFrame({"A": [1, 1], "B": [2, 0]}, index=["x", "y"])
        out = js_distance(counts)
        assert list(out.columns) == COLUMNS
        # P = (.5, .5), Q = (1, 0), M = (.75, .25)
        kl_p = 0.5 * math.log2(0.5 / 0.75) + 0.5 * math.log2(0.5 / 0.25)
        kl_q = math.log2(1 / 0.75)
        assert_allclose(out.value, [math.sqrt(0.5 * (kl_p + kl_q))])
        assert out.n.tolist() == [4]

    def test_cosine_by_hand(self):
        prof = pd.DataFrame({"hedge": [1.0, 1.0], "booster": [0.0, 1.0]}, index=["A", "B"])
        out = profile_similarity(prof)
        assert_allclose(out.value, [1 / math.sqrt(2)])

    def test_cosine_from_long_rates(self):
        df = sentence_table(np.random.default_rng(10))
        out = profile_similarity(rates(df, unit="sentence", n_boot=0))
        assert len(out) == 3 and out.value.between(-1, 1).all()

    def test_cluster_and_map(self):
        prof = pd.DataFrame(
            {"hedge": [1.0, 1.1, 5.0, 5.2], "booster": [4.0, 4.2, 0.5, 0.4]},
            index=["A", "B", "C", "D"],
        )
        cl = cluster_outlets(prof, n_clusters=2)
        lab = cl[cl.feature == "cluster"].set_index("outlet").value
        assert lab["A"] == lab["B"] and lab["C"] == lab["D"] and lab["A"] != lab["C"]
        assert cl.attrs["linkage"].shape == (3, 4)
        for method in ("pca", "mds"):
            m1 = outlet_map(prof, method=method, random_state=0)
            m2 = outlet_map(prof, method=method, random_state=0)
            pd.testing.assert_frame_equal(m1, m2)
            xy = m1.pivot(index="outlet", columns="feature", values="value")
            d_ab = np.linalg.norm(xy.loc["A"] - xy.loc["B"])
            d_ac = np.linalg.norm(xy.loc["A"] - xy.loc["C"])
            assert d_ab < d_ac
        pca = outlet_map(prof)
        assert pca.effect_size.iloc[0] >= pca.effect_size.iloc[1]
